import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeFilter, makeRule, makeSession } from '../matcher/fixtures';
import type { MirrorConfig } from '../model/types';
import { buildEthernet, buildIpv4, buildIpv6 } from '../net/packet-builder';
import { buildPcapFile, buildPcapngFile } from '../net/pcap-builder';
import { CaptureEvaluator } from './capture-evaluator';
import { evaluateCapture, evaluateCaptureChunks } from './evaluate-capture';
import { generateCapture } from './synthetic-capture';

const ME4 = '192.168.0.27';
const ME6 = '2001:db8::1b';
const options = { source: 'eni-a', addresses: [ME4, ME6] };
const config: MirrorConfig = {
  sessions: [
    makeSession({
      id: 's',
      traffic_mirror_sources: ['eni-a'],
      traffic_mirror_filter_id: 'f',
      packet_length: 60,
    }),
  ],
  filters: [
    makeFilter('f', [
      makeRule({ id: 'web', protocol: 'TCP', destination_port_range: '80-443' }),
      makeRule({ id: 'out', direction: 'egress', priority: 2, destination_cidr_block: '10.0.0.0/8' }),
      makeRule({ id: 'v6', ethertype: 'IPv6', priority: 3 }),
    ]),
  ],
};

const small = [
  buildEthernet(
    buildIpv4({ src: '10.0.0.1', dst: ME4, protocol: 6, srcPort: 1000, dstPort: 80, payload: 30 }),
  ),
  buildEthernet(
    buildIpv6({ src: '2001:db8::9', dst: ME6, protocol: 17, srcPort: 1, dstPort: 2, extensions: [0] }),
  ),
  buildEthernet(buildIpv4({ src: ME4, dst: '10.0.0.1', protocol: 1 })),
];

function inChunks(file: Uint8Array, sizes: number[], streamCopies: boolean) {
  const pieces: number[] = [];
  const evaluator = new CaptureEvaluator(config, {
    ...options,
    ...(streamCopies ? { onCopies: (piece: Uint8Array) => pieces.push(...piece) } : {}),
  });
  let at = 0;
  for (let i = 0; at < file.length; i++) {
    const size = sizes[i % sizes.length] ?? 1;
    // A fresh copy each time: the evaluator must not keep a chunk beyond the call.
    const chunk = file.slice(at, at + size);
    at += size;
    evaluator.push(chunk);
    chunk.fill(0xee);
  }
  const result = evaluator.finish();
  return { ...result, copies: streamCopies ? Uint8Array.from(pieces) : result.copies };
}

describe('CaptureEvaluator fed in chunks', () => {
  const files = {
    pcap: buildPcapFile(small.map((data) => ({ data }))),
    pcapng: buildPcapngFile([
      { type: 'interface', linkType: 1 },
      { type: 'unknown', code: 0xbad, length: 20 },
      ...small.map((data) => ({ type: 'enhanced' as const, data })),
    ]),
  };

  it.each(Object.entries(files))(
    'gives the same result as the whole %s file, however it is cut',
    (_name, file) => {
      const whole = evaluateCapture(file, config, options);
      expect(whole.mirrored).toBe(3);
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 8 }),
          fc.integer({ min: 0, max: 40 }),
          fc.boolean(),
          (sizes, cut, stream) => {
            const bytes = cut === 0 ? file : file.subarray(0, file.length - cut);
            const expected = evaluateCapture(bytes, config, options);
            const got = inChunks(bytes, sizes, stream);
            expect(got).toEqual(expected);
          },
        ),
        { numRuns: 60 },
      );
    },
  );

  it('streams the copies of a long capture in pieces of about 1 MiB', () => {
    const file = generateCapture({ packets: 30000, ipv4: ME4, ipv6: ME6, seed: 7 });
    const sizes: number[] = [];
    const parts: Uint8Array[] = [];
    const evaluator = new CaptureEvaluator(config, {
      ...options,
      onCopies: (piece) => (sizes.push(piece.length), parts.push(piece.slice())),
    });
    for (let at = 0; at < file.length; at += 65536) evaluator.push(file.subarray(at, at + 65536));
    const result = evaluator.finish();
    const whole = evaluateCapture(file, config, options);
    expect(result.copies.length).toBe(0);
    expect(sizes.length).toBeGreaterThan(1);
    expect(sizes.slice(0, -1).every((n) => n >= 1 << 20 && n < (1 << 20) + 2000)).toBe(true);
    const joined = new Uint8Array(sizes.reduce((a, b) => a + b, 0));
    let at = 0;
    for (const part of parts) {
      joined.set(part, at);
      at += part.length;
    }
    // Compared as Buffers: a deep equality over megabytes is slow.
    expect(Buffer.from(joined).equals(Buffer.from(whole.copies))).toBe(true);
    expect(joined.length).toBe(whole.copies.length);
    expect(result.by_reason).toEqual(whole.by_reason);
  });

  it('never throws on a damaged capture, fed whole or in chunks', () => {
    const file = generateCapture({ packets: 40, ipv4: ME4, ipv6: ME6, seed: 11 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 10 }),
        fc.nat(),
        fc.integer({ min: 1, max: 300 }),
        (changes, cut, size) => {
          const bytes = file.slice(0, file.length - (cut % 100));
          for (const [at, value] of changes) bytes[at % bytes.length] = value;
          const whole = evaluateCapture(bytes, config, options);
          expect(whole.total).toBe(whole.results.length);
          expect(inChunks(bytes, [size], false)).toEqual(whole);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('reads chunks of megabytes (records cut between them completed from the next) the same way', () => {
    const file = generateCapture({ packets: 30_000, ipv4: ME4, ipv6: ME6, seed: 8 });
    const whole = evaluateCapture(file, config, options);
    expect(inChunks(file, [300_001, 1 << 20, 262_145], false)).toEqual(whole);
  });

  it('reads an async stream of chunks the same way', async () => {
    const file = generateCapture({ packets: 2000, ipv4: ME4, ipv6: ME6, seed: 5 });
    async function* stream() {
      for (let at = 0; at < file.length; at += 777) yield file.slice(at, at + 777);
    }
    const streamed = await evaluateCaptureChunks(stream(), config, { ...options, size: file.length });
    expect(streamed).toEqual(evaluateCapture(file, config, options));
  });
});
