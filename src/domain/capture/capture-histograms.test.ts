import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeFilter, makeRule, makeSession } from '../matcher/fixtures';
import type { MirrorConfig } from '../model/types';
import { copySize } from '../net/copy-size';
import { VXLAN_IP_OVERHEAD } from '../net/packet-vxlan';
import {
  copyLimitsOf,
  HistogramTally,
  mergeHistograms,
  SIZE_BINS,
  TIME_BUCKETS,
  topWithOther,
  type CopyLimits,
} from './capture-histograms';
import { evaluateCapture } from './evaluate-capture';
import { generateCapture } from './synthetic-capture';

/** Outcome 0: no copy; 1: a 96-byte session; 2: a 1460-byte session; on a source of MTU 1450. */
const PACKET_LENGTHS = [0, 96, 1460];
const MTU = 1450;
const plan: CopyLimits = {
  packetLengths: Int32Array.from(PACKET_LENGTHS),
  limits: Int32Array.from(PACKET_LENGTHS, (n) => Math.min(n, MTU - VXLAN_IP_OVERHEAD)),
  mtu: MTU,
  mtuAssumed: false,
};

interface Packet {
  seconds: number;
  micros: number;
  result: number;
  frame: number;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function tally(packets: readonly Packet[]) {
  const t = new HistogramTally(plan);
  for (const p of packets) t.add(p.seconds, p.micros * 1000, p.result, p.frame);
  return t.result();
}

const packetArb = fc.record({
  seconds: fc.integer({ min: 1_700_000_000, max: 1_700_100_000 }),
  micros: fc.integer({ min: 0, max: 999_999 }),
  result: fc.integer({ min: -5, max: 2 }),
  frame: fc.integer({ min: 14, max: 9014 }),
});

describe('HistogramTally', () => {
  it.each([
    { frame: 60, outcome: 1, kind: 'whole', outer: 96 },
    { frame: 200, outcome: 1, kind: 'cutByLength', outer: 132 },
    { frame: 1464, outcome: 2, kind: 'cutByMtu', outer: 1450 },
    { frame: 1400, outcome: 2, kind: 'whole', outer: 1436 },
  ] as const)('a $frame-byte frame copied by outcome $outcome is $kind ($outer bytes)', (row) => {
    const { sizes, time } = tally([{ seconds: 1, micros: 0, result: row.outcome, frame: row.frame }]);
    const bin = Math.floor((row.outer * SIZE_BINS - 1) / MTU);
    expect(sizes[row.kind][bin]).toBe(1);
    expect(time?.bytes).toEqual([14 + row.outer]);
  });

  it('counts skipped and uncopied packets in time but not in sizes', () => {
    const { sizes, time } = tally([
      { seconds: 5, micros: 0, result: -1, frame: 0 },
      { seconds: 5, micros: 0, result: 0, frame: 100 },
    ]);
    expect(time).toMatchObject({ packets: [2], copies: [0], bytes: [0] });
    expect(sum([...sizes.whole, ...sizes.cutByLength, ...sizes.cutByMtu])).toBe(0);
  });

  it('has no time intervals before the first packet', () => {
    expect(tally([]).time).toBeNull();
  });

  it('agrees with a naive tally of every packet (copySize decides the cuts)', () => {
    fc.assert(
      fc.property(fc.array(packetArb, { minLength: 1, maxLength: 200 }), (packets) => {
        const { time, sizes } = tally(packets);
        if (!time) throw new Error('no intervals');
        const copied = packets.filter((p) => p.result > 0);
        // Totals: every packet in one interval, every copy in one interval and one size class.
        expect(sum(time.packets)).toBe(packets.length);
        expect(sum(time.copies)).toBe(copied.length);
        expect(sum(sizes.whole) + sum(sizes.cutByLength) + sum(sizes.cutByMtu)).toBe(copied.length);
        // At most TIME_BUCKETS intervals, and no shorter power of two would have fitted.
        const times = packets.map((p) => p.seconds * 1e6 + p.micros);
        const span = (w: number) => Math.floor(Math.max(...times) / w) - Math.floor(Math.min(...times) / w);
        expect(time.packets.length).toBeLessThanOrEqual(TIME_BUCKETS);
        expect(time.packets.length).toBe(span(time.width) + 1);
        if (time.width > 1) expect(span(time.width / 2)).toBeGreaterThanOrEqual(TIME_BUCKETS);
        // Each packet where the naive reference puts it.
        const packetsAt = new Array<number>(time.packets.length).fill(0);
        const bytesAt = new Array<number>(time.packets.length).fill(0);
        const kinds = { whole: 0, cutByLength: 0, cutByMtu: 0 };
        packets.forEach((p, i) => {
          const slot = Math.floor(times[i]! / time.width) - time.start / time.width;
          packetsAt[slot]!++;
          if (p.result <= 0) return;
          const size = copySize(PACKET_LENGTHS[p.result]!, MTU, p.frame - 14);
          bytesAt[slot]! += size.frame_bytes;
          kinds[
            size.truncated_by === null ? 'whole' : size.truncated_by === 'mtu' ? 'cutByMtu' : 'cutByLength'
          ]++;
        });
        expect(time.packets).toEqual(packetsAt);
        expect(time.bytes).toEqual(bytesAt);
        expect({
          whole: sum(sizes.whole),
          cutByLength: sum(sizes.cutByLength),
          cutByMtu: sum(sizes.cutByMtu),
        }).toEqual(kinds);
      }),
    );
  });
  it('gives the same charts whatever order the packets come in (time order is the fast path)', () => {
    fc.assert(
      fc.property(fc.array(packetArb, { minLength: 1, maxLength: 300 }), (packets) => {
        const inOrder = [...packets].sort((a, b) => a.seconds - b.seconds || a.micros - b.micros);
        expect(tally(inOrder)).toEqual(tally(packets));
      }),
    );
  });
});

describe('mergeHistograms', () => {
  it('gives the charts of one tally of a ++ b from the tallies of a and of b', () => {
    const part = fc.array(packetArb, { maxLength: 150 });
    fc.assert(
      fc.property(part, part, (a, b) => {
        expect(mergeHistograms(tally(a), tally(b))).toEqual(tally([...a, ...b]));
      }),
    );
  });

  it.each([
    { name: 'seconds apart', gap: 3 },
    { name: 'a day apart', gap: 86_400 },
    { name: 'years apart', gap: 3 * 366 * 86_400 },
  ])('folds a narrower chart into a wider one ($name)', ({ gap }) => {
    const burst = (at: number, n: number) =>
      Array.from({ length: n }, (_, i) => ({ seconds: at, micros: i * 7, result: i % 3, frame: 100 }));
    const spread = (at: number, n: number) =>
      Array.from({ length: n }, (_, i) => ({ seconds: at + i * 60, micros: 0, result: 1, frame: 2000 }));
    const a = burst(1_700_000_000, 40);
    const b = spread(1_700_000_000 + gap, 30);
    const merged = mergeHistograms(tally(a), tally(b));
    expect(merged).toEqual(tally([...a, ...b]));
    expect(mergeHistograms(tally(b), tally(a))).toEqual(merged);
  });

  it('keeps the other chart when one part has no packet', () => {
    const a = [{ seconds: 9, micros: 1, result: 1, frame: 60 }];
    expect(mergeHistograms(tally([]), tally(a))).toEqual(tally(a));
    expect(mergeHistograms(tally(a), tally([]))).toEqual(tally(a));
  });
});

describe('the tally fed by the capture evaluator', () => {
  it('counts every packet read, every copy made and every byte of the copies written', () => {
    const config: MirrorConfig = {
      filters: [
        makeFilter('filter-1', [
          makeRule({ id: 'in', direction: 'ingress', protocol: 'TCP' }),
          makeRule({ id: 'out', direction: 'egress', ethertype: 'IPv6' }),
        ]),
      ],
      sessions: [makeSession({ id: 's-1', traffic_mirror_sources: ['eni-a'], packet_length: 128 })],
    };
    const source = { source: 'eni-a', addresses: ['10.0.0.5', '2001:db8::5'] };
    const file = generateCapture({ packets: 20_000, ipv4: '10.0.0.5', ipv6: '2001:db8::5', seed: 3 });
    const tally = new HistogramTally(copyLimitsOf(config, 'eni-a'));
    const evaluation = evaluateCapture(file, config, { ...source, charts: tally });
    const { time, sizes } = tally.result();
    expect(evaluation.mirrored).toBeGreaterThan(0);
    expect(sum(time!.packets)).toBe(evaluation.total);
    expect(sum(time!.copies)).toBe(evaluation.mirrored);
    expect(sum(sizes.whole) + sum(sizes.cutByLength) + sum(sizes.cutByMtu)).toBe(evaluation.mirrored);
    expect(sum(sizes.cutByLength)).toBeGreaterThan(0);
    // The copies file: a 24-byte header, then a 16-byte record header and the frame of each copy.
    expect(sum(time!.bytes)).toBe(evaluation.copies.length - 24 - 16 * evaluation.mirrored);
  });
});

describe('topWithOther', () => {
  it('keeps the largest counts by name and sums the rest', () => {
    const rows = [
      { key: 'a', value: 1 },
      { key: 'b', value: 5 },
      { key: 'c', value: 2 },
      { key: 'd', value: 0 },
    ];
    expect(topWithOther(rows, 2)).toEqual({ top: [rows[1], rows[2]], other: 1 });
  });

  it('loses no count', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.string(), value: fc.nat(1000) })), fc.nat(10), (rows, n) => {
        const { top, other } = topWithOther(rows, n);
        expect(top.length).toBeLessThanOrEqual(n);
        expect(sum(top.map((r) => r.value)) + other).toBe(sum(rows.map((r) => r.value)));
      }),
    );
  });
});
