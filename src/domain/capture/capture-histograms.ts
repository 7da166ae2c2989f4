/**
 * The pictures of a capture, tallied while it is read (docs/architecture.md, "Pictures"): packets,
 * copies and bytes on the wire per interval of the capture's time, and the sizes of the copies
 * against the source's MTU. Fixed-size arrays only, whatever the number of packets.
 */
import { compileConfig } from '../matcher/compile-config';
import type { Outcome } from '../matcher/types';
import type { MirrorConfig } from '../model/types';
import { copyLimit, OUTER_ETHERNET_BYTES, sourceMtu } from '../net/copy-size';
import { VXLAN_IP_OVERHEAD } from '../net/packet-vxlan';
import { findPort } from '../network/inventory-lookup';

/** Most intervals of the time chart; the interval doubles until the capture fits. */
export const TIME_BUCKETS = 48;
/** Size classes of the copies, the last one ending at the MTU. */
export const SIZE_BINS = 20;
/** Sessions or rules shown by name; the rest are summed as "other". */
export const TOP_GROUPS = 6;

/** Packets, copies and bytes on the wire per interval, from `start` (microseconds since 1970). */
export interface TimeBuckets {
  start: number;
  /** Length of one interval in microseconds (a power of two). */
  width: number;
  packets: number[];
  copies: number[];
  /** Bytes of the copies' frames on the wire (outer Ethernet header included). */
  bytes: number[];
}

/** Copies per size class of their outer IP packet: class k holds sizes in (k, k + 1] × mtu / count. */
export interface SizeBins {
  mtu: number;
  /** True when the source's MTU is not reported and the assumed one stands in. */
  mtuAssumed: boolean;
  whole: number[];
  /** Copies cut to the session's packet length. */
  cutByLength: number[];
  /** Copies cut further so that they fit the MTU. */
  cutByMtu: number[];
}

/** What the capture's charts draw. `time` is null when no packet was read. */
export interface CaptureHistograms {
  time: TimeBuckets | null;
  sizes: SizeBins;
}

/** How the copies of each outcome are cut: inner-frame bytes allowed, and the session's packet length (0: no copy). */
export interface CopyLimits {
  limits: Int32Array;
  packetLengths: Int32Array;
  mtu: number;
  mtuAssumed: boolean;
}

/**
 * The copy limits of every outcome of `config` for packets of interface `source`, with the
 * rule of `copySize` (docs/behaviour.md, "The copy on the wire").
 * Why: the tally classifies each copy with two array reads instead of an object per packet.
 */
export function copyLimitsOf(
  config: MirrorConfig,
  source: string,
  outcomes?: readonly Outcome[],
): CopyLimits {
  const list = outcomes ?? compileConfig(config).outcomes;
  const reported = config.inventory ? findPort(config.inventory, source)?.mtu : undefined;
  const { mtu, assumed } = sourceMtu(reported);
  const limits = new Int32Array(list.length);
  const packetLengths = new Int32Array(list.length);
  list.forEach((outcome, i) => {
    if (!outcome.mirrored || !outcome.session) return;
    packetLengths[i] = outcome.session.packet_length;
    limits[i] = copyLimit(outcome.session.packet_length, mtu);
  });
  return { limits, packetLengths, mtu, mtuAssumed: assumed };
}

/**
 * Tallies the charts' data packet by packet (`add`), in fixed-size arrays: the time intervals
 * double in length (neighbours merged) whenever a packet falls outside the ones kept.
 *
 * @example
 * const tally = new HistogramTally(copyLimitsOf(config, 'port-1'));
 * tally.add(1700000000, 0, 3, 74); // a packet copied by outcome 3, 74 bytes captured
 * tally.result().sizes.whole; // one copy in the class of 36 + 74 bytes
 */
export class HistogramTally {
  private readonly packets = new Float64Array(TIME_BUCKETS);
  private readonly copies = new Float64Array(TIME_BUCKETS);
  private readonly bytes = new Float64Array(TIME_BUCKETS);
  private readonly whole = new Float64Array(SIZE_BINS);
  private readonly cutByLength = new Float64Array(SIZE_BINS);
  private readonly cutByMtu = new Float64Array(SIZE_BINS);
  /** Interval of slot 0, counted in intervals since 1970; lowest and highest interval used. */
  private first = 0;
  private low = Infinity;
  private high = -Infinity;
  private width = 1;
  /** The slot of the last packet, and its time range [from, to) in microseconds. */
  private slot = 0;
  private from = Infinity;
  private to = -Infinity;

  constructor(private readonly plan: CopyLimits) {}

  /**
   * Counts one packet captured at `seconds` + `nanoseconds` with result `result` (an outcome
   * index, or negative when skipped); `frameBytes`: the inner frame bytes the file holds.
   * Why the last slot is remembered: packets come in time order, so nearly every packet falls
   * in the interval of the one before, and finding it again would cost a division a packet.
   */
  add(seconds: number, nanoseconds: number, result: number, frameBytes: number): void {
    const time = seconds * 1e6 + ((nanoseconds / 1000) | 0);
    const slot = time >= this.from && time < this.to ? this.slot : this.locate(time);
    this.packets[slot]!++;
    if (result < 0) return;
    const limit = this.plan.limits[result]!;
    if (limit <= 0) return;
    const copied = frameBytes < limit ? frameBytes : limit;
    const outer = VXLAN_IP_OVERHEAD + copied;
    this.copies[slot]!++;
    this.bytes[slot]! += OUTER_ETHERNET_BYTES + outer;
    const bin = Math.min(SIZE_BINS - 1, Math.max(0, Math.floor((outer * SIZE_BINS - 1) / this.plan.mtu)));
    if (copied === frameBytes) this.whole[bin]!++;
    else if (copied < Math.min(frameBytes, this.plan.packetLengths[result]!)) this.cutByMtu[bin]!++;
    else this.cutByLength[bin]!++;
  }

  /** The slot of a packet at `time`, lengthening the intervals when it falls outside those kept. */
  private locate(time: number): number {
    let at = Math.floor(time / this.width);
    if (at < this.first || at >= this.first + TIME_BUCKETS) at = this.fit(at, time);
    if (at < this.low) this.low = at;
    if (at > this.high) this.high = at;
    this.slot = at - this.first;
    this.from = at * this.width;
    this.to = this.from + this.width;
    return this.slot;
  }

  /** The charts' data so far: the intervals from the first to the last one used. */
  result(): CaptureHistograms {
    const { low, high, first } = this;
    const used = (values: Float64Array) => Array.from(values.subarray(low - first, high - first + 1));
    return {
      time:
        low > high
          ? null
          : {
              start: low * this.width,
              width: this.width,
              packets: used(this.packets),
              copies: used(this.copies),
              bytes: used(this.bytes),
            },
      sizes: {
        mtu: this.plan.mtu,
        mtuAssumed: this.plan.mtuAssumed,
        whole: Array.from(this.whole),
        cutByLength: Array.from(this.cutByLength),
        cutByMtu: Array.from(this.cutByMtu),
      },
    };
  }

  /** Lengthens the intervals until interval `at` fits with those used; returns its new number. */
  private fit(at: number, time: number): number {
    if (this.low > this.high) {
      this.first = at;
      return at;
    }
    let low = Math.min(this.low, at);
    let high = Math.max(this.high, at);
    let factor = 1;
    while (high - low >= TIME_BUCKETS) {
      factor *= 2;
      low = Math.floor(low / 2);
      high = Math.floor(high / 2);
    }
    for (const values of [this.packets, this.copies, this.bytes]) {
      const old = Float64Array.from(values);
      values.fill(0);
      for (let slot = this.low - this.first; slot <= this.high - this.first; slot++) {
        values[Math.floor((this.first + slot) / factor) - low]! += old[slot]!;
      }
    }
    this.low = Math.floor(this.low / factor);
    this.high = Math.floor(this.high / factor);
    this.first = low;
    this.width *= factor;
    return Math.floor(time / this.width);
  }
}

/** `values` added cell by cell to `into` (same length). */
function addInto(into: number[], values: readonly number[]): number[] {
  return into.map((n, i) => n + values[i]!);
}

/** Folds `time` into intervals `width` long (a multiple of its own): interval number to counts. */
function foldTime(time: TimeBuckets, width: number, into: Map<number, [number, number, number]>): void {
  const first = time.start / time.width;
  const factor = width / time.width;
  time.packets.forEach((packets, i) => {
    const at = Math.floor((first + i) / factor);
    const cell = into.get(at) ?? [0, 0, 0];
    cell[0] += packets;
    cell[1] += time.copies[i]!;
    cell[2] += time.bytes[i]!;
    into.set(at, cell);
  });
}

/** The two time charts as one, in intervals of the wider's width, doubled until they fit. */
function mergeTime(a: TimeBuckets | null, b: TimeBuckets | null): TimeBuckets | null {
  if (!a || !b) return a ?? b;
  let width = Math.max(a.width, b.width);
  const starts = [a.start, b.start];
  const ends = [a.start + a.width * (a.packets.length - 1), b.start + b.width * (b.packets.length - 1)];
  const span = (w: number) => Math.floor(Math.max(...ends) / w) - Math.floor(Math.min(...starts) / w);
  while (span(width) >= TIME_BUCKETS) width *= 2;
  const cells = new Map<number, [number, number, number]>();
  foldTime(a, width, cells);
  foldTime(b, width, cells);
  const low = Math.floor(Math.min(...starts) / width);
  const length = span(width) + 1;
  const column = (k: number) => Array.from({ length }, (_, i) => cells.get(low + i)?.[k] ?? 0);
  return { start: low * width, width, packets: column(0), copies: column(1), bytes: column(2) };
}

/**
 * The charts of packets `a ++ b` from the charts of `a` and of `b`, exactly as one tally of
 * them all would give: intervals are powers of two aligned to multiples of their length since
 * 1970, so the narrower chart's intervals fold into the wider's, which then doubles until the
 * whole fits in TIME_BUCKETS; size classes add up.
 * Why: a big file is read by two workers at once, a part each, each tallying its own charts.
 *
 * @example mergeHistograms(first.result(), second.result()).time?.packets // both parts' packets
 */
export function mergeHistograms(a: CaptureHistograms, b: CaptureHistograms): CaptureHistograms {
  return {
    time: mergeTime(a.time, b.time),
    sizes: {
      ...a.sizes,
      whole: addInto(a.sizes.whole, b.sizes.whole),
      cutByLength: addInto(a.sizes.cutByLength, b.sizes.cutByLength),
      cutByMtu: addInto(a.sizes.cutByMtu, b.sizes.cutByMtu),
    },
  };
}

/** A count by name (a session, a rule): its key and how many. */
export interface Counted {
  key: string;
  value: number;
}

/**
 * The `n` largest counts, largest first (ties by key), and the sum of the rest.
 * Why: a picture with more than a handful of parts cannot be read; the table lists them all.
 *
 * @example topWithOther([{ key: 'a', value: 1 }, { key: 'b', value: 5 }, { key: 'c', value: 2 }], 2)
 * // { top: [b 5, c 2], other: 1 }
 */
export function topWithOther<T extends Counted>(rows: readonly T[], n: number): { top: T[]; other: number } {
  const sorted = rows
    .filter((row) => row.value > 0)
    .sort((a, b) => b.value - a.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const top = sorted.slice(0, n);
  const other = sorted.slice(n).reduce((sum, row) => sum + row.value, 0);
  return { top, other };
}
