import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

/** One entry of an API error's `details`: a wrapper-qualified field and its message. */
export interface ServerFieldDetail {
  field: string;
  message: string;
}

/**
 * Puts each server message next to the form field it names. A detail names a field by its
 * wrapper-qualified path (`traffic_mirror_session.priority`); it is matched to the form field
 * whose name is the path's end. Returns the messages that match no field of the form, for the
 * form's general error.
 *
 * @example applyServerFieldErrors(error.details, ['name', 'priority'], setError) // [] when every detail named a field
 */
export function applyServerFieldErrors<F extends FieldValues>(
  details: readonly ServerFieldDetail[],
  fields: readonly Path<F>[],
  setError: UseFormSetError<F>,
): string[] {
  const unmatched: string[] = [];
  let focused = false;
  for (const detail of details) {
    const field = fields.find((name) => detail.field === name || detail.field.endsWith(`.${name}`));
    if (field === undefined) {
      unmatched.push(detail.message);
      continue;
    }
    setError(field, { type: 'server', message: detail.message }, { shouldFocus: !focused });
    focused = true;
  }
  return [...new Set(unmatched)];
}
