/**
 * docs/behaviour.md, "Which packets are copied" steps 2-6: which session and rule decide a packet, with the trace of every
 * session and rule visited. `evaluatePacket` adds step 1 and the inventory outputs around it.
 */
import type { TrafficMirrorFilter, TrafficMirrorSession } from '../model/types';
import { firstFailedCondition, type PacketView } from './conditions';
import { rulesOfDirection, sessionsOfSource } from './session-order';
import type { Outcome, RuleTrace, SessionTrace, VerdictReason } from './types';

export interface SessionMatch {
  outcome: Outcome;
  trace: SessionTrace[];
}

/**
 * An outcome that no session decided (`NOT_A_SOURCE`, `NO_ENABLED_SESSION`, `NO_MATCH`, or a
 * step 1 drop).
 *
 * @example undecided('NO_MATCH') // { mirrored: false, reason: 'NO_MATCH', session_id: null, ... }
 */
export function undecided(reason: VerdictReason): Outcome {
  return {
    mirrored: false,
    reason,
    session_id: null,
    rule_id: null,
    target_id: null,
    target_type: null,
    session: null,
  };
}

/**
 * The outcome of a session's rule deciding: `accept` copies to the session's target,
 * `reject` copies nothing (the target is then not named).
 *
 * @example decided(session, rule).reason // 'ACCEPTED' when rule.action is 'accept'
 */
export function decided(session: TrafficMirrorSession, rule: { id: string; action: string }): Outcome {
  const accepted = rule.action === 'accept';
  return {
    mirrored: accepted,
    reason: accepted ? 'ACCEPTED' : 'REJECTED',
    session_id: session.id,
    rule_id: rule.id,
    target_id: accepted ? session.traffic_mirror_target_id : null,
    target_type: accepted ? session.traffic_mirror_target_type : null,
    session,
  };
}

/**
 * Visits the sessions listing the packet's source in order (disabled ones noted as skipped)
 * and their rules of the packet's direction; the first rule that holds decides, whatever
 * its action; a session whose rules all fail hands over to the next (document, Figure 2).
 *
 * @example matchSessions(sessions, filtersById(filters), viewPacket(p)).outcome.reason // 'ACCEPTED'
 */
export function matchSessions(
  sessions: readonly TrafficMirrorSession[],
  filters: ReadonlyMap<string, TrafficMirrorFilter>,
  packet: PacketView,
): SessionMatch {
  const listing = sessionsOfSource(sessions, packet.raw.source);
  if (listing.length === 0) return { outcome: undecided('NOT_A_SOURCE'), trace: [] };
  const trace: SessionTrace[] = [];
  for (const session of listing) {
    const filter = filters.get(session.traffic_mirror_filter_id);
    const step: SessionTrace = {
      session_id: session.id,
      session_name: session.name,
      priority: session.priority,
      filter_id: session.traffic_mirror_filter_id,
      skipped: session.enabled ? null : 'disabled',
      filter_missing: filter === undefined,
      rules: [],
      decided: false,
    };
    trace.push(step);
    if (!session.enabled || !filter) continue;
    for (const rule of rulesOfDirection(filter, packet.raw.direction)) {
      const failed = firstFailedCondition(rule, packet);
      const visit: RuleTrace = {
        rule_id: rule.id,
        priority: rule.priority,
        action: rule.action,
        held: !failed,
      };
      if (failed) visit.failed = failed;
      step.rules.push(visit);
      if (!failed) {
        step.decided = true;
        return { outcome: decided(session, rule), trace };
      }
    }
  }
  const anyEnabled = listing.some((s) => s.enabled);
  return { outcome: undecided(anyEnabled ? 'NO_MATCH' : 'NO_ENABLED_SESSION'), trace };
}
