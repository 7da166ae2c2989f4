import { useId, type ReactNode } from 'react';
import { useResultText } from '../results/use-result-text';

export interface FieldProps {
  label: string;
  /** A short help text under the label. */
  hint?: ReactNode;
  /**
   * The problem with the value, shown next to the field and announced to screen readers: a
   * domain message a schema carries is shown in the language.
   */
  error?: string;
  required?: boolean;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/**
 * Label, control, hint and error of one form field, wired for assistive technology: the
 * control is labelled, described by the hint and the error, and marked invalid.
 */
export function Field({ label, hint, error, required, children }: FieldProps) {
  const id = useId();
  const text = useResultText();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required && (
          <span aria-hidden="true" className="ml-0.5 text-red-600">
            *
          </span>
        )}
      </label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {hint && (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} role="alert" className="text-xs font-medium text-red-700">
          {text(error)}
        </p>
      )}
    </div>
  );
}

/** Classes of text inputs and selects, with the invalid state drawn in red. */
export const controlClass =
  'block h-8 w-full rounded border border-slate-300 bg-white px-2 text-sm text-slate-900 aria-[invalid=true]:border-red-500 aria-[invalid=true]:bg-red-50/40 disabled:bg-slate-100 disabled:text-slate-500';
