/**
 * Exact sets of packets as unions of disjoint boxes. A box fixes the ethertype and gives one
 * closed interval per dimension: IP protocol (on the axis of `protocolAxis`), source address,
 * destination address, source port, destination port (-1 standing for "no port"). Intervals
 * are bigints so that IPv6 addresses fit; analysis handles a few dozen boxes per set (10
 * rules per direction, 3 sessions per source), so clarity beats speed here.
 */

/** The IP version of a box: boxes of different versions never share a packet. */
export type Family = 4 | 6;

/** A closed interval `[low, high]`, never empty. */
export type Interval = readonly [bigint, bigint];

/** Protocol, source address, destination address, source port, destination port. */
export type Dims = readonly [Interval, Interval, Interval, Interval, Interval];

/** All packets of one IP version whose five fields each lie in their interval. */
export interface Box {
  readonly family: Family;
  readonly dims: Dims;
}

/** Disjoint boxes; the empty array is the empty set. */
export type BoxSet = readonly Box[];

/** Index of each dimension in `Box.dims`. */
export const PROTOCOL = 0;
export const SOURCE = 1;
export const DESTINATION = 2;
export const SOURCE_PORT = 3;
export const DESTINATION_PORT = 4;

const DIM_COUNT = 5;

function at(dims: Dims, index: number): Interval {
  return dims[index as 0]!;
}

function replaced(dims: Dims, index: number, value: Interval): Dims {
  const copy = [...dims] as Interval[];
  copy[index] = value;
  return copy as unknown as Dims;
}

/**
 * The common part of two boxes, or null when they share no point.
 *
 * @example intersectBox(tcpTo80, anyTcp) // tcpTo80
 */
export function intersectBox(a: Box, b: Box): Box | null {
  if (a.family !== b.family) return null;
  const dims: Interval[] = [];
  for (let i = 0; i < DIM_COUNT; i++) {
    const [aLow, aHigh] = at(a.dims, i);
    const [bLow, bHigh] = at(b.dims, i);
    const low = aLow > bLow ? aLow : bLow;
    const high = aHigh < bHigh ? aHigh : bHigh;
    if (low > high) return null;
    dims.push([low, high]);
  }
  return { family: a.family, dims: dims as unknown as Dims };
}

/** Whether two boxes share a point (without building the common box). */
function meets(a: Box, b: Box): boolean {
  if (a.family !== b.family) return false;
  for (let i = 0; i < DIM_COUNT; i++) {
    const [aLow, aHigh] = at(a.dims, i);
    const [bLow, bHigh] = at(b.dims, i);
    if (aLow > bHigh || bLow > aHigh) return false;
  }
  return true;
}

/**
 * `a` without `b`: at most two boxes per dimension, cut off one dimension after the other.
 *
 * @example subtractBox(ports1to100, port80).length // 2: ports 1-79 and 81-100
 */
export function subtractBox(a: Box, b: Box): Box[] {
  if (!meets(a, b)) return [a];
  const out: Box[] = [];
  let current = a.dims;
  for (let i = 0; i < DIM_COUNT; i++) {
    const [low, high] = at(current, i);
    const [cutLow, cutHigh] = at(b.dims, i);
    if (low < cutLow) out.push({ family: a.family, dims: replaced(current, i, [low, cutLow - 1n]) });
    if (high > cutHigh) out.push({ family: a.family, dims: replaced(current, i, [cutHigh + 1n, high]) });
    current = replaced(current, i, [low > cutLow ? low : cutLow, high < cutHigh ? high : cutHigh]);
  }
  return out;
}

/** The union of two boxes when it is a box: equal in four dimensions, touching in the fifth. */
function joined(a: Box, b: Box): Box | null {
  if (a.family !== b.family) return null;
  let apart = -1;
  for (let i = 0; i < DIM_COUNT; i++) {
    const [aLow, aHigh] = at(a.dims, i);
    const [bLow, bHigh] = at(b.dims, i);
    if (aLow === bLow && aHigh === bHigh) continue;
    if (apart !== -1 || (aHigh + 1n !== bLow && bHigh + 1n !== aLow)) return null;
    apart = i;
  }
  if (apart === -1) return a;
  const [aLow, aHigh] = at(a.dims, apart);
  const [bLow, bHigh] = at(b.dims, apart);
  return {
    family: a.family,
    dims: replaced(a.dims, apart, [aLow < bLow ? aLow : bLow, aHigh > bHigh ? aHigh : bHigh]),
  };
}

/**
 * The same set with fewer boxes where cheap: two boxes equal in four dimensions and
 * touching in the fifth become one, until no such pair is left.
 *
 * @example compact([ports1to79, ports80to100]) // [ports1to100]
 */
export function compact(set: BoxSet): BoxSet {
  if (set.length < 2) return set;
  const boxes = [...set];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const merged = joined(boxes[i]!, boxes[j]!);
      if (!merged) continue;
      boxes[i] = merged;
      boxes.splice(j, 1);
      // The grown box may now join boxes already passed over.
      i = -1;
      break;
    }
  }
  return boxes;
}

/**
 * The packets of `set` that are not in `cut`, exactly.
 *
 * @example subtract([anyTcp], [tcpTo80]) // TCP packets to every destination port but 80
 */
export function subtract(set: BoxSet, cut: BoxSet): BoxSet {
  let current: Box[] = [...set];
  for (const b of cut) {
    if (current.length === 0) break;
    current = current.flatMap((a) => subtractBox(a, b));
  }
  return compact(current);
}

/**
 * The packets in both sets.
 *
 * @example intersect([anyTcp], [ruleTo10_0_0_0_8]) // TCP packets to 10.0.0.0/8
 */
export function intersect(a: BoxSet, b: BoxSet): BoxSet {
  const out: Box[] = [];
  for (const x of a) {
    for (const y of b) {
      const common = meets(x, y) ? intersectBox(x, y) : null;
      if (common) out.push(common);
    }
  }
  return compact(out);
}

/**
 * The packets in either set (the result stays disjoint).
 *
 * @example union([tcpTo80], [tcpTo443]).length // 2
 */
export function union(a: BoxSet, b: BoxSet): BoxSet {
  return compact([...a, ...subtract(b, a)]);
}

/** Whether two sets share a packet. @example overlaps([anyTcp], [anyUdp]) // false */
export function overlaps(a: BoxSet, b: BoxSet): boolean {
  return a.some((x) => b.some((y) => meets(x, y)));
}

/**
 * Whether a point lies in the set (used by tests as the brute-force oracle).
 *
 * @example contains([port80Box], 4, [6n, 0n, 0n, -1n, 80n]) // true
 */
export function contains(set: BoxSet, family: Family, point: readonly bigint[]): boolean {
  return set.some(
    (box) =>
      box.family === family &&
      point.every((value, i) => value >= at(box.dims, i)[0] && value <= at(box.dims, i)[1]),
  );
}
