import type { InputHTMLAttributes, Ref } from 'react';
import { controlClass, Field } from './field';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled text (or number) input; spread react-hook-form's `register(...)` into it. */
export function TextField({ label, hint, error, required, ref, className = '', ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {({ id, describedBy, invalid }) => (
        <input
          ref={ref}
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required={required || undefined}
          className={`${controlClass} ${className}`}
          {...input}
        />
      )}
    </Field>
  );
}
