/**
 * The one error answer of docs/api.md for the violations of the domain's constraint checks: which
 * kind of violation wins, and the HTTP status and error code it gets.
 */
import type { FieldProblem } from '@/domain/model/fields';
import { message, type ResultMessage } from '@/domain/model/message';
import type { Violation, ViolationKind } from '@/domain/model/violations';
import { englishResultText } from '@/i18n/english-results';

export interface ApiErrorAnswer {
  status: 400 | 404 | 409;
  error_code: 'TM.0003' | 'TM.0004' | 'TM.0005' | 'TM.0006' | 'TM.0007';
  /** In English, from the same catalog the console shows (docs/architecture.md, "Languages"). */
  error_msg: string;
  /** `error_msg` as one domain descriptor (its messages in order), which the console says in its language. */
  message: ResultMessage;
  details: FieldProblem[];
}

const ANSWERS: Record<ViolationKind, Pick<ApiErrorAnswer, 'status' | 'error_code'>> = {
  region: { status: 400, error_code: 'TM.0007' },
  not_found: { status: 404, error_code: 'TM.0004' },
  constraint: { status: 400, error_code: 'TM.0003' },
  conflict: { status: 409, error_code: 'TM.0006' },
  quota: { status: 409, error_code: 'TM.0005' },
};

/** The order in which kinds of violation win when a request breaks several (ours). */
export const VIOLATION_PRECEDENCE: readonly ViolationKind[] = [
  'region',
  'not_found',
  'constraint',
  'conflict',
  'quota',
];

/**
 * The one error answer for a list of violations, or null when there is none: the kind that
 * comes first in {@link VIOLATION_PRECEDENCE} decides the code; its messages make
 * `error_msg` and each of their fields a `details` entry prefixed with `wrapper`.
 *
 * @example apiErrorFor([{ code: 'C4', kind: 'conflict', message, fields: ['priority'] }], 'traffic_mirror_session')
 * // { status: 409, error_code: 'TM.0006', error_msg: 'Session "a" already mirrors...', details: [{ field: 'traffic_mirror_session.priority', message }] }
 */
export function apiErrorFor(violations: readonly Violation[], wrapper: string): ApiErrorAnswer | null {
  const kind = VIOLATION_PRECEDENCE.find((k) => violations.some((v) => v.kind === k));
  if (kind === undefined) return null;
  const chosen = violations.filter((v) => v.kind === kind);
  const english = chosen.map((v) => englishResultText(v.message));
  const distinct = chosen.filter((_, i) => english.indexOf(english[i]!) === i).map((v) => v.message);
  const whole = distinct.reduce((first, next) => message('sentences', { first, next }));
  return {
    ...ANSWERS[kind],
    error_msg: englishResultText(whole),
    message: whole,
    details: chosen.flatMap((v) =>
      (v.fields ?? []).map((field) => ({
        field: field === '' ? wrapper : `${wrapper}.${field}`,
        message: v.message,
      })),
    ),
  };
}
