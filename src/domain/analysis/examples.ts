/**
 * Example packets for the packet tester: one that a given rule decides, or one that a given
 * session copies for a source; when none exists, the proof (the rules or sessions that take
 * every candidate packet) and a message.
 */
import type { Direction, MirrorConfig, TrafficMirrorFilter } from '../model/types';
import type { MirrorPacket } from '../matcher/types';
import { overlaps } from './box-set';
import { capitalize, directionWord, interfaceName, joinAnd, sessionName } from './describe';
import { examplePacket } from './example-packet';
import { analyzeFilterDirection, ruleDecisions } from './filter-analysis';
import { sessionLayers } from './source-model';

/** A packet found, or why there is none and what takes its place. */
export type ExampleResult =
  | { found: true; packet: MirrorPacket }
  | {
      found: false;
      reason:
        | 'unknown-rule'
        | 'matches-nothing'
        | 'shadowed'
        | 'unknown-session'
        | 'not-a-source'
        | 'disabled'
        | 'copies-nothing'
        | 'preempted';
      /** The earlier rules (`shadowed`) or higher-priority sessions (`preempted`) deciding instead. */
      coveringIds: string[];
      message: string;
    };

/**
 * A packet that the rule decides within its filter (the first rule of its direction that
 * holds for it), for a source ENI when given (else `source` is `""`). When the rule decides
 * nothing: `shadowed` with the earlier rules that decide its packets, or `matches-nothing`.
 *
 * @example
 * // Table 2's inbound rule
 * examplePacketForRule(table2, 'rule-in-1', 'eni-c')
 * // { found: true, packet: { source: 'eni-c', direction: 'ingress', ethertype: 'IPv4', protocol: 'TCP',
 * //   source_ip: '172.16.0.1', destination_ip: '10.0.0.3', source_port: 10000, destination_port: 80 } }
 */
export function examplePacketForRule(
  filter: TrafficMirrorFilter,
  ruleId: string,
  sourceId?: string,
): ExampleResult {
  // The list holding the rule says its direction, as for the matcher.
  const direction: Direction = filter.ingress_rules.some((r) => r.id === ruleId) ? 'ingress' : 'egress';
  const own = ruleDecisions(filter, direction).find((d) => d.item.id === ruleId);
  if (!own) {
    const message = `Filter "${filter.name}" has no rule ${ruleId}.`;
    return { found: false, reason: 'unknown-rule', coveringIds: [], message };
  }
  const packet = examplePacket(own.decided, direction, sourceId ?? '');
  if (packet) return { found: true, packet };
  const analysis = analyzeFilterDirection(filter, direction, { sourceId });
  const finding = analysis.findings.find((f) => 'ruleId' in f && f.ruleId === ruleId)!;
  const shadowed = finding.kind === 'shadowed-rule';
  return {
    found: false,
    reason: shadowed ? 'shadowed' : 'matches-nothing',
    coveringIds: shadowed ? finding.coveringRuleIds : [],
    message: finding.message,
  };
}

/**
 * A packet seen on `sourceId` that the session copies (ACCEPTED by one of its accept rules),
 * in `direction` or, when not given, inbound first, then outbound. None when the session
 * does not list the source, is disabled, has no accept rule that decides a packet in its
 * filter (`copies-nothing`), or when higher-priority sessions of the source decide every
 * packet it would copy (`preempted`, naming them). Step 1 (security group, ACL) is not
 * considered: an inbound example may still be dropped before mirroring.
 *
 * @example examplePacketForSession(config, 'session-fig1', 'eni-c')
 * // { found: true, packet: { source: 'eni-c', direction: 'ingress', protocol: 'TCP', destination_ip: '10.0.0.3', destination_port: 80, ... } }
 */
export function examplePacketForSession(
  config: MirrorConfig,
  sessionId: string,
  sourceId: string,
  direction?: Direction,
): ExampleResult {
  const none = (
    reason: Extract<ExampleResult, { found: false }>['reason'],
    message: string,
    ids: string[] = [],
  ) => ({ found: false, reason, coveringIds: ids, message }) as const;
  const session = config.sessions.find((s) => s.id === sessionId);
  if (!session) return none('unknown-session', `There is no session ${sessionId}.`);
  const name = capitalize(sessionName(session));
  if (!session.traffic_mirror_sources.includes(sourceId)) {
    return none(
      'not-a-source',
      `${name} does not mirror ${interfaceName(config, sourceId)}. Add the interface as a source first.`,
    );
  }
  if (!session.enabled) return none('disabled', `${name} is disabled and copies nothing. Enable it.`);
  const directions: Direction[] = direction ? [direction] : ['ingress', 'egress'];
  const blockers = new Map<string, string>();
  let anyAccept = false;
  for (const way of directions) {
    const layers = sessionLayers(config, sourceId, way);
    const index = layers.findIndex((l) => l.session.id === sessionId);
    const layer = layers[index]!;
    const packet = examplePacket(layer.copied, way, sourceId);
    if (packet) return { found: true, packet };
    const accepted = layer.rules.filter((r) => r.rule.action === 'accept').flatMap((r) => r.inFilter);
    if (accepted.length === 0) continue;
    anyAccept = true;
    for (const higher of layers.slice(0, index)) {
      if (overlaps(higher.reached, accepted)) blockers.set(higher.session.id, sessionName(higher.session));
    }
  }
  const ways = directions.map(directionWord).join(' or ');
  if (!anyAccept) {
    const message = `${name} copies no ${ways} packet: its filter accepts none. Add an accept rule to its filter.`;
    return none('copies-nothing', message);
  }
  const ids = [...blockers.keys()];
  const message =
    `${name} copies no ${ways} packet from ${interfaceName(config, sourceId)}: ${joinAnd([...blockers.values()])} ` +
    `${ids.length > 1 ? 'decide' : 'decides'} every packet it would copy. Give it a smaller priority or narrow the other filters.`;
  return none('preempted', message, ids);
}
