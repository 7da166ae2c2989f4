/**
 * The vocabulary of constraint checks (docs/behaviour.md, "Constraints the API refuses"): the snapshot they read and
 * the violations they return. Which HTTP answer a violation gets is the mock API's business
 * (`mock-api/http/violation-answers.ts`).
 */
import type { ResultMessage } from './message';
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
 * What kind of refusal a violation is: `constraint` (C1-C3), `not_found` (a named resource is
 * missing, C6), `conflict` (C4, C5, a filter in use or a duplicate source, C6), `quota`, `region`
 * (C7). The API answers each kind with its own error code (docs/api.md).
 */
export type ViolationKind = 'constraint' | 'not_found' | 'conflict' | 'quota' | 'region';

export interface Violation {
  code: ViolationCode;
  kind: ViolationKind;
  /** Says what is wrong and what to do, rendered in the UI's language. */
  message: ResultMessage;
  /** Dotted paths inside the request body (`priority`, `traffic_mirror_sources.1`). */
  fields?: string[];
  /** Ids of the resources involved (the conflicting session, the port...). */
  resources?: string[];
  /** For `QUOTA`: which quota, its value and the usage before this request. */
  quota?: { key: QuotaKey; value: number; used: number };
}
