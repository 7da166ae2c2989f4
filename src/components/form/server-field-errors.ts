import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { encodeResult, type ResultDescriptor } from '@/i18n/result-text';

/** One entry of an API error's `details`: a wrapper-qualified field and its message. */
export interface ServerFieldDetail {
  field: string;
  message: string;
  /**
   * What the field shows when it differs from `message`: the console's own words for a message
   * it knows (the mock's `message_id` and `params`), which the field renders in its language.
   */
  shown?: string;
}

/**
 * Which form field shows a detail: a list of form field names, each standing for the same name
 * in the API, or a table from the API's name to the form's path (`{ priority: 'ingress.0.priority' }`).
 */
export type FieldMapping<K extends string> = readonly K[] | Readonly<Record<string, K>>;

/** A message now shown at its field. */
export interface PlacedMessage<K extends string> {
  field: K;
  message: string;
}

/** What {@link applyFieldMessages} did: the messages shown at a field, and the ones no field took. */
export interface FieldMessagesOutcome<K extends string> {
  placed: PlacedMessage<K>[];
  rest: string[];
}

/** Whether to move focus to the first field given a message (a form that shows its own alert says no). */
export interface PlaceOptions {
  focus?: boolean;
}

/** How a form says a refusal that names none of its fields: `useApiErrorText()`, in the page's language. */
export interface ServerErrorOptions extends PlaceOptions {
  explain?: (error: unknown) => string;
}

/**
 * The API name of the field a detail names: its path without the body's wrapper
 * (`traffic_mirror_session.traffic_mirror_sources.1` -> `traffic_mirror_sources.1`), or the path
 * itself when it has no wrapper (`priority`, from the domain's own checks).
 */
function candidates(path: string): string[] {
  const dot = path.indexOf('.');
  return dot < 0 ? [path] : [path, path.slice(dot + 1)];
}

function fieldOf<K extends string>(path: string, mapping: FieldMapping<K>): K | undefined {
  const entries: [string, K][] = Array.isArray(mapping)
    ? (mapping as readonly K[]).map((name) => [name, name])
    : Object.entries(mapping as Readonly<Record<string, K>>);
  for (const candidate of candidates(path)) {
    const found = entries.find(([name]) => candidate === name || candidate.startsWith(`${name}.`));
    if (found) return found[1];
  }
  return undefined;
}

/**
 * Puts each message of `details` next to the form field it names, with react-hook-form's
 * `setError` (the first message of a field wins). A detail names a field by its API path, with
 * or without the body's wrapper (`traffic_mirror_session.priority`, `priority`); an item of a
 * list (`traffic_mirror_sources.1`) lands on the list's field. Why: the domain's checks and the
 * server's refusals name fields alike, and both must land on the field the user typed in.
 *
 * @example applyFieldMessages([{ field: 'settings.latency_min_ms', message: 'Enter…' }], ['latency_min_ms'], setError)
 * // { placed: [{ field: 'latency_min_ms', message: 'Enter…' }], rest: [] }
 */
export function applyFieldMessages<F extends FieldValues, K extends Path<F>>(
  details: readonly ServerFieldDetail[],
  mapping: FieldMapping<K>,
  setError: UseFormSetError<F>,
  { focus = true }: PlaceOptions = {},
): FieldMessagesOutcome<K> {
  const placed: PlacedMessage<K>[] = [];
  const rest: string[] = [];
  for (const detail of details) {
    const field = fieldOf(detail.field, mapping);
    if (field === undefined) {
      if (!rest.includes(detail.message)) rest.push(detail.message);
      continue;
    }
    if (placed.some((p) => p.field === field)) continue;
    const message = detail.shown ?? detail.message;
    setError(field, { type: 'server', message }, { shouldFocus: focus && placed.length === 0 });
    placed.push({ field, message });
  }
  return { placed, rest };
}

/** What {@link applyServerError} did with a refusal. */
export interface ServerErrorOutcome<K extends string> {
  /** The messages now shown at their field. */
  placed: PlacedMessage<K>[];
  /**
   * What the form itself should say: the error's own message when it named no field of the
   * form, the messages no field took when it named some, null when every one is at its field.
   */
  formMessage: string | null;
}

function detailsOf(error: unknown): readonly ServerFieldDetail[] {
  if (typeof error !== 'object' || error === null || !('details' in error)) return [];
  const { details } = error as { details: unknown };
  if (!Array.isArray(details)) return [];
  return details
    .filter(
      (d): d is ServerFieldDetail & { message_id?: unknown; params?: unknown } =>
        typeof d === 'object' && d !== null && typeof d.field === 'string' && typeof d.message === 'string',
    )
    .map(({ field, message, message_id: id, params }) =>
      typeof id === 'string'
        ? { field, message, shown: encodeResult({ id, params: params as ResultDescriptor['params'] }) }
        : { field, message },
    );
}

/**
 * Shows a refused save in a react-hook-form form: each field error of the API's answer (an
 * `ApiError` with `details`, docs/api.md) at its field through {@link applyFieldMessages}, and
 * returns what is left for the form's own alert. Any other error (the network, a 503) is left
 * whole for the alert. Why: every form of the console turns server refusals into field errors
 * the same way.
 *
 * @example applyServerError(error, ['name', 'description'], form.setError).formMessage // null when each detail named a field
 */
export function applyServerError<F extends FieldValues, K extends Path<F>>(
  error: unknown,
  mapping: FieldMapping<K>,
  setError: UseFormSetError<F>,
  { explain, ...options }: ServerErrorOptions = {},
): ServerErrorOutcome<K> {
  const { placed, rest } = applyFieldMessages(detailsOf(error), mapping, setError, options);
  const whole = explain ? explain(error) : error instanceof Error ? error.message : String(error);
  const formMessage = placed.length === 0 ? whole : rest.length > 0 ? rest.join(' ') : null;
  return { placed, formMessage };
}
