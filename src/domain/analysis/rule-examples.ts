/**
 * The example packets of a filter's rules, per source (docs/behaviour.md, "Example packets"): for
 * each rule a packet that a source of the filter's sessions really carries, preferably one
 * the rule decides for that source, so that the packet tester names the rule and finds
 * nothing wrong with the packet's address. Without such a source, generic packets.
 */
import type { MirrorPacket } from '../matcher/types';
import type { Direction, MirrorConfig, TrafficMirrorFilter } from '../model/types';
import { findPort } from '../network/inventory-lookup';
import { intersect, type BoxSet } from './box-set';
import { interfaceName, ruleName } from './describe';
import { message } from './messages';
import { examplePacket } from './example-packet';
import { examplePacketForRule, type ExampleResult } from './examples';
import { ruleDecisions } from './filter-analysis';
import { sessionLayers } from './source-model';
import { sourceTraffic } from './source-traffic';
import { filterSources, ruleTrafficFindings } from './traffic-findings';

/**
 * How the matcher treats an example packet: `decides`, the verdict names the rule;
 * `in-filter`, the rule decides it within its filter, but a higher-priority session of the
 * source decides it first (or the session is disabled); `matches`, the rule matches it but an
 * earlier rule of the filter decides it (the rule is shadowed).
 */
export type RuleExampleFit = 'decides' | 'in-filter' | 'matches';

export interface RuleExample {
  packet: MirrorPacket;
  fit: RuleExampleFit;
}

/**
 * Whose addresses the examples carry: `sources`, those of the sources of the filter's
 * sessions; else generic ones, because no session uses the filter (`unused`) or the
 * inventory knows none of their sources (`unknown-sources`).
 */
export type ExampleBasis = 'sources' | 'unused' | 'unknown-sources';

export interface FilterExamples {
  basis: ExampleBasis;
  /**
   * By rule id. With basis `sources`, a rule missing here matches no packet its sources
   * carry (see `ruleTrafficFindings`) or no packet at all.
   */
  byRule: Map<string, RuleExample>;
}

const RANK: Record<RuleExampleFit, number> = { decides: 0, 'in-filter': 1, matches: 2 };

type Found = Map<string, RuleExample>;

function offer(
  found: Found,
  ruleId: string,
  set: BoxSet,
  fit: RuleExampleFit,
  direction: Direction,
  source: string,
) {
  const best = found.get(ruleId);
  if (best && RANK[best.fit] <= RANK[fit]) return;
  const packet = examplePacket(set, direction, source);
  if (packet) found.set(ruleId, { packet, fit });
}

/** The examples of one direction on the sources the inventory knows, the best fit first. */
function sourceExamples(
  config: MirrorConfig,
  filter: TrafficMirrorFilter,
  sources: string[],
  direction: Direction,
  found: Found,
) {
  const decisions = ruleDecisions(filter, direction);
  for (const source of sources) {
    if (decisions.every((d) => found.get(d.item.id)?.fit === 'decides')) return;
    const carried = sourceTraffic(config, source, direction)!.carried;
    for (const layer of sessionLayers(config, source, direction, undefined, carried)) {
      if (layer.session.traffic_mirror_filter_id !== filter.id) continue;
      for (const r of layer.rules) offer(found, r.rule.id, r.inSource, 'decides', direction, source);
    }
    for (const d of decisions) {
      offer(found, d.item.id, intersect(d.decided, carried), 'in-filter', direction, source);
      offer(found, d.item.id, intersect(d.space, carried), 'matches', direction, source);
    }
  }
}

/** Generic examples: what each rule decides within its filter, else what it matches. */
function genericExamples(filter: TrafficMirrorFilter, source: string, direction: Direction, found: Found) {
  for (const d of ruleDecisions(filter, direction)) {
    offer(found, d.item.id, d.decided, 'decides', direction, source);
    offer(found, d.item.id, d.space, 'matches', direction, source);
  }
}

/**
 * An example packet for each rule of the filter. When the inventory knows sources of the
 * sessions using the filter (or the given `sourceIds`), each packet is one such a source
 * really carries (inbound: addressed to it and let in by its network ACL and security
 * groups; outbound: from it), the rule deciding it for that source when any packet allows
 * (`decides`), else deciding it within the filter (`in-filter`), else matching it
 * (`matches`). Otherwise the packets are generic (10.0.0.1 -> 10.0.0.2 ...) and `basis`
 * says why.
 *
 * @example filterRuleExamples(config, webFilter).byRule.get('rule-http')
 * // { fit: 'decides', packet: { source: 'port-web-01', direction: 'ingress', protocol: 'TCP', destination_ip: '10.0.0.3', destination_port: 80, ... } }
 */
export function filterRuleExamples(
  config: MirrorConfig,
  filter: TrafficMirrorFilter,
  sourceIds: readonly string[] = filterSources(config, filter.id),
): FilterExamples {
  const inventory = config.inventory;
  const known = sourceIds.filter((id) => inventory && findPort(inventory, id));
  const basis: ExampleBasis =
    known.length > 0 ? 'sources' : sourceIds.length > 0 ? 'unknown-sources' : 'unused';
  const byRule: Found = new Map();
  for (const direction of ['ingress', 'egress'] as const) {
    if (basis === 'sources') sourceExamples(config, filter, known, direction, byRule);
    else genericExamples(filter, sourceIds[0] ?? '', direction, byRule);
  }
  return { basis, byRule };
}

/**
 * The packet tester's example for a rule named without a packet (`?rule=`): the rule's packet
 * from {@link filterRuleExamples}, on `sourceId` when given, else on the sources of its
 * filter's sessions. None when the rule is unknown, matches nothing, or matches only packets
 * its sources never carry or drop before mirroring (the rule's traffic finding says so).
 *
 * @example examplePacketForRuleIn(config, 'rule-http').found // true, a packet to 10.0.0.3:80 on port-web-01
 */
export function examplePacketForRuleIn(
  config: MirrorConfig,
  ruleId: string,
  sourceId?: string,
): ExampleResult {
  const filter = config.filters.find((f) =>
    [...f.ingress_rules, ...f.egress_rules].some((r) => r.id === ruleId),
  );
  if (!filter) {
    const unknown = message('example.unknownRuleInRegion', { rule: ruleId });
    return { found: false, reason: 'unknown-rule', coveringIds: [], message: unknown };
  }
  const sources = sourceId === undefined ? filterSources(config, filter.id) : [sourceId];
  const { basis, byRule } = filterRuleExamples(config, filter, sources);
  const example = byRule.get(ruleId);
  if (example) return { found: true, packet: example.packet };
  if (basis !== 'sources') return examplePacketForRule(filter, ruleId, sources[0]);
  const finding = ruleTrafficFindings(config, filter).find((f) => f.ruleId === ruleId);
  if (finding) {
    const reason = finding.kind === 'rule-never-carried' ? 'never-carried' : 'dropped';
    return { found: false, reason, coveringIds: [], message: finding.message };
  }
  const alone = examplePacketForRule(filter, ruleId);
  if (!alone.found) return alone;
  const rule = alone.packet.direction === 'ingress' ? filter.ingress_rules : filter.egress_rules;
  const name = ruleName(rule.find((r) => r.id === ruleId)!);
  const text =
    sourceId === undefined
      ? message('example.sourcesCarryNone', { rule: name })
      : message('example.sourceCarriesNone', { source: interfaceName(config, sourceId, true), rule: name });
  return { found: false, reason: 'never-carried', coveringIds: [], message: text };
}
