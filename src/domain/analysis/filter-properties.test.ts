/**
 * The filter analysis against the shared matcher, on random filters and packets: what it
 * says a rule decides, never decides or could lose without effect is what `evaluatePacket`
 * does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Direction, MirrorConfig, TrafficMirrorFilter } from '../model/types';
import { evaluatePacket } from '../matcher/evaluate-packet';
import { makeSession } from '../matcher/fixtures';
import type { MirrorPacket } from '../matcher/types';
import { packetText } from './describe';
import { examplePacketForRule } from './examples';
import { analyzeFilterDirection } from './filter-analysis';
import { filterArb, packetsArb } from './test-arbitraries';

function single(filter: TrafficMirrorFilter): MirrorConfig {
  return {
    sessions: [
      makeSession({ id: 's', traffic_mirror_sources: ['eni-1'], traffic_mirror_filter_id: filter.id }),
    ],
    filters: [filter],
  };
}

function without(filter: TrafficMirrorFilter, ruleId: string): TrafficMirrorFilter {
  return {
    ...filter,
    ingress_rules: filter.ingress_rules.filter((r) => r.id !== ruleId),
    egress_rules: filter.egress_rules.filter((r) => r.id !== ruleId),
  };
}

const DIRECTIONS: Direction[] = ['ingress', 'egress'];

/** Thousands of cases against the matcher: allow for a busy machine. */
const PROPERTY_TIMEOUT = 120_000;

/** What the analysis of one direction gets wrong according to the matcher (empty when right). */
function problems(
  filter: TrafficMirrorFilter,
  direction: Direction,
  packets: MirrorPacket[],
  picked?: string,
) {
  const out: string[] = [];
  const config = single(filter);
  const reason = (c: MirrorConfig, p: MirrorPacket) => evaluatePacket(c, p).reason;
  const analysis = analyzeFilterDirection(filter, direction, { sourceId: 'eni-1' });
  const inDirection = packets.filter((p) => p.direction === direction);
  const status = new Map(analysis.rules.map((r) => [r.ruleId, r.status]));
  for (const p of inDirection) {
    const v = evaluatePacket(config, p);
    const deciding = v.rule_id ? status.get(v.rule_id) : 'decides';
    if (deciding !== 'decides' && deciding !== 'redundant')
      out.push(`${v.rule_id} (${deciding}) decides ${packetText(p)}`);
    if (analysis.copiesNothing && v.reason === 'ACCEPTED')
      out.push(`copies nothing, yet accepts ${packetText(p)}`);
  }
  let accepts = false;
  for (const rule of analysis.rules) {
    if (rule.ruleId === picked) {
      const found = examplePacketForRule(filter, rule.ruleId, 'eni-1');
      if (JSON.stringify(found.found ? found.packet : null) !== JSON.stringify(rule.example)) {
        out.push(`examplePacketForRule(${rule.ruleId}) differs from the analysis`);
      }
    }
    if (rule.status === 'shadowed' || rule.status === 'matches-nothing') {
      if (rule.example) out.push(`${rule.ruleId} is ${rule.status} but has an example`);
      continue;
    }
    const verdict = evaluatePacket(config, rule.example!);
    if (verdict.rule_id !== rule.ruleId) out.push(`example of ${rule.ruleId} decided by ${verdict.rule_id}`);
    accepts ||= verdict.reason === 'ACCEPTED';
    const reduced = single(without(filter, rule.ruleId));
    const checked = rule.status === 'decides' ? [rule.removalExample!] : [rule.example!, ...inDirection];
    for (const p of checked) {
      const changed = reason(reduced, p) !== reason(config, p);
      if (changed !== (rule.status === 'decides'))
        out.push(`deleting ${rule.ruleId} (${rule.status}): ${packetText(p)}`);
    }
  }
  if (accepts === analysis.copiesNothing) out.push(`copiesNothing is ${analysis.copiesNothing}`);
  return out;
}

describe('analyzeFilterDirection agrees with evaluatePacket', () => {
  it(
    'examples, shadowed, redundant and necessary rules, copies-nothing',
    () => {
      fc.assert(
        fc.property(filterArb('f'), packetsArb, fc.nat(), (filter, packets, pick) => {
          const all = [...filter.ingress_rules, ...filter.egress_rules];
          const picked = all[pick % Math.max(1, all.length)]?.id;
          expect(DIRECTIONS.flatMap((d) => problems(filter, d, packets, picked))).toEqual([]);
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
