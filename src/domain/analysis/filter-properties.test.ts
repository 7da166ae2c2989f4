/**
 * The filter analysis against the shared matcher, on random filters and packets: what it
 * says a rule decides, never decides or could lose without effect is what `evaluatePacket`
 * does, and change-impact examples really change verdicts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Direction, MirrorConfig, TrafficMirrorFilter } from '../model/types';
import { evaluatePacket } from '../matcher/evaluate-packet';
import { makeSession } from '../matcher/fixtures';
import type { MirrorPacket } from '../matcher/types';
import { changeImpact } from './change-impact';
import { examplePacketForRule } from './examples';
import { analyzeFilterDirection } from './filter-analysis';
import { filterArb, filterOf, packetsArb, ruleFields } from './test-arbitraries';

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

describe('analyzeFilterDirection agrees with evaluatePacket', () => {
  it('examples, shadowed, redundant and necessary rules, copies-nothing', () => {
    fc.assert(
      fc.property(filterArb('f'), packetsArb, fc.nat(), (filter, packets, pick) => {
        const config = single(filter);
        const all = [...filter.ingress_rules, ...filter.egress_rules];
        const picked = all[pick % Math.max(1, all.length)];
        for (const direction of DIRECTIONS) {
          const analysis = analyzeFilterDirection(filter, direction, { sourceId: 'eni-1' });
          const inDirection = packets.filter((p) => p.direction === direction);
          const verdicts = inDirection.map((p) => evaluatePacket(config, p));
          const status = new Map(analysis.rules.map((r) => [r.ruleId, r.status]));
          for (const v of verdicts) {
            if (v.rule_id) expect(['decides', 'redundant']).toContain(status.get(v.rule_id));
          }
          if (analysis.copiesNothing) expect(verdicts.some((v) => v.reason === 'ACCEPTED')).toBe(false);
          let accepts = false;
          for (const rule of analysis.rules) {
            if (rule.ruleId === picked?.id) {
              const found = examplePacketForRule(filter, rule.ruleId, 'eni-1');
              expect(found.found ? found.packet : null).toEqual(rule.example);
            }
            if (rule.status === 'shadowed' || rule.status === 'matches-nothing') {
              expect(rule.example).toBeNull();
              continue;
            }
            const example = rule.example!;
            const verdict = evaluatePacket(config, example);
            expect(verdict.rule_id).toBe(rule.ruleId);
            accepts ||= verdict.reason === 'ACCEPTED';
            const reduced = single(without(filter, rule.ruleId));
            if (rule.status === 'decides') {
              const changed = rule.removalExample!;
              expect(evaluatePacket(reduced, changed).reason).not.toBe(
                evaluatePacket(config, changed).reason,
              );
            } else {
              for (const p of [example, ...inDirection]) {
                expect(evaluatePacket(reduced, p).reason).toBe(evaluatePacket(config, p).reason);
              }
            }
          }
          expect(accepts).toBe(!analysis.copiesNothing);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

/** `before` with one rule replaced, added or removed. */
const editArb = fc
  .tuple(
    fc.array(ruleFields, { maxLength: 8 }),
    ruleFields,
    fc.nat(),
    fc.constantFrom('replace', 'add', 'remove'),
  )
  .map(([fields, replacement, at, edit]) => {
    const index = fields.length === 0 ? 0 : at % fields.length;
    const edited = [...fields];
    if (edit === 'add') edited.splice(at % (fields.length + 1), 0, replacement);
    else if (edit === 'remove') edited.splice(index, 1);
    else edited[index] = replacement;
    return { before: filterOf('f', fields), after: filterOf('f', edited) };
  });

function outcome(config: MirrorConfig, packet: MirrorPacket): string {
  const v = evaluatePacket(config, packet);
  return `${v.reason}:${v.target_type}:${v.target_id}`;
}

describe('changeImpact agrees with evaluatePacket', () => {
  it('filter alone: examples change as reported, and every change seen is reported', () => {
    fc.assert(
      fc.property(editArb, packetsArb, ({ before, after }, packets) => {
        for (const direction of DIRECTIONS) {
          const impact = changeImpact(before, after, direction, { sourceId: 'eni-1', limit: 3 });
          const reasons = (p: MirrorPacket) => [
            evaluatePacket(single(before), p).reason,
            evaluatePacket(single(after), p).reason,
          ];
          for (const p of impact.lost.examples)
            expect(reasons(p)).toEqual(['ACCEPTED', expect.not.stringMatching('ACCEPTED')]);
          for (const p of impact.gained.examples)
            expect(reasons(p)).toEqual([expect.not.stringMatching('ACCEPTED'), 'ACCEPTED']);
          for (const p of impact.fallThrough.examples)
            expect([
              ['REJECTED', 'NO_MATCH'],
              ['NO_MATCH', 'REJECTED'],
            ]).toContainEqual(reasons(p));
          for (const kind of ['lost', 'gained', 'fallThrough'] as const) {
            expect(impact[kind].any).toBe(impact[kind].examples.length > 0);
          }
          for (const p of packets.filter((q) => q.direction === direction)) {
            const [b, a] = reasons(p);
            if (b === 'ACCEPTED' && a !== 'ACCEPTED') expect(impact.lost.any).toBe(true);
            if (b !== 'ACCEPTED' && a === 'ACCEPTED') expect(impact.gained.any).toBe(true);
            if (b !== a && b !== 'ACCEPTED' && a !== 'ACCEPTED') expect(impact.fallThrough.any).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('for a source: lost, gained and retargeted follow the verdicts of all its sessions', () => {
    const sessions = fc.array(
      fc.record({ filter: fc.constantFrom('f', 'g'), target: fc.constantFrom('t1', 't2'), on: fc.boolean() }),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(
        editArb,
        filterArb('g', 5),
        sessions,
        packetsArb,
        ({ before, after }, other, list, packets) => {
          const make = (f: TrafficMirrorFilter): MirrorConfig => ({
            filters: [f, other],
            sessions: list.map((s, i) =>
              makeSession({
                id: `s${i}`,
                priority: i + 1,
                traffic_mirror_sources: ['eni-1'],
                traffic_mirror_filter_id: s.filter,
                traffic_mirror_target_id: s.target,
                enabled: s.on || i === 0,
              }),
            ),
          });
          const [old, edited] = [make(before), make(after)];
          for (const direction of DIRECTIONS) {
            const impact = changeImpact(before, after, direction, { config: old, sourceId: 'eni-1' });
            const pair = (p: MirrorPacket) => [outcome(old, p), outcome(edited, p)] as const;
            const copied = (o: string) => o.startsWith('ACCEPTED');
            for (const p of impact.lost.examples) expect(pair(p).map(copied)).toEqual([true, false]);
            for (const p of impact.gained.examples) expect(pair(p).map(copied)).toEqual([false, true]);
            for (const p of impact.retargeted.examples) {
              const [b, a] = pair(p);
              expect(copied(b) && copied(a) && a !== b).toBe(true);
            }
            expect(impact.fallThrough.any).toBe(false);
            for (const p of packets.filter((q) => q.direction === direction)) {
              const [b, a] = pair(p);
              if (copied(b) && !copied(a)) expect(impact.lost.any).toBe(true);
              if (!copied(b) && copied(a)) expect(impact.gained.any).toBe(true);
              if (copied(b) && copied(a) && a !== b) expect(impact.retargeted.any).toBe(true);
            }
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
