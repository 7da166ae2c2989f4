/**
 * From zod errors and field problems to the API's error `details`
 * (`[{ field: 'traffic_mirror_session.priority', message }]`, docs/api.md) and back to form fields.
 */
import type { z } from 'zod';
import type { FieldProblem } from './fields';
import { asMessage, encodeMessage, type ResultParam } from './message';

/**
 * One entry of an API error's `details` (docs/api.md): the offending field, wrapper-qualified
 * (`traffic_mirror_session.priority`), and what is wrong with it. The one declaration: the
 * mock answers with it and the console reads it.
 */
export interface FieldDetail {
  field: string;
  /** In English, as the API says it. */
  message: string;
  /**
   * The mock's own: the domain message id of `message` (src/domain/model/message.ts) and its
   * parameters, so the console can say it in its language. The real API never sends them.
   */
  message_id?: string;
  params?: Readonly<Record<string, ResultParam>>;
  /** For a refused import: the table of the offending row (`sessions`, `ports`). */
  resource?: string;
  /** For a refused import: the id of the offending row. */
  id?: string;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'symbol' ? (key.description ?? '') : String(key))).join('.');
}

/**
 * The problems of a zod error as `{ field, message }` with dotted paths inside the resource
 * (`traffic_mirror_sources.1`), the form of react-hook-form's `setError` names. Duplicates
 * (same field and message) are dropped.
 *
 * @example fieldProblemsOf(error) // [{ field: 'priority', message: { id: 'session.priority', params: { min: 1, max: 32766 } } }]
 */
export function fieldProblemsOf(error: z.ZodError): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    const problem = { field: pathText(issue.path), message: asMessage(issue.message) };
    const key = `${problem.field}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

/**
 * Field problems as a form's errors carry them: each message as `encodeMessage` text, which
 * the form's field shows in its language.
 *
 * @example formProblems([{ field: 'priority', message }]) // [{ field: 'priority', message: '{"$result":...}' }]
 */
export function formProblems(problems: readonly FieldProblem[]): { field: string; message: string }[] {
  return problems.map(({ field, message }) => ({ field, message: encodeMessage(message) }));
}

/**
 * The problems of a zod error or a list of field problems for an API error's details, each
 * field prefixed with the body's wrapper name; a problem of the whole body is named by the
 * wrapper alone. Why: the mock API answers TM.0002 with these (in English, with their message
 * ids) so the console can put each message next to its field.
 *
 * @example toFieldDetails(error, 'traffic_mirror_session')
 * // [{ field: 'traffic_mirror_session.priority', message: { id: 'session.priority', params: { min: 1, max: 32766 } } }]
 */
export function toFieldDetails(error: z.ZodError | readonly FieldProblem[], wrapper: string): FieldProblem[] {
  const problems = Array.isArray(error) ? error : fieldProblemsOf(error as z.ZodError);
  return problems.map(({ field, message }) => ({
    field: field === '' ? wrapper : `${wrapper}.${field}`,
    message,
  }));
}
