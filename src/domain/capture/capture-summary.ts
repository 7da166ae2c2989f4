/**
 * Turns the per-outcome tallies of a capture run into the counts the UI shows.
 */
import type { Outcome } from '../matcher/types';

export interface CaptureCounts {
  /** Packets read. */
  total: number;
  /** Packets copied (one copy each). */
  mirrored: number;
  /** Packets not evaluated: not IP, cut off, malformed, or neither to nor from the interface. */
  skipped: number;
  /** Packets per verdict reason (ACCEPTED, REJECTED, NO_MATCH, ...) and per SKIPPED_ reason. */
  by_reason: Record<string, number>;
  /** Copies made per session id. */
  by_session: Record<string, number>;
  /** Packets decided per rule id, accepted or rejected. */
  by_rule: Record<string, number>;
}

/** Result code (negated) of a packet neither to nor from the interface; 1-4 are DECODE_ statuses. */
export const OTHER_HOST = 5;

/**
 * Why a packet was not evaluated; a per-packet result of -(k + 1) means SKIP_REASONS[k]:
 * not IP, cut off before its headers, malformed, unknown link type, neither to nor from the
 * interface.
 */
export const SKIP_REASONS = [
  'SKIPPED_NOT_IP',
  'SKIPPED_TRUNCATED',
  'SKIPPED_MALFORMED',
  'SKIPPED_LINK_TYPE',
  'SKIPPED_OTHER_HOST',
] as const;

function add(counts: Record<string, number>, key: string, n: number): void {
  counts[key] = (counts[key] ?? 0) + n;
}

/**
 * Sums the tallies: `decided[i]` packets had outcome i, `skipped[k]` packets had skip reason
 * k (SKIPPED_NOT_IP, _TRUNCATED, _MALFORMED, _LINK_TYPE, _OTHER_HOST). Zero counts are left out.
 * Why: the hot loop only increments array cells; names are attached once at the end.
 *
 * @example summarize(Float64Array.of(0, 0, 5, 2), Float64Array.of(1, 0, 0, 0, 0), outcomes).by_reason
 * // { NO_MATCH: 5, ACCEPTED: 2, SKIPPED_NOT_IP: 1 } when outcome 3 is an accept
 */
export function summarize(
  decided: Float64Array,
  skipped: Float64Array,
  outcomes: readonly Outcome[],
): CaptureCounts {
  const counts: CaptureCounts = {
    total: 0,
    mirrored: 0,
    skipped: 0,
    by_reason: {},
    by_session: {},
    by_rule: {},
  };
  decided.forEach((n, i) => {
    const outcome = outcomes[i];
    if (n === 0 || !outcome) return;
    counts.total += n;
    add(counts.by_reason, outcome.reason, n);
    if (outcome.rule_id !== null) add(counts.by_rule, outcome.rule_id, n);
    if (outcome.mirrored) {
      counts.mirrored += n;
      if (outcome.session_id !== null) add(counts.by_session, outcome.session_id, n);
    }
  });
  skipped.forEach((n, k) => {
    if (n === 0) return;
    counts.total += n;
    counts.skipped += n;
    add(counts.by_reason, SKIP_REASONS[k] ?? 'SKIPPED', n);
  });
  return counts;
}
