/**
 * The shared matcher (docs/behaviour.md, "Which packets are copied"): does a packet seen on a mirror source get copied,
 * by which session and rule, and why; with an inventory, also whether it reaches the
 * interface at all (step 1), what the copy looks like (section 6) and whether it reaches the
 * target (section 7). Used by the packet tester, the mock API and the tests.
 */
import type { Inventory, MirrorConfig } from '../model/types';
import { viewPacket, type PacketView } from './conditions';
import { admit, deliverCopy, describeCopy } from './inventory-steps';
import { matchSessions, undecided } from './match-sessions';
import { filtersById } from './session-order';
import type { MirrorPacket, Outcome, SessionTrace, Verdict, VerdictCore } from './types';

/**
 * Wraps a decision (steps 2-6, given by `decide`) with what the inventory adds: step 1
 * first (a dropped inbound packet is never matched), then the copy and its delivery when
 * the packet is copied. Without inventory the decision is returned as is.
 *
 * @example completeVerdict(undefined, view, () => ({ outcome, trace: [] })).core.reason // outcome.reason
 */
export function completeVerdict<T>(
  inventory: Inventory | undefined,
  packet: PacketView,
  decide: () => { outcome: Outcome; extra: T },
): { core: VerdictCore; extra: T | null } {
  const admission = inventory && admit(inventory, packet);
  let outcome: Outcome;
  let extra: T | null = null;
  if (admission && !admission.allowed) {
    outcome = undecided(
      admission.dropped_by === 'security_group' ? 'DROPPED_BY_SECURITY_GROUP' : 'DROPPED_BY_NETWORK_ACL',
    );
  } else {
    ({ outcome, extra } = decide());
  }
  const { session, ...core } = outcome;
  if (!inventory || !admission) return { core, extra };
  const copy = outcome.mirrored && session ? describeCopy(inventory, session, packet.raw) : null;
  const delivery = copy && session ? deliverCopy(inventory, session, copy) : null;
  return { core: { ...core, admission, copy, delivery }, extra };
}

/**
 * Evaluates one packet against a configuration: the verdict (copied or not, the reason, the
 * deciding session and rule, the target) and the trace of every session and rule visited
 * with the first condition that failed. Why: one explanation for the tester, the capture
 * view and the tests, following docs/behaviour.md, "Which packets are copied" to the letter.
 *
 * @example
 * // Table 2's inbound rule (TCP, 172.16.0.0/24:10000-10001 -> 10.0.0.3/32:80) in a session on eni-b
 * evaluatePacket(config, {
 *   source: 'eni-b', direction: 'ingress', ethertype: 'IPv4', protocol: 'TCP',
 *   source_ip: '172.16.0.5', destination_ip: '10.0.0.3', source_port: 10000, destination_port: 80,
 * });
 * // { mirrored: true, reason: 'ACCEPTED', session_id: 's-1', rule_id: 'r-in-1', target_id: 'elb-1', target_type: 'elb', trace: [...] }
 */
export function evaluatePacket(config: MirrorConfig, packet: MirrorPacket): Verdict {
  const view = viewPacket(packet);
  const { core, extra } = completeVerdict(config.inventory, view, () => {
    const match = matchSessions(config.sessions, filtersById(config.filters), view);
    return { outcome: match.outcome, extra: match.trace };
  });
  const trace: SessionTrace[] = extra ?? [];
  return { ...core, trace };
}
