/**
 * Box-set algebra against brute force: on a small grid (3 values per dimension) every set
 * operation agrees with the same operation on the points it contains.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compact,
  contains,
  intersect,
  overlaps,
  subtract,
  subtractBox,
  union,
  type Box,
  type BoxSet,
  type Dims,
  type Interval,
} from './box-set';

const interval: fc.Arbitrary<Interval> = fc
  .tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }))
  .map(([a, b]) => [BigInt(Math.min(a, b)), BigInt(Math.max(a, b))] as const);
const box: fc.Arbitrary<Box> = fc.record({
  family: fc.constantFrom(4 as const, 6 as const),
  dims: fc.tuple(interval, interval, interval, interval, interval) as fc.Arbitrary<Dims>,
});
/** A disjoint set built through the algebra itself from arbitrary boxes. */
const boxSet: fc.Arbitrary<BoxSet> = fc
  .array(box, { maxLength: 3 })
  .map((boxes) => boxes.reduce<BoxSet>((set, b) => [...set, ...subtract([b], set)], []));

const points: { family: 4 | 6; point: bigint[] }[] = [];
for (const family of [4, 6] as const) {
  for (let n = 0; n < 3 ** 5; n++) {
    points.push({ family, point: [0, 1, 2, 3, 4].map((d) => BigInt(Math.floor(n / 3 ** d) % 3)) });
  }
}

function members(set: BoxSet): string[] {
  return points
    .filter(({ family, point }) => contains(set, family, point))
    .map(({ family, point }) => `${family}:${point.join(',')}`);
}

function disjoint(set: BoxSet): boolean {
  return set.every((a, i) => set.slice(i + 1).every((b) => !overlaps([a], [b])));
}

describe('box-set algebra', () => {
  it('subtract, intersect, union and compact agree with the points they contain', () => {
    fc.assert(
      fc.property(boxSet, boxSet, (a, b) => {
        const inA = members(a);
        const inB = new Set(members(b));
        const difference = subtract(a, b);
        const common = intersect(a, b);
        const either = union(a, b);
        expect(members(difference)).toEqual(inA.filter((p) => !inB.has(p)));
        expect(members(common)).toEqual(inA.filter((p) => inB.has(p)));
        expect(new Set(members(either))).toEqual(new Set([...inA, ...inB]));
        expect(members(compact([...a]))).toEqual(inA);
        expect(overlaps(a, b)).toBe(common.length > 0);
        for (const set of [difference, common, either]) expect(disjoint(set)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['inside cut', [1n, 2n], [0n, 3n], 0],
    ['cut inside', [0n, 3n], [1n, 2n], 2],
    ['cut on the low side', [0n, 3n], [0n, 1n], 1],
    ['disjoint', [0n, 1n], [2n, 3n], 1],
  ] as const)('subtractBox of one interval: %s', (_name, a, cut, count) => {
    const full: Interval = [0n, 3n];
    const make = (first: Interval): Box => ({ family: 4, dims: [first, full, full, full, full] });
    expect(subtractBox(make(a), make(cut))).toHaveLength(count);
  });

  it('compact joins neighbours that are equal in the other dimensions', () => {
    const full: Interval = [0n, 3n];
    const low: Box = { family: 4, dims: [[0n, 1n], full, full, full, full] };
    const high: Box = { family: 4, dims: [[2n, 3n], full, full, full, full] };
    expect(compact([high, low])).toEqual([{ family: 4, dims: [full, full, full, full, full] }]);
    expect(compact([low, { ...high, family: 6 }])).toHaveLength(2);
  });
});
