/**
 * The vocabulary of constraint checks (docs/behaviour.md, "Constraints the API refuses"): the snapshot they read, the
 * violations they return, and how the mock API turns violations into one error answer.
 */
import type { FieldDetail } from './field-details';
import type { QuotaKey, QuotaValues } from './quotas';
import type { Inventory, TrafficMirrorFilter, TrafficMirrorSession } from './types';

/** What the checks read: the current configuration, the network, and the quotas in force. */
export interface Snapshot {
  /**
   * The region's sessions, or (a write's partial snapshot) at least every session its checks
   * read: those sharing a source, the target or the filter the write names.
   */
  sessions: readonly TrafficMirrorSession[];
  /** How many sessions the region has, when `sessions` holds only some of them. */
  sessionCount?: number;
  filters: readonly TrafficMirrorFilter[];
  inventory: Inventory;
  /** Defaults (`DEFAULT_QUOTAS`) when absent. */
  quotas?: QuotaValues;
}

/** C1-C7 of docs/behaviour.md, "Constraints the API refuses", or `QUOTA` for one of its "Quotas". */
export type ViolationCode = 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C6' | 'C7' | 'QUOTA';

/**
 * How the API answers: `constraint` TM.0003 (C1-C3), `not_found` TM.0004 (a named resource is
 * missing, C6), `conflict` TM.0006 (C4, C5, a filter in use or a duplicate source, C6),
 * `quota` TM.0005, `region` TM.0007 (C7).
 */
export type ViolationKind = 'constraint' | 'not_found' | 'conflict' | 'quota' | 'region';

export interface Violation {
  code: ViolationCode;
  kind: ViolationKind;
  /** Says what is wrong and what to do. */
  message: string;
  /** Dotted paths inside the request body (`priority`, `traffic_mirror_sources.1`). */
  fields?: string[];
  /** Ids of the resources involved (the conflicting session, the port...). */
  resources?: string[];
  /** For `QUOTA`: which quota, its value and the usage before this request. */
  quota?: { key: QuotaKey; value: number; used: number };
}

export interface ApiErrorAnswer {
  status: 400 | 404 | 409;
  error_code: 'TM.0003' | 'TM.0004' | 'TM.0005' | 'TM.0006' | 'TM.0007';
  error_msg: string;
  details: FieldDetail[];
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
 * @example apiErrorFor([{ code: 'C4', kind: 'conflict', message: 'Priority 5 is taken...', fields: ['priority'] }], 'traffic_mirror_session')
 * // { status: 409, error_code: 'TM.0006', error_msg: 'Priority 5 is taken...', details: [{ field: 'traffic_mirror_session.priority', message: 'Priority 5 is taken...' }] }
 */
export function apiErrorFor(violations: readonly Violation[], wrapper: string): ApiErrorAnswer | null {
  const kind = VIOLATION_PRECEDENCE.find((k) => violations.some((v) => v.kind === k));
  if (kind === undefined) return null;
  const chosen = violations.filter((v) => v.kind === kind);
  return {
    ...ANSWERS[kind],
    error_msg: [...new Set(chosen.map((v) => v.message))].join(' '),
    details: chosen.flatMap((v) =>
      (v.fields ?? []).map((field) => ({
        field: field === '' ? wrapper : `${wrapper}.${field}`,
        message: v.message,
      })),
    ),
  };
}
