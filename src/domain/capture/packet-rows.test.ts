import { english } from '@/components/results/test-english';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIp } from '../net/address';
import { buildEthernet, buildIpv4, buildIpv6 } from '../net/packet-builder';
import { PacketDecoder } from '../net/packet-decode';
import { DECODE_OK, createDecodedPacket } from '../net/packet-fields';
import { buildPcapngFile } from '../net/pcap-builder';
import { openCapture } from '../net/pcap-open';
import { createCaptureRecord, LINKTYPE_RAW } from '../net/pcap-record';
import { CaptureEvaluator } from './capture-evaluator';
import { PacketIndex } from './packet-index';
import { PacketRowReader } from './packet-rows';
import { generateCapture } from './synthetic-capture';

const ME4 = '10.0.0.3';
const ME6 = '2001:db8::3';
const options = { source: 'port-1', addresses: [ME4, ME6] };
const config = { sessions: [], filters: [] };

/** Indexes `file` as the worker does, read in chunks of `chunk` bytes. */
function indexOf(file: Uint8Array, chunk = 4096): PacketIndex {
  const index = new PacketIndex();
  const evaluator = new CaptureEvaluator(config, { ...options, size: file.length, index, copies: false });
  for (let at = 0; at < file.length; at += chunk) evaluator.push(file.subarray(at, at + chunk));
  evaluator.finish();
  return index;
}

/** Every packet decoded in one pass over the whole file: the reference. */
function reference(file: Uint8Array) {
  const opened = openCapture(file);
  if ('error' in opened) throw new Error(english(opened.error.message));
  const decoder = new PacketDecoder(file);
  const record = createCaptureRecord();
  const packet = createDecodedPacket();
  const out: { frameLength: number; family: number; source: string; sourcePort: number }[] = [];
  while (opened.reader.next(record)) {
    const ok = decoder.decode(record, packet) === DECODE_OK;
    const family = ok ? packet.ethertype : 0;
    out.push({
      frameLength: record.originalLength,
      family,
      source:
        family === 0
          ? ''
          : formatIp({ family: family as 4 | 6, words: [...packet.src.subarray(0, family === 4 ? 1 : 4)] }),
      sourcePort: family === 0 ? -1 : packet.srcPort,
    });
  }
  return out;
}

function rowOf(file: Uint8Array, index: PacketIndex, i: number) {
  const rows = new PacketRowReader(file.subarray(0, 65536), index, options.addresses, file.length);
  const [from, to] = rows.rangeOf(i);
  return rows.decode(i, file.subarray(from, to));
}

describe('PacketIndex and PacketRowReader', () => {
  it('decode any packet of a capture on its own as a pass over the whole file does', () => {
    const file = generateCapture({ packets: 3000, ipv4: ME4, ipv6: ME6, seed: 3 });
    const index = indexOf(file);
    const all = reference(file);
    expect(index.count).toBe(3000);
    fc.assert(
      fc.property(fc.nat(2999), (i) => {
        expect(rowOf(file, index, i)).toMatchObject({ packet: i, ...all[i] });
      }),
    );
  });

  it('read each packet of a pcapng with the interfaces of its own section', () => {
    const v4 = buildIpv4({ src: '172.16.0.5', dst: ME4, protocol: 6, srcPort: 1000, dstPort: 80 });
    const v6 = buildIpv6({ src: ME6, dst: '2001:db8::9', protocol: 17, srcPort: 53, dstPort: 4000 });
    const file = buildPcapngFile([
      { type: 'section' },
      { type: 'interface', linkType: 1 },
      { type: 'enhanced', data: buildEthernet(v4) },
      // A new section whose interface 0 carries raw IP: the same interface id, another link type.
      { type: 'section' },
      { type: 'interface', linkType: LINKTYPE_RAW },
      { type: 'enhanced', data: v6 },
      { type: 'enhanced', data: v4 },
    ]);
    const index = indexOf(file, 37);
    expect([0, 1, 2].map((i) => rowOf(file, index, i))).toMatchObject([
      { source: '172.16.0.5', destination: ME4, direction: 0, protocol: 6, destinationPort: 80 },
      { source: ME6, destination: '2001:db8::9', direction: 1, protocol: 17, sourcePort: 53 },
      { source: '172.16.0.5', family: 4, frameLength: v4.length },
    ]);
  });

  it.each([
    ['every packet', [1, 1, 1], [0, 1, 2, 3, 4, 5]],
    ['skip reason -1 only', [1, 0, 0], [1, 4]],
    ['outcome 1 only', [0, 0, 1], [5]],
  ])('select the packets of %s, in file order', (_name, wanted, expected) => {
    const index = new PacketIndex();
    [0, -1, 0, 0, -1, 1].forEach((code, i) => index.add(24 + 100 * i, code));
    expect([...index.select(Uint8Array.from(wanted), 1)]).toEqual(expected);
    expect(index.offsetOf(5)).toBe(524);
  });

  it('keep offsets beyond 4 GiB exact', () => {
    const index = new PacketIndex();
    const offsets = [24, 2 ** 32 + 8, 2 ** 33 + 100, 2 ** 33 + 200];
    offsets.forEach((offset) => index.add(offset, 0));
    expect(offsets.map((_, i) => index.offsetOf(i))).toEqual(offsets);
  });
});
