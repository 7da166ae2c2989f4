/**
 * Bit-vector index of a rule list (the classic packet-classification scheme): each
 * dimension (source port, destination port, each 32-bit word of the source and destination
 * addresses) is cut into elementary intervals, each holding the bit set of the rules that
 * accept every value in it. A packet's rules are the AND of one binary search per dimension;
 * the lowest set bit is the first rule in evaluation order. The quotas cap a list at 3
 * sessions x 10 rules = 30, so a 32-bit set holds it; longer lists (imported data) are
 * scanned row by row instead.
 *
 * An IPv6 prefix splits exactly into one interval per 32-bit word (whole word, part of it,
 * or anything), so an address condition is the AND of its word conditions.
 */
import type { NumericRule } from './compiled-rules';

export const MAX_BITSET_RULES = 32;
const MIN = -0x80000000;
const MAX = 0x7fffffff;

/**
 * The search key of an unsigned 32-bit address word: flipping the top bit makes signed
 * int32 order equal unsigned order, so keys fit an Int32Array.
 *
 * @example addressKey(0) // -2147483648; addressKey(0xffffffff) // 2147483647
 */
export function addressKey(word: number): number {
  return (word ^ 0x80000000) | 0;
}

/**
 * The inclusive key intervals a compiled rule accepts, in the dimension order `decide` reads
 * them: source port, destination port, source address words, destination address words.
 *
 * @example ruleIntervals(rule10slash8)[2] // [addressKey(0x0a000000), addressKey(0x0affffff)]
 */
export function ruleIntervals(rule: NumericRule): [number, number][] {
  const c = rule.cells;
  const words = rule.family === 4 ? 1 : 4;
  const out: [number, number][] = [
    [c[0]!, c[1]!],
    [c[2]!, c[3]!],
  ];
  for (let side = 0; side < 2; side++) {
    const masks = 4 + side * 2 * words;
    for (let i = 0; i < words; i++) {
      const mask = c[masks + i]!;
      const net = c[masks + words + i]!;
      out.push([addressKey(net), addressKey(net | ~mask)]);
    }
  }
  return out;
}

/** Whether every rule accepts every value from lo to hi (a packet port is -1 to 65535). */
function covers(d: { bounds: number[]; masks: number[] }, lo: number, hi: number, all: number): boolean {
  return d.bounds.every((start, i) => {
    const end = i + 1 < d.bounds.length ? d.bounds[i + 1]! - 1 : MAX;
    return end < lo || start > hi || d.masks[i] === all;
  });
}

/** Packet keys `decide` fills once per packet: 0 source port, 1 destination port, 2-5 source words, 6-9 destination words. */
export const KEY_COUNT = 10;

/**
 * Growing storage of dimensions: `dims` holds (key slot, offset, length) triples into
 * bounds/masks. Dimensions in which every rule accepts everything are left out, and the
 * others are ordered most intervals first, so a packet is ruled out with fewer searches.
 */
export class BitsetBuilder {
  readonly bounds: number[] = [];
  readonly masks: number[] = [];
  readonly dims: number[] = [];

  /**
   * Indexes a list of at most 32 rules; returns the start and end of its triples in `dims`.
   *
   * @example builder.addList([ruleA, ruleB]) // [0, 6] when two dimensions matter
   */
  addList(rules: readonly NumericRule[]): [number, number] {
    const start = this.dims.length;
    const intervals = rules.map(ruleIntervals);
    const words = rules[0]?.family === 6 ? 4 : 1;
    const slots = [0, 1];
    for (let i = 0; i < words; i++) slots.push(2 + i);
    for (let i = 0; i < words; i++) slots.push(6 + i);
    const columnOf = (slot: number) => (slot < 6 ? slot : 2 + words + slot - 6);
    const all = rules.length === 32 ? -1 : (1 << rules.length) - 1;
    const built = slots
      .map((slot) => ({ slot, ...this.dimension(intervals.map((r) => r[columnOf(slot)]!)) }))
      .filter((d) => !covers(d, d.slot < 2 ? -1 : MIN, d.slot < 2 ? 65535 : MAX, all))
      .sort((a, b) => b.bounds.length - a.bounds.length);
    for (const d of built) {
      this.dims.push(d.slot, this.bounds.length, d.bounds.length);
      this.bounds.push(...d.bounds);
      this.masks.push(...d.masks);
    }
    return [start, this.dims.length];
  }

  private dimension(intervals: readonly [number, number][]): { bounds: number[]; masks: number[] } {
    const points = new Set<number>([MIN]);
    for (const [lo, hi] of intervals) {
      points.add(lo);
      if (hi < MAX) points.add(hi + 1);
    }
    const bounds: number[] = [];
    const masks: number[] = [];
    for (const point of [...points].sort((a, b) => a - b)) {
      let mask = 0;
      intervals.forEach(([lo, hi], i) => {
        if (lo <= point && point <= hi) mask |= 1 << i;
      });
      if (mask === masks[masks.length - 1]) continue;
      bounds.push(point);
      masks.push(mask);
    }
    return { bounds, masks };
  }
}
