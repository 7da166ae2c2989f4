/**
 * Per-candidate answers for the create-session wizard: can this ENI be a source of the
 * draft, can this ENI or load balancer be its target, and if not, why; and which priority
 * is free. The reasons are the same checks the API applies (session-checks.ts).
 */
import {
  checkReachable,
  checkSessionsPerSource,
  checkSessionsPerTarget,
  checkSourceExists,
  checkSourceIsC7t,
  checkSourceNotTarget,
  checkSourcePriority,
  checkTargetExists,
  checkTargetNotSource,
  nextFreePriority,
} from './session-checks';
import type { TargetRef } from './session-checks';
import type { ResultMessage } from './message';
import type { TrafficMirrorSession } from './types';
import type { Snapshot, Violation, ViolationCode } from './violations';

/** The session being composed in the wizard (or edited: `session_id`). */
export interface SessionDraft {
  sources: readonly string[];
  target?: TargetRef;
  priority?: number;
  /** The session being edited, left out of "other sessions" so it does not conflict with itself. */
  session_id?: string;
}

export interface EligibilityReason {
  code: ViolationCode;
  message: ResultMessage;
}

export interface Eligibility {
  eligible: boolean;
  reasons: EligibilityReason[];
}

function othersOf(snapshot: Snapshot, draft: SessionDraft): readonly TrafficMirrorSession[] {
  return draft.session_id === undefined
    ? snapshot.sessions
    : snapshot.sessions.filter((s) => s.id !== draft.session_id);
}

function toEligibility(found: readonly (Violation | null)[]): Eligibility {
  const reasons = found
    .filter((v): v is Violation => v !== null)
    .map(({ code, message }) => ({ code, message }));
  return { eligible: reasons.length === 0, reasons };
}

/**
 * Whether an ENI can be a source of the draft, and why not: unknown interface, not on a c7t
 * ECS (C1), a mirror target here or elsewhere (C2), already in 3 sessions (quota), a session
 * on it already has the draft's priority (C4), or its VPC cannot reach the draft's target (C3).
 *
 * @example sourceEligibility(snapshot, { sources: [], priority: 1 }, 'port-on-s6')
 * // { eligible: false, reasons: [{ code: 'C1', message: { id: 'source.notC7t', ... } }] }
 */
export function sourceEligibility(snapshot: Snapshot, draft: SessionDraft, portId: string): Eligibility {
  const field = 'traffic_mirror_sources';
  const missing = checkSourceExists(snapshot, portId, field);
  if (missing) return toEligibility([missing]);
  const others = othersOf(snapshot, draft);
  return toEligibility([
    checkSourceIsC7t(snapshot, portId, field),
    checkSourceNotTarget(snapshot, others, portId, draft.target, field),
    checkSessionsPerSource(snapshot, others, portId, field),
    draft.priority === undefined
      ? null
      : checkSourcePriority(snapshot, others, portId, draft.priority, field),
    draft.target && !checkTargetExists(snapshot, draft.target, field)
      ? checkReachable(snapshot, portId, draft.target, field)
      : null,
  ]);
}

/**
 * Whether an ENI or a load balancer can be the draft's target, and why not: unknown, a chosen
 * source or a source of another session (C2, ENIs only), at its sessions quota (10 for an
 * ENI, 200 for a load balancer), or not reachable from a chosen source (C3, one reason per
 * source).
 *
 * @example targetEligibility(snapshot, { sources: ['port-b'] }, { type: 'eni', id: 'port-b' })
 * // { eligible: false, reasons: [{ code: 'C2', message: { id: 'target.isThisSource', ... } }] }
 */
export function targetEligibility(snapshot: Snapshot, draft: SessionDraft, target: TargetRef): Eligibility {
  const field = 'traffic_mirror_target_id';
  const missing = checkTargetExists(snapshot, target, field);
  if (missing) return toEligibility([missing]);
  const others = othersOf(snapshot, draft);
  return toEligibility([
    checkTargetNotSource(snapshot, others, draft.sources, target, field),
    checkSessionsPerTarget(snapshot, others, target, field),
    ...draft.sources.map((id) => checkReachable(snapshot, id, target, field)),
  ]);
}

/**
 * The priority to suggest for the draft: the smallest that no other session sharing one of
 * its sources uses (C4); 1 when it has no source yet; undefined when none is free.
 *
 * @example suggestPriority(snapshot, { sources: ['port-b'] }) // 3 when port-b's sessions use 1 and 2
 */
export function suggestPriority(snapshot: Snapshot, draft: SessionDraft): number | undefined {
  return nextFreePriority(othersOf(snapshot, draft), draft.sources);
}
