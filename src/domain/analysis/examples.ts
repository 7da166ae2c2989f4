/**
 * Example packets for the packet tester: one that a given rule decides, or one that a given
 * session copies for a source; when none exists, the proof (the rules or sessions that take
 * every candidate packet) and a message.
 */
import type { Direction, MirrorConfig, TrafficMirrorFilter } from '../model/types';
import type { MirrorPacket } from '../matcher/types';
import { overlaps } from './box-set';
import { interfaceName, sessionName } from './describe';
import { directionWord, message, type AnalysisMessage } from './messages';
import { examplePacket } from './example-packet';
import { analyzeFilterDirection, ruleDecisions } from './filter-analysis';
import { sessionLayers, type SessionLayer } from './source-model';
import { sourceTraffic, type SourceTraffic } from './source-traffic';
import { dropCause, droppedCopyMessage, neverCarriedCopyMessage } from './traffic-messages';

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
        | 'preempted'
        | 'never-carried'
        | 'dropped';
      /** The earlier rules (`shadowed`) or higher-priority sessions (`preempted`) deciding instead. */
      coveringIds: string[];
      message: AnalysisMessage;
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
    const unknown = message('example.unknownRule', { filter: filter.name, rule: ruleId });
    return { found: false, reason: 'unknown-rule', coveringIds: [], message: unknown };
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

/** Why one direction gives no example: what is known about the accept rules' packets. */
type Why =
  | { reason: 'copies-nothing' }
  | { reason: 'preempted'; blockers: Map<string, AnalysisMessage> }
  | { reason: 'never-carried'; traffic: SourceTraffic }
  | { reason: 'dropped'; traffic: SourceTraffic; byAcl: boolean };

function copyIn(
  config: MirrorConfig,
  sessionId: string,
  sourceId: string,
  way: Direction,
): MirrorPacket | Why {
  const traffic = sourceTraffic(config, sourceId, way);
  const layers = sessionLayers(config, sourceId, way, undefined, traffic?.carried);
  const index = layers.findIndex((l) => l.session.id === sessionId);
  const layer = layers[index]!;
  const packet = examplePacket(layer.copied, way, sourceId);
  if (packet) return packet;
  const accepting = (l: SessionLayer) =>
    l.rules.filter((r) => r.rule.action === 'accept').flatMap((r) => r.inFilter);
  const accepted = accepting(layer);
  if (accepted.length > 0) {
    const blockers = new Map<string, AnalysisMessage>();
    for (const higher of layers.slice(0, index)) {
      if (overlaps(higher.reached, accepted)) blockers.set(higher.session.id, sessionName(higher.session));
    }
    return { reason: 'preempted', blockers };
  }
  if (!traffic) return { reason: 'copies-nothing' };
  // The accept rules' packets, whatever the source carries.
  const all = accepting(sessionLayers(config, sourceId, way).find((l) => l.session.id === sessionId)!);
  if (all.length === 0) return { reason: 'copies-nothing' };
  if (!overlaps(all, traffic.own)) return { reason: 'never-carried', traffic };
  return { reason: 'dropped', traffic, byAcl: !overlaps(all, traffic.pastAcl) };
}

/**
 * A packet seen on `sourceId` that the session copies (ACCEPTED by one of its accept rules),
 * in `direction` or, when not given, inbound first, then outbound. When the inventory knows
 * the source, the packet is one it really carries: addressed to one of its addresses
 * (inbound) or from one (outbound), and, inbound, let in by its subnet's network ACL and its
 * security groups (docs/behaviour.md, "Which packets are copied" step 1), so that the matcher copies it. None when the
 * session does not list the source, is disabled, has no accept rule that decides a packet
 * in its filter (`copies-nothing`), when higher-priority sessions of the source decide every
 * packet it would copy (`preempted`, naming them), when its accept rules match only packets
 * the source never carries (`never-carried`) or, inbound, only packets dropped before
 * mirroring (`dropped`).
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
    text: AnalysisMessage,
    ids: string[] = [],
  ) => ({ found: false, reason, coveringIds: ids, message: text }) as const;
  const session = config.sessions.find((s) => s.id === sessionId);
  if (!session) return none('unknown-session', message('example.unknownSession', { session: sessionId }));
  const name = sessionName(session, true);
  const source = interfaceName(config, sourceId);
  if (!session.traffic_mirror_sources.includes(sourceId)) {
    return none('not-a-source', message('example.notASource', { session: name, source }));
  }
  if (!session.enabled) return none('disabled', message('example.disabled', { session: name }));
  const directions: Direction[] = direction ? [direction] : ['ingress', 'egress'];
  const whys: Why[] = [];
  for (const way of directions) {
    const result = copyIn(config, sessionId, sourceId, way);
    if (!('reason' in result)) return { found: true, packet: result };
    whys.push(result);
  }
  const way = direction ? directionWord(direction) : message('direction.either');
  const blockers = new Map(whys.flatMap((w) => (w.reason === 'preempted' ? [...w.blockers] : [])));
  if (whys.some((w) => w.reason === 'preempted')) {
    const ids = [...blockers.keys()];
    const text = message('example.preempted', {
      session: name,
      way,
      source,
      blockers: [...blockers.values()],
      count: ids.length,
    });
    return none('preempted', text, ids);
  }
  const dropped = whys.find((w) => w.reason === 'dropped');
  if (dropped) {
    const cause = dropCause(config.inventory!, dropped.traffic, dropped.byAcl);
    return none('dropped', droppedCopyMessage(name, cause, !dropped.byAcl));
  }
  const never = whys.find((w) => w.reason === 'never-carried');
  if (never) return none('never-carried', neverCarriedCopyMessage(name, never.traffic));
  return none('copies-nothing', message('example.copiesNothing', { session: name, way }));
}
