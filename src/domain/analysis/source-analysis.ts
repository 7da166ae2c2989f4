/**
 * The sessions that share a source, analysed exactly: sessions that never receive a packet
 * because higher-priority sessions decide all of theirs, and overlaps whose verdict depends
 * only on which session has the smaller priority.
 */
import type { Direction, MirrorConfig, TrafficMirrorSession } from '../model/types';
import { intersect, overlaps, type BoxSet } from './box-set';
import { interfaceName, packetText, sessionName, targetName } from './describe';
import { directionWord, message, type AnalysisMessage } from './messages';
import { examplePacket } from './example-packet';
import { outcomeKey, sessionLayers, type SessionLayer } from './source-model';
import { sourceTraffic } from './source-traffic';
import type { RulePair, SessionReach, SourceAnalysis, SourceFinding } from './types';

function copyPhrase(
  config: MirrorConfig,
  session: TrafficMirrorSession,
  action: string,
  would: boolean,
): AnalysisMessage {
  if (action !== 'accept') return message(would ? 'copy.wouldNotCopy' : 'copy.doesNotCopy');
  return message(would ? 'copy.wouldCopy' : 'copy.copies', { target: targetName(config, session) });
}

const quoted = (session: TrafficMirrorSession) => message('session.quoted', { name: session.name });

function neverReceives(
  config: MirrorConfig,
  layers: readonly SessionLayer[],
  index: number,
  sourceId: string,
  direction: Direction,
): SourceFinding | null {
  const layer = layers[index]!;
  if (layer.space.length === 0 || layer.reached.length > 0) return null;
  const covering = layers.slice(0, index).filter((l) => overlaps(l.reached, layer.space));
  const text = message('finding.neverReceives', {
    session: sessionName(layer.session, true),
    way: directionWord(direction),
    source: interfaceName(config, sourceId),
    covering: covering.map((l) => sessionName(l.session)),
    count: covering.length,
    quoted: quoted(layer.session),
    others: covering.map((l) => quoted(l.session)),
  });
  return {
    kind: 'session-never-receives',
    sourceId,
    direction,
    sessionId: layer.session.id,
    coveringSessionIds: covering.map((l) => l.session.id),
    severity: 'warning',
    message: text,
  };
}

function overlap(
  config: MirrorConfig,
  higher: SessionLayer,
  lower: SessionLayer,
  sourceId: string,
  direction: Direction,
): SourceFinding | null {
  const pairs: RulePair[] = [];
  let first: { common: BoxSet; actions: [string, string] } | null = null;
  for (const a of higher.rules) {
    if (a.inSource.length === 0) continue;
    for (const b of lower.rules) {
      if (outcomeKey(higher.session, a.rule) === outcomeKey(lower.session, b.rule)) continue;
      const common = intersect(a.inSource, b.inFilter);
      if (common.length === 0) continue;
      pairs.push({ higherRuleId: a.rule.id, lowerRuleId: b.rule.id });
      first ??= { common, actions: [a.rule.action, b.rule.action] };
    }
  }
  // The example comes from the first pair, so that the message tells its verdicts.
  const example = first && examplePacket(first.common, direction, sourceId);
  if (!first || !example) return null;
  const [high, low] = [higher.session, lower.session];
  const text = message('finding.overlap', {
    way: message('direction.label', { direction }),
    packet: packetText(example),
    higher: sessionName(high),
    higherCopy: copyPhrase(config, high, first.actions[0], false),
    lower: sessionName(low),
    lowerCopy: copyPhrase(config, low, first.actions[1], true),
    higherQuoted: quoted(high),
    lowerQuoted: quoted(low),
  });
  return {
    kind: 'priority-overlap',
    sourceId,
    direction,
    higherSessionId: high.id,
    lowerSessionId: low.id,
    rulePairs: pairs,
    example,
    severity: 'info',
    message: text,
  };
}

/**
 * Analyses the enabled sessions that list a source (docs/behaviour.md, "Which packets are copied" steps 2-6), per
 * direction, exactly: over every well-formed packet, or, when the inventory knows the source,
 * over the packets it really carries (to or from its own addresses, and inbound, let in by
 * its subnet's network ACL and its security groups: step 1), so that every example packet
 * is one the matcher sees. A session *receives* a packet when one of its rules decides it; a packet
 * no rule of a session matches falls through to the next session. Findings:
 * - `session-never-receives`: its rules match packets, but higher-priority sessions decide
 *   every one of them (named in `coveringSessionIds`). A session whose filter has no rule in
 *   a direction is not reported here (warning W4 covers it).
 * - `priority-overlap`: packets that reach the higher session and that both sessions would
 *   decide, with a different verdict (copied or not, or copied to another target): swapping
 *   the two priorities would change those verdicts. Same verdict is no finding.
 * `reach` tells, per session and direction, whether it receives packets and one it copies.
 *
 * @example
 * // Sessions A (priority 1) and B (priority 2) on eni-1 share a filter whose only rule accepts
 * // inbound TCP; their targets differ. B gets nothing, and A's priority alone decides the target.
 * analyzeSource(config, 'eni-1').findings.map((f) => [f.kind, f.direction])
 * // [['priority-overlap', 'ingress'], ['session-never-receives', 'ingress']]
 */
export function analyzeSource(config: MirrorConfig, sourceId: string): SourceAnalysis {
  const reach: SessionReach[] = [];
  const findings: SourceFinding[] = [];
  let sessionIds: string[] = [];
  for (const direction of ['ingress', 'egress'] as const) {
    // Only packets the source carries, past its ACL and security groups, reach the sessions.
    const carried = sourceTraffic(config, sourceId, direction)?.carried;
    const layers = sessionLayers(config, sourceId, direction, undefined, carried);
    sessionIds = layers.map((l) => l.session.id);
    layers.forEach((layer, index) => {
      reach.push({
        sessionId: layer.session.id,
        direction,
        matchesPackets: layer.space.length > 0,
        receives: layer.reached.length > 0,
        copyExample: examplePacket(layer.copied, direction, sourceId),
      });
      const never = neverReceives(config, layers, index, sourceId, direction);
      if (never) findings.push(never);
      for (const lower of layers.slice(index + 1)) {
        const found = overlap(config, layer, lower, sourceId, direction);
        if (found) findings.push(found);
      }
    });
  }
  return { sourceId, sessionIds, reach, findings };
}
