/**
 * The sessions that share a source, analysed exactly: sessions that never receive a packet
 * because higher-priority sessions decide all of theirs, and overlaps whose verdict depends
 * only on which session has the smaller priority.
 */
import type { Direction, MirrorConfig, TrafficMirrorSession } from '../model/types';
import { compact, intersect, overlaps, type Box } from './box-set';
import { capitalize, directionWord, joinAnd, packetText, sessionName } from './describe';
import { examplePacket } from './example-packet';
import { outcomeKey, sessionLayers, type SessionLayer } from './source-model';
import type { RulePair, SessionReach, SourceAnalysis, SourceFinding } from './types';

function outcomePhrase(session: TrafficMirrorSession, action: string): string {
  if (action !== 'accept') return 'not copied';
  return `copied to ${session.traffic_mirror_target_type === 'elb' ? 'load balancer' : 'interface'} ${session.traffic_mirror_target_id}`;
}

function neverReceives(
  layers: readonly SessionLayer[],
  index: number,
  sourceId: string,
  direction: Direction,
): SourceFinding | null {
  const layer = layers[index]!;
  if (layer.space.length === 0 || layer.reached.length > 0) return null;
  const covering = layers.slice(0, index).filter((l) => overlaps(l.reached, layer.space));
  const names = joinAnd(covering.map((l) => sessionName(l.session)));
  const way = directionWord(direction);
  const plural = covering.length > 1;
  const message =
    `${capitalize(sessionName(layer.session))} never receives an ${way} packet from ${sourceId}: ` +
    `${names} ${plural ? 'decide' : 'decides'} every ${way} packet its filter matches. ` +
    `Give it a smaller priority than ${plural ? 'them' : 'that session'}, or narrow ${plural ? 'their filters' : 'its filter'}.`;
  return {
    kind: 'session-never-receives',
    sourceId,
    direction,
    sessionId: layer.session.id,
    coveringSessionIds: covering.map((l) => l.session.id),
    severity: 'warning',
    message,
  };
}

function overlap(
  higher: SessionLayer,
  lower: SessionLayer,
  sourceId: string,
  direction: Direction,
): SourceFinding | null {
  const pairs: RulePair[] = [];
  const boxes: Box[] = [];
  let firstActions: [string, string] | null = null;
  for (const a of higher.rules) {
    if (a.inSource.length === 0) continue;
    for (const b of lower.rules) {
      if (outcomeKey(higher.session, a.rule) === outcomeKey(lower.session, b.rule)) continue;
      const common = intersect(a.inSource, b.inFilter);
      if (common.length === 0) continue;
      pairs.push({ higherRuleId: a.rule.id, lowerRuleId: b.rule.id });
      boxes.push(...common);
      firstActions ??= [a.rule.action, b.rule.action];
    }
  }
  const example = examplePacket(compact(boxes), direction, sourceId);
  if (!example || !firstActions) return null;
  const higherName = sessionName(higher.session);
  const message =
    `${capitalize(directionWord(direction))} packets such as ${packetText(example)} match both ` +
    `${higherName}, ${outcomePhrase(higher.session, firstActions[0])}, and ` +
    `${sessionName(lower.session)}, ${outcomePhrase(lower.session, firstActions[1])}. ` +
    `${capitalize(higherName)} decides them because its priority is smaller; if the other should, swap their priorities or narrow a filter.`;
  return {
    kind: 'priority-overlap',
    sourceId,
    direction,
    higherSessionId: higher.session.id,
    lowerSessionId: lower.session.id,
    rulePairs: pairs,
    example,
    severity: 'info',
    message,
  };
}

/**
 * Analyses the enabled sessions that list a source (SPEC section 5 steps 2-6; step 1, the
 * source's security group and ACL, is not considered), per direction, over every well-formed
 * packet, exactly. A session *receives* a packet when one of its rules decides it; a packet
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
    const layers = sessionLayers(config, sourceId, direction);
    sessionIds = layers.map((l) => l.session.id);
    layers.forEach((layer, index) => {
      reach.push({
        sessionId: layer.session.id,
        direction,
        matchesPackets: layer.space.length > 0,
        receives: layer.reached.length > 0,
        copyExample: examplePacket(layer.copied, direction, sourceId),
      });
      const never = neverReceives(layers, index, sourceId, direction);
      if (never) findings.push(never);
      for (const lower of layers.slice(index + 1)) {
        const found = overlap(layer, lower, sourceId, direction);
        if (found) findings.push(found);
      }
    });
  }
  return { sourceId, sessionIds, reach, findings };
}
