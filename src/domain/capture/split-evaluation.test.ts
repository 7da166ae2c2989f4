/**
 * A pcap file read in two parts, cut where `findRecordStart` finds a record near the middle,
 * gives the counts and packet index of the file read whole: the second part is read with the
 * file's header in front, and its index is appended with its offsets shifted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeFilter, makeRule, makeSession } from '../matcher/fixtures';
import { openPcap } from '../net/pcap-reader';
import { createCaptureRecord } from '../net/pcap-record';
import { findRecordStart } from '../net/pcap-split';
import { CaptureEvaluator } from './capture-evaluator';
import { PacketIndex } from './packet-index';
import { generateCapture } from './synthetic-capture';

const ME = '10.0.0.3';
const ME6 = '2001:db8::3';
const config = {
  filters: [
    makeFilter('filter-1', [
      makeRule({ id: 'web', protocol: 'TCP', destination_port_range: '80-443' }),
      makeRule({ id: 'six', ethertype: 'IPv6' }),
      makeRule({
        id: 'dns',
        direction: 'egress',
        protocol: 'UDP',
        action: 'reject',
        destination_port_range: '53-53',
      }),
      makeRule({ id: 'out', direction: 'egress', priority: 2, source_cidr_block: '10.0.0.0/8' }),
    ]),
  ],
  sessions: [makeSession({ id: 's', traffic_mirror_sources: ['eni'] })],
};

function evaluate(bytes: Uint8Array[], size: number) {
  const index = new PacketIndex();
  const evaluator = new CaptureEvaluator(config, {
    source: 'eni',
    addresses: [ME, ME6],
    size,
    index,
    copies: false,
  });
  for (const chunk of bytes) evaluator.push(chunk);
  const evaluation = evaluator.finish();
  return { index, evaluation, ...evaluator.tallies() };
}

/** The byte offsets of every record of a pcap file. */
function recordStarts(file: Uint8Array): Set<number> {
  const opened = openPcap(file);
  if ('error' in opened) throw new Error(opened.error.code);
  const record = createCaptureRecord();
  const starts = new Set<number>();
  while (opened.reader.next(record)) starts.add(record.offset);
  return starts;
}

describe('a pcap file read in two parts', () => {
  it('gives the counts and packet index of the file read whole', () => {
    let cuts = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 600 }),
        fc.integer({ min: 1, max: 0x7fffffff }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.integer({ min: 64, max: 4096 }),
        (packets, seed, where, chunk) => {
          const file = generateCapture({ packets, ipv4: ME, ipv6: ME6, seed, small: seed % 2 === 0 });
          const middle = Math.floor(file.length * where);
          const at = findRecordStart(file.subarray(0, 40), file.subarray(middle, middle + 4096));
          if (at < 0) return;
          const cut = middle + at;
          cuts++;
          expect(recordStarts(file).has(cut)).toBe(true);
          const whole = evaluate([file], file.length);
          const slices = (bytes: Uint8Array) =>
            Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) =>
              bytes.subarray(i * chunk, (i + 1) * chunk),
            );
          const first = evaluate(slices(file.subarray(0, cut)), cut);
          const second = evaluate(
            [file.subarray(0, 24), ...slices(file.subarray(cut))],
            24 + file.length - cut,
          );
          expect(first.evaluation.error).toBeNull();
          expect(second.evaluation.error).toBeNull();
          first.index.append(second.index.parts(), cut - 24);
          expect(first.decided.map((n, i) => n + second.decided[i]!)).toEqual(whole.decided);
          expect(first.skipped.map((n, k) => n + second.skipped[k]!)).toEqual(whole.skipped);
          expect(first.index.count).toBe(packets);
          const columns = (index: PacketIndex) =>
            Array.from({ length: packets }, (_, i) => `${index.offsetOf(i)}:${index.codeOf(i)}`).join(' ');
          expect(columns(first.index)).toBe(columns(whole.index));
        },
      ),
      { numRuns: 100 },
    );
    expect(cuts).toBeGreaterThan(80);
  });

  it('is cut nowhere a first part would not end exactly', () => {
    const file = generateCapture({ packets: 50, ipv4: ME, ipv6: ME6 });
    // A cut a byte past a record start leaves the first part's last record running past it.
    const starts = [...recordStarts(file)];
    const cut = starts[25]! + 1;
    const first = evaluate([file.subarray(0, cut)], cut);
    expect(first.evaluation.error?.code).toBe('TRUNCATED_RECORD');
  });
});

describe('findRecordStart', () => {
  const file = generateCapture({ packets: 200, ipv4: ME, ipv6: ME6, seed: 7 });
  it.each([
    {
      name: 'a start too short to hold the first record header',
      start: file.subarray(0, 39),
      window: file.subarray(5000, 9000),
    },
    {
      name: 'a file that is not classic pcap',
      start: new Uint8Array(40).fill(0x0a),
      window: file.subarray(5000, 9000),
    },
    { name: 'a window of zeros', start: file.subarray(0, 40), window: new Uint8Array(4096) },
    {
      name: 'a window shorter than eight records',
      start: file.subarray(0, 40),
      window: file.subarray(5000, 5400),
    },
  ])('finds nothing in $name', ({ start, window }) => {
    expect(findRecordStart(start, window)).toBe(-1);
  });
});
