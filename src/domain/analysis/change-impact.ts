/**
 * What an edit of a filter changes before it is saved: packets copied before and not after,
 * the reverse, and (filter alone) packets that switch between rejected and undecided.
 */
import type { Direction, MirrorConfig, TrafficMirrorFilter, TrafficMirrorFilterRule } from '../model/types';
import type { MirrorPacket } from '../matcher/types';
import { findPort } from '../network/inventory-lookup';
import { compact, intersect, subtract, type BoxSet } from './box-set';
import { examplePackets } from './example-packet';
import { ruleDecisions } from './filter-analysis';
import type { Decision } from './first-match';
import { sessionLayers } from './source-model';
import { sourceTraffic } from './source-traffic';
import { filterSources } from './traffic-findings';

/** Whether any packet is in the set, and a few of them. */
export interface ImpactSet {
  any: boolean;
  examples: MirrorPacket[];
}

export interface ChangeImpact {
  direction: Direction;
  /** Copied before the edit, not after. */
  lost: ImpactSet;
  /** Not copied before the edit, copied after. */
  gained: ImpactSet;
  /**
   * Filter alone: rejected before and undecided after, or the reverse. Not copied either way
   * by this filter, but an undecided packet falls through to lower-priority sessions. Always
   * empty with a source context, whose verdicts already include the fall-through.
   */
  fallThrough: ImpactSet;
  /** With a source context: copied both before and after, to different targets. */
  retargeted: ImpactSet;
}

export interface ChangeImpactOptions {
  /** The ENI id put in the example packets (default `""`); with `config`, the source to evaluate. */
  sourceId?: string;
  /** With `sourceId`: judge verdicts for that source, across all its sessions. */
  config?: MirrorConfig;
  /** Examples per kind, default 3. */
  limit?: number;
}

type Rules = Decision<TrafficMirrorFilterRule>[];

function setOf(rules: Rules, action: 'accept' | 'reject'): BoxSet {
  return compact(rules.filter((r) => r.item.action === action).flatMap((r) => r.decided));
}

function copiedByTarget(
  config: MirrorConfig,
  source: string,
  direction: Direction,
  id: string,
  rules: Rules,
) {
  const byTarget = new Map<string, BoxSet>();
  const carried = sourceTraffic(config, source, direction)?.carried;
  for (const layer of sessionLayers(config, source, direction, { id, rules }, carried)) {
    const key = `${layer.session.traffic_mirror_target_type}:${layer.session.traffic_mirror_target_id}`;
    byTarget.set(key, compact([...(byTarget.get(key) ?? []), ...layer.copied]));
  }
  return byTarget;
}

function retargetedSet(before: Map<string, BoxSet>, after: Map<string, BoxSet>): BoxSet {
  const allAfter = compact([...after.values()].flat());
  return compact(
    [...before].flatMap(([key, copied]) => intersect(copied, subtract(allAfter, after.get(key) ?? []))),
  );
}

/**
 * Compares the verdicts of a filter's direction before and after an edit (a rule replaced,
 * added or removed; `after` is the filter as it would be saved), exactly, over every
 * well-formed packet. Without a context, a verdict is the filter's own: accept, reject or
 * undecided. With `config` and `sourceId`, a verdict is the source's (docs/behaviour.md, "Which packets are copied" steps
 * 2-6): every enabled session listing the source that uses filter `before.id` sees `after`
 * instead, and the other sessions and the fall-through between them count; when the
 * inventory knows the source, only the packets it really carries count (docs/behaviour.md, "The copy on the wire").
 *
 * @example
 * // Before: rule 1 accepts TCP to port 80. After: it accepts TCP to port 443.
 * changeImpact(before, after, 'ingress', { sourceId: 'eni-1', limit: 1 })
 * // { direction: 'ingress',
 * //   lost: { any: true, examples: [{ source: 'eni-1', protocol: 'TCP', destination_port: 80, ... }] },
 * //   gained: { any: true, examples: [{ source: 'eni-1', protocol: 'TCP', destination_port: 443, ... }] },
 * //   fallThrough: { any: false, examples: [] }, retargeted: { any: false, examples: [] } }
 */
export function changeImpact(
  before: TrafficMirrorFilter,
  after: TrafficMirrorFilter,
  direction: Direction,
  options: ChangeImpactOptions = {},
): ChangeImpact {
  const source = options.sourceId ?? '';
  const limit = options.limit ?? 3;
  const impact = (set: BoxSet): ImpactSet => ({
    any: set.length > 0,
    examples: examplePackets(set, direction, source, limit),
  });
  const rulesBefore = ruleDecisions(before, direction);
  const rulesAfter = ruleDecisions(after, direction);
  if (options.config && options.sourceId !== undefined) {
    const copiedBefore = copiedByTarget(options.config, source, direction, before.id, rulesBefore);
    const copiedAfter = copiedByTarget(options.config, source, direction, before.id, rulesAfter);
    const allBefore = compact([...copiedBefore.values()].flat());
    const allAfter = compact([...copiedAfter.values()].flat());
    return {
      direction,
      lost: impact(subtract(allBefore, allAfter)),
      gained: impact(subtract(allAfter, allBefore)),
      fallThrough: impact([]),
      retargeted: impact(retargetedSet(copiedBefore, copiedAfter)),
    };
  }
  const matched = (rules: Rules) => compact(rules.flatMap((r) => r.decided));
  const acceptBefore = setOf(rulesBefore, 'accept');
  const acceptAfter = setOf(rulesAfter, 'accept');
  const fallThrough = compact([
    ...subtract(setOf(rulesBefore, 'reject'), matched(rulesAfter)),
    ...subtract(setOf(rulesAfter, 'reject'), matched(rulesBefore)),
  ]);
  return {
    direction,
    lost: impact(subtract(acceptBefore, acceptAfter)),
    gained: impact(subtract(acceptAfter, acceptBefore)),
    fallThrough: impact(fallThrough),
    retargeted: impact([]),
  };
}

/** Sources judged at most by {@link changeImpactOnSources}: each costs a walk of all its sessions. */
export const IMPACT_SOURCE_LIMIT = 4;

/** A change impact on the sources of a filter's sessions, and how many of them were judged. */
export interface SourcesImpact extends ChangeImpact {
  /** Sources the inventory knows that were judged, and all the sources of the filter's sessions. */
  sources: { judged: number; total: number };
}

/**
 * {@link changeImpact} on the sources of the sessions using the filter that the inventory
 * knows (the first {@link IMPACT_SOURCE_LIMIT}, in the order the sessions list them), together:
 * a kind of change happens when it happens on one of them, and the examples are packets those
 * sources really carry (docs/behaviour.md, "Example packets"). With no such source (no session uses
 * the filter, or the inventory knows none of its sources), the filter's own verdicts with
 * generic packets (`judged` is then 0).
 *
 * @example changeImpactOnSources(config, before, after, 'ingress').lost.examples[0]?.destination_ip // '10.0.0.3'
 */
export function changeImpactOnSources(
  config: MirrorConfig,
  before: TrafficMirrorFilter,
  after: TrafficMirrorFilter,
  direction: Direction,
  limit = 3,
): SourcesImpact {
  const sources = filterSources(config, before.id);
  const inventory = config.inventory;
  const known = sources.filter((id) => inventory && findPort(inventory, id)).slice(0, IMPACT_SOURCE_LIMIT);
  const total = sources.length;
  if (known.length === 0) {
    const alone = changeImpact(before, after, direction, { sourceId: sources[0], limit });
    return { ...alone, sources: { judged: 0, total } };
  }
  const each = known.map((sourceId) => changeImpact(before, after, direction, { config, sourceId, limit }));
  const merged = (kind: 'lost' | 'gained' | 'fallThrough' | 'retargeted'): ImpactSet => ({
    any: each.some((impact) => impact[kind].any),
    examples: each.flatMap((impact) => impact[kind].examples).slice(0, limit),
  });
  return {
    direction,
    lost: merged('lost'),
    gained: merged('gained'),
    fallThrough: merged('fallThrough'),
    retargeted: merged('retargeted'),
    sources: { judged: known.length, total },
  };
}
