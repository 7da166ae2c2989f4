import type { Ref, TextareaHTMLAttributes } from 'react';
import { Field } from './field';

export interface TextareaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line input; spread react-hook-form's `register(...)` into it. */
export function TextareaField({ label, hint, error, required, ref, ...textarea }: TextareaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {({ id, describedBy, invalid }) => (
        <textarea
          ref={ref}
          id={id}
          rows={2}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className="block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-500"
          {...textarea}
        />
      )}
    </Field>
  );
}
