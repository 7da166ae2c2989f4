/**
 * The fast lane gives exactly what the general reader and decoder give: the same result per
 * packet, counts, charts and errors, whatever the records and however the file is cut into
 * windows; and it leaves to the general path every record it does not read itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileConfig, createPacketFields } from '../matcher/compile-config';
import { makeFilter, makeRule, makeSession } from '../matcher/fixtures';
import { buildEthernet, buildIpv4, buildIpv6 } from '../net/packet-builder';
import { buildPcapFile, type PcapRecordSpec } from '../net/pcap-builder';
import type { PcapReader } from '../net/pcap-reader';
import { openPcap } from '../net/pcap-reader';
import { createCaptureRecord } from '../net/pcap-record';
import { addressSet } from './capture-direction';
import { CaptureEvaluator } from './capture-evaluator';
import { copyLimitsOf, HistogramTally } from './capture-histograms';
import { PacketIndex } from './packet-index';
import { PcapLane } from './pcap-lane';

const ME = '10.0.0.3';
const ME6 = '2001:db8::3';
const config = {
  filters: [
    makeFilter('filter-1', [
      makeRule({ id: 'web', protocol: 'TCP', destination_port_range: '80-443' }),
      makeRule({ id: 'six', ethertype: 'IPv6', protocol: 'UDP', priority: 2 }),
      makeRule({ id: 'icmp', protocol: 'ICMP', priority: 3, action: 'reject' }),
      makeRule({
        id: 'dns',
        direction: 'egress',
        protocol: 'UDP',
        action: 'reject',
        destination_port_range: '53-53',
      }),
      makeRule({ id: 'out', direction: 'egress', priority: 2, destination_cidr_block: '10.0.0.0/8' }),
      makeRule({ id: 'out6', direction: 'egress', priority: 3, ethertype: 'IPv6' }),
    ]),
  ],
  sessions: [makeSession({ id: 's', traffic_mirror_sources: ['eni'], packet_length: 96 })],
};

function evaluate(chunks: Uint8Array[], size: number, fastLane: boolean) {
  const index = new PacketIndex();
  const charts = new HistogramTally(copyLimitsOf(config, 'eni'));
  const evaluator = new CaptureEvaluator(config, {
    source: 'eni',
    addresses: [ME, ME6],
    size,
    index,
    charts,
    copies: false,
    fastLane,
  });
  for (const chunk of chunks) if (!evaluator.push(chunk)) break;
  const { error, aborted, by_reason, by_rule, mirrored, total } = evaluator.finish();
  const packets = Array.from({ length: index.count }, (_, i) => `${index.offsetOf(i)}:${index.codeOf(i)}`);
  return {
    counts: {
      error: error?.code ?? null,
      at: error?.packet ?? null,
      aborted,
      by_reason,
      by_rule,
      mirrored,
      total,
    },
    tallies: evaluator.tallies(),
    charts: charts.result(),
    packets,
  };
}

const peers4 = [ME, '10.0.0.9', '192.0.2.7', '10.1.2.3'];
const peers6 = [ME6, '2001:db8::9', 'fd00::1'];

/** An IP packet of any kind the general decoder reads, some the lane leaves to it. */
const ipPacket = fc.oneof(
  fc.record({
    six: fc.constant(false),
    src: fc.constantFrom(...peers4),
    dst: fc.constantFrom(...peers4),
    protocol: fc.constantFrom(6, 17, 1, 47),
    srcPort: fc.constantFrom(53, 80, 443, 40000),
    dstPort: fc.constantFrom(53, 80, 443, 40000),
    payload: fc.integer({ min: 0, max: 40 }),
    fragmentOffset: fc.constantFrom(0, 0, 0, 185),
    moreFragments: fc.boolean(),
    optionsLength: fc.constantFrom(0, 0, 8),
  }),
  fc.record({
    six: fc.constant(true),
    src: fc.constantFrom(...peers6),
    dst: fc.constantFrom(...peers6),
    protocol: fc.constantFrom(6, 17, 58, 47),
    srcPort: fc.constantFrom(53, 80, 443, 40000),
    dstPort: fc.constantFrom(53, 80, 443, 40000),
    payload: fc.integer({ min: 0, max: 40 }),
    extensions: fc.constantFrom<number[]>([], [], [], [0], [44], [60, 43]),
  }),
);

/** How a frame is damaged: its IP total length zeroed (offload captures), a bad version, none. */
const damage = fc.constantFrom('none', 'none', 'none', 'zero-length', 'bad-version', 'short-length');

const frame = fc
  .record({
    ip: ipPacket,
    vlans: fc.constantFrom(0, 0, 0, 1, 2),
    notIp: fc.constantFrom(false, false, false, false, true),
    damage,
    cut: fc.option(fc.integer({ min: 0, max: 80 }), { freq: 4 }),
    seconds: fc.integer({ min: 1700000000, max: 1700000100 }),
    fraction: fc.integer({ min: 0, max: 999999 }),
  })
  .map(({ ip, vlans, notIp, damage, cut, seconds, fraction }): PcapRecordSpec => {
    const packet = ip.six ? buildIpv6(ip) : buildIpv4(ip);
    if (damage === 'zero-length' && !ip.six) packet[2] = packet[3] = 0;
    if (damage === 'bad-version') packet[0] = (packet[0]! & 15) | 0x50;
    if (damage === 'short-length') packet[ip.six ? 5 : 3] = 2;
    const tags = Array.from({ length: vlans }, (_, i) => ({ id: 10 + i, tpid: i === 0 ? 0x88a8 : 0x8100 }));
    let data = buildEthernet(packet, { vlans: tags, etherType: notIp ? 0x0806 : undefined });
    if (cut !== null) data = data.subarray(0, cut);
    return { data, seconds, fraction, originalLength: data.length + 4 };
  });

const capture = fc.record({
  frames: fc.array(frame, { minLength: 1, maxLength: 120 }),
  littleEndian: fc.boolean(),
  nanosecond: fc.boolean(),
  /** Bytes cut off the file's end: its last record is then cut short. */
  cutEnd: fc.constantFrom(0, 0, 0, 5, 30),
  /** Window size the file is given in. */
  chunk: fc.integer({ min: 40, max: 2048 }),
});

function windows(file: Uint8Array, chunk: number): Uint8Array[] {
  return Array.from({ length: Math.ceil(file.length / chunk) }, (_, i) =>
    file.subarray(i * chunk, (i + 1) * chunk),
  );
}

describe('the pcap fast lane', () => {
  it('gives what the general reader and decoder give, packet by packet', () => {
    fc.assert(
      fc.property(capture, ({ frames, littleEndian, nanosecond, cutEnd, chunk }) => {
        const whole = buildPcapFile(frames, { littleEndian, nanosecond });
        const file = whole.subarray(0, Math.max(24, whole.length - cutEnd));
        for (const chunks of [[file], windows(file, chunk)]) {
          const general = evaluate(chunks, file.length, false);
          const fast = evaluate(chunks, file.length, true);
          expect(fast).toEqual(general);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports progress and stops on Cancel at the same packets as the general path', () => {
    const frames = Array.from({ length: 70000 }, (_, i) => ({
      data: buildEthernet(
        buildIpv4({ src: '192.0.2.7', dst: ME, protocol: 6, srcPort: 40000, dstPort: 80 + (i % 3) }),
      ),
    }));
    const file = buildPcapFile(frames);
    for (const fastLane of [false, true]) {
      const signal = { aborted: false };
      const reports: number[] = [];
      const index = new PacketIndex();
      const evaluator = new CaptureEvaluator(config, {
        source: 'eni',
        addresses: [ME],
        index,
        copies: false,
        fastLane,
        signal,
        onProgress: (done) => {
          reports.push(done);
          signal.aborted = true;
        },
      });
      evaluator.push(file, true);
      const result = evaluator.finish();
      expect(result.aborted).toBe(true);
      expect(index.count).toBe(65536);
      expect(reports[0]).toBe(24 + 65536 * (16 + frames[0]!.data.length));
    }
  });
});

describe('PcapLane.read', () => {
  const lane = () => {
    const compiled = compileConfig(config);
    const fields = createPacketFields();
    fields.sourceIndex = compiled.sourceIndexOf('eni');
    const targets = {
      decided: new Float64Array(compiled.outcomes.length),
      skipped: new Float64Array(5),
      index: new PacketIndex(),
      charts: undefined,
    };
    return new PcapLane(compiled, fields, addressSet([ME, ME6]), targets);
  };
  const plain = buildEthernet(buildIpv4({ src: ME, dst: '10.0.0.9', protocol: 6, srcPort: 1, dstPort: 80 }));
  const cases: { name: string; data: Uint8Array; read: number }[] = [
    { name: 'an IPv4 TCP frame', data: plain, read: 3 },
    {
      name: 'a frame that is not IP (ARP)',
      data: buildEthernet(new Uint8Array(28), { etherType: 0x0806 }),
      read: 3,
    },
    {
      name: 'an IPv6 UDP frame',
      data: buildEthernet(buildIpv6({ src: ME6, dst: '2001:db8::9', protocol: 17, srcPort: 1, dstPort: 53 })),
      read: 3,
    },
    {
      name: 'a VLAN-tagged frame',
      data: buildEthernet(buildIpv4({ src: ME, dst: ME, protocol: 1 }), { vlans: [{ id: 5 }] }),
      read: 1,
    },
    {
      name: 'IPv6 with a hop-by-hop header',
      data: buildEthernet(buildIpv6({ src: ME6, dst: ME6, protocol: 6, extensions: [0] })),
      read: 1,
    },
    { name: 'a TCP header cut short', data: plain.subarray(0, 14 + 20 + 10), read: 1 },
    { name: 'an Ethernet header cut short', data: plain.subarray(0, 10), read: 1 },
  ];
  it.each(cases)('reads the frame before $name, then $read record(s) in all', ({ data, read }) => {
    const file = buildPcapFile([{ data: plain }, { data }, { data: plain }]);
    const opened = openPcap(file);
    if ('error' in opened) throw new Error(opened.error.code);
    const reader = opened.reader as PcapReader;
    expect(PcapLane.applies(reader)).toBe(true);
    expect(lane().read(reader, 10)).toBe(read);
    // The general reader goes on from the record the lane stopped before.
    const record = createCaptureRecord();
    expect(reader.next(record)).toBe(read < 3);
    if (read < 3) expect(record.packet).toBe(read + 1);
  });

  it('does not apply to Linux cooked captures', () => {
    const opened = openPcap(buildPcapFile([{ data: plain }], { linkType: 113 }));
    if ('error' in opened) throw new Error(opened.error.code);
    expect(PcapLane.applies(opened.reader)).toBe(false);
  });

  it('stops at `max` records', () => {
    const opened = openPcap(buildPcapFile(Array.from({ length: 5 }, () => ({ data: plain }))));
    if ('error' in opened) throw new Error(opened.error.code);
    const reader = opened.reader as PcapReader;
    expect(lane().read(reader, 3)).toBe(3);
    expect(lane().read(reader, 3)).toBe(2);
    expect(lane().read(reader, 3)).toBe(0);
  });
});
