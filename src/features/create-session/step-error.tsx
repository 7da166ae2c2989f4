import { get, useFormContext } from 'react-hook-form';
import { useResultText } from '@/components/results/use-result-text';
import { problemMark } from './problem-focus';
import type { WizardValues } from './wizard-values';

/** The id of a step-level error. */
const stepErrorId = (name: string) => `${name}-error`;

/**
 * The error of a choice made in a table (filter, sources, target), shown above the table and
 * announced at once; it takes focus when Next finds it.
 */
export function StepError({ name }: { name: keyof WizardValues }) {
  const {
    formState: { errors },
  } = useFormContext<WizardValues>();
  const error = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  const message = error?.message ?? error?.root?.message;
  const text = useResultText();
  if (!message) return null;
  return (
    <div
      id={stepErrorId(name)}
      {...problemMark}
      role="alert"
      className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900"
    >
      {text(message)}
    </div>
  );
}
