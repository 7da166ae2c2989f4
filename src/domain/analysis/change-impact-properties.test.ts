/**
 * Change impact against the shared matcher, on random edits (a rule replaced, added or
 * removed): every example changes verdict as its kind says, and every change seen on random
 * packets is reported.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Direction, MirrorConfig, TrafficMirrorFilter } from '../model/types';
import { evaluatePacket } from '../matcher/evaluate-packet';
import { makeSession } from '../matcher/fixtures';
import type { MirrorPacket } from '../matcher/types';
import { changeImpact, type ChangeImpact } from './change-impact';
import { packetText } from './describe';
import { filterOf, packetsArb, ruleFields } from './test-arbitraries';

/** Thousands of cases against the matcher: allow for a busy machine. */
const PROPERTY_TIMEOUT = 120_000;
const DIRECTIONS: Direction[] = ['ingress', 'egress'];
type Kind = 'lost' | 'gained' | 'fallThrough' | 'retargeted';

const editArb = fc
  .tuple(
    fc.array(ruleFields, { maxLength: 8 }),
    ruleFields,
    fc.nat(),
    fc.constantFrom('replace', 'add', 'remove'),
  )
  .map(([fields, replacement, at, edit]) => {
    const edited = [...fields];
    if (edit === 'add') edited.splice(at % (fields.length + 1), 0, replacement);
    else if (edit === 'remove') edited.splice(at % Math.max(1, fields.length), 1);
    else edited[at % Math.max(1, fields.length)] = replacement;
    return { before: filterOf('f', fields), after: filterOf('f', edited) };
  });

function outcome(config: MirrorConfig, packet: MirrorPacket): string {
  const v = evaluatePacket(config, packet);
  return `${v.reason}:${v.target_type}:${v.target_id}`;
}

/** How a verdict changed: copied or not, to which target, or rejected versus undecided. */
function kindOf(before: string, after: string): Kind | null {
  const [b, a] = [before.startsWith('ACCEPTED'), after.startsWith('ACCEPTED')];
  if (before === after) return null;
  if (b !== a) return b ? 'lost' : 'gained';
  return b ? 'retargeted' : 'fallThrough';
}

/** Examples of the wrong kind, and changes seen on random packets but not reported. */
function problems(
  impact: ChangeImpact,
  packets: MirrorPacket[],
  pair: (p: MirrorPacket) => [string, string],
  ignored: Kind[],
) {
  const out: string[] = [];
  for (const kind of ['lost', 'gained', 'fallThrough', 'retargeted'] as const) {
    if (impact[kind].any !== impact[kind].examples.length > 0)
      out.push(`${kind}.any disagrees with its examples`);
    for (const p of impact[kind].examples) {
      const seen = kindOf(...pair(p));
      if (seen !== kind) out.push(`${kind} example ${packetText(p)} is ${seen}`);
    }
  }
  for (const p of packets.filter((q) => q.direction === impact.direction)) {
    const seen = kindOf(...pair(p));
    if (seen && !ignored.includes(seen) && !impact[seen].any)
      out.push(`${seen} not reported: ${packetText(p)}`);
  }
  return out;
}

const single = (filter: TrafficMirrorFilter): MirrorConfig => ({
  sessions: [
    makeSession({ id: 's', traffic_mirror_sources: ['eni-1'], traffic_mirror_filter_id: filter.id }),
  ],
  filters: [filter],
});

describe('changeImpact agrees with evaluatePacket', () => {
  it(
    'filter alone: lost, gained and fall-through',
    () => {
      fc.assert(
        fc.property(editArb, packetsArb, ({ before, after }, packets) => {
          const [old, edited] = [single(before), single(after)];
          const pair = (p: MirrorPacket): [string, string] => [outcome(old, p), outcome(edited, p)];
          const found = DIRECTIONS.flatMap((direction) => {
            const impact = changeImpact(before, after, direction, { sourceId: 'eni-1' });
            return problems(impact, packets, pair, []);
          });
          expect(found).toEqual([]);
        }),
        { numRuns: 800 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'for a source: lost, gained and retargeted across all its sessions',
    () => {
      const sessions = fc.array(
        fc.record({
          filter: fc.constantFrom('f', 'g'),
          target: fc.constantFrom('t1', 't2'),
          on: fc.boolean(),
        }),
        { minLength: 1, maxLength: 3 },
      );
      // The other filter often ends accepting everything, so that packets the edit lets
      // through are copied by a lower session (possibly to another target).
      const catchAll = (['ingress', 'egress'] as const).flatMap((direction) =>
        (['IPv4', 'IPv6'] as const).map((ethertype) => ({ direction, ethertype, action: 'accept' as const })),
      );
      const otherArb = fc
        .tuple(fc.array(ruleFields, { maxLength: 4 }), fc.boolean())
        .map(([fields, all]) => filterOf('g', all ? [...fields, ...catchAll] : fields));
      fc.assert(
        fc.property(editArb, otherArb, sessions, packetsArb, ({ before, after }, other, list, packets) => {
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
          const pair = (p: MirrorPacket): [string, string] => [outcome(old, p), outcome(edited, p)];
          const found = DIRECTIONS.flatMap((direction) => {
            const impact = changeImpact(before, after, direction, { config: old, sourceId: 'eni-1' });
            // Rejected versus undecided is not a change for a source: neither copies.
            return problems(impact, packets, pair, ['fallThrough']);
          });
          expect(found).toEqual([]);
        }),
        { numRuns: 600 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
