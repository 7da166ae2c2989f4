import { useEffect } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * Re-checks a field on every change while it shows an error, so the error goes away as soon
 * as the value is right: not at the next blur, when the layout shifting under the pointer
 * could swallow a click on Next.
 */
export function useRevalidateOnChange<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>): void {
  useEffect(() => {
    const subscription = form.watch((_values, { name, type }) => {
      if (name && type === 'change' && form.getFieldState(name as FieldPath<T>).error)
        void form.trigger(name as FieldPath<T>);
    });
    return () => subscription.unsubscribe();
  }, [form]);
}
