import { english } from '@/components/results/test-english';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCooked, buildEthernet, buildIpv4, buildIpv6 } from './packet-builder';
import { PacketDecoder } from './packet-decode';
import { DECODE_OK, createDecodedPacket } from './packet-fields';
import {
  VXLAN_OVERHEAD,
  capturedFrameLength,
  createVxlanTemplate,
  ipv4HeaderChecksum,
  vxlanSourcePort,
  writeVxlanFrame,
} from './packet-vxlan';
import { PcapWriter } from './pcap-writer';
import { buildPcapFile } from './pcap-builder';
import { openCapture } from './pcap-open';
import { createCaptureRecord } from './pcap-record';

const dir = mkdtempSync(join(tmpdir(), 'vxlan-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a Wireshark command-line tool; a missing tool fails the test with what to install. */
function tool(name: string, args: string[]): string {
  try {
    return execFileSync(name, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new Error(`${name} must be installed for this test (apt-get install tshark): ${String(error)}`);
  }
}

const template = createVxlanTemplate({
  vni: 0xabcdef,
  sourceIp: 0xc0a8001b, // 192.168.0.27
  destinationIp: 0xc0a80064, // 192.168.0.100
  sourceMac: [0xfa, 0x16, 0x3e, 0, 0, 1],
  destinationMac: [0xfa, 0x16, 0x3e, 0, 0, 2],
});

/** Encapsulates every packet of a capture into a new pcap, cut to `limit` inner bytes. */
function encapsulate(file: Uint8Array, limit: number): Uint8Array {
  const opened = openCapture(file);
  if ('error' in opened) throw new Error(english(opened.error.message));
  const writer = new PcapWriter({ capacity: 64 });
  const record = createCaptureRecord();
  const packet = createDecodedPacket();
  const decoder = new PacketDecoder(file);
  while (opened.reader.next(record)) {
    expect(decoder.decode(record, packet)).toBe(DECODE_OK);
    const inner = Math.min(limit, capturedFrameLength(packet));
    const at = writer.reserve(record.seconds, record.nanoseconds / 1000, VXLAN_OVERHEAD + inner);
    writeVxlanFrame(writer.bytes, at, template, file, packet, inner, vxlanSourcePort(packet));
  }
  return writer.finish();
}

const tcp = buildIpv4({
  src: '10.1.2.3',
  dst: '192.168.0.27',
  protocol: 6,
  srcPort: 51000,
  dstPort: 22,
  payload: 200,
});
const udp6 = buildIpv6({
  src: '2001:db8::5',
  dst: '2001:db8::1b',
  protocol: 17,
  srcPort: 5353,
  dstPort: 53,
  payload: 20,
});

describe('VXLAN frames', () => {
  it('carries lengths, a correct outer checksum and the inner frame cut to the limit', () => {
    const frame = buildEthernet(tcp);
    const copies = encapsulate(buildPcapFile([{ data: frame }]), 96);
    const at = 24 + 16;
    const view = new DataView(copies.buffer);
    expect(view.getUint32(24 + 8, true)).toBe(50 + 96);
    expect(view.getUint16(at + 16)).toBe(20 + 8 + 8 + 96);
    expect(view.getUint16(at + 24)).toBe(ipv4HeaderChecksum(copies, at + 14));
    expect(view.getUint16(at + 36)).toBe(4789);
    expect(view.getUint16(at + 38)).toBe(8 + 8 + 96);
    expect(view.getUint32(at + 46) >>> 8).toBe(0xabcdef);
    expect(copies.subarray(at + 50)).toEqual(frame.subarray(0, 96));
  });

  it('computes the RFC 1071 checksum of a known header', () => {
    const header = Uint8Array.from([
      0x45, 0, 0, 0x73, 0, 0, 0x40, 0, 0x40, 0x11, 0, 0, 0xc0, 0xa8, 0, 1, 0xc0, 0xa8, 0, 0xc7,
    ]);
    expect(ipv4HeaderChecksum(header, 0)).toBe(0xb861);
  });

  it('keeps one UDP source port per flow, in the dynamic range', () => {
    const decoded = (ip: Uint8Array) => {
      const bytes = buildEthernet(ip);
      const packet = createDecodedPacket();
      new PacketDecoder(bytes).decode(
        { ...createCaptureRecord(), capturedLength: bytes.length, linkType: 1 },
        packet,
      );
      return vxlanSourcePort(packet);
    };
    const a = decoded(tcp);
    expect(a).toBe(
      decoded(buildIpv4({ src: '10.1.2.3', dst: '192.168.0.27', protocol: 6, srcPort: 51000, dstPort: 22 })),
    );
    expect(a).not.toBe(
      decoded(buildIpv4({ src: '10.1.2.3', dst: '192.168.0.27', protocol: 6, srcPort: 51001, dstPort: 22 })),
    );
    expect(a).toBeGreaterThanOrEqual(49152);
  });

  it('decodes in tshark as VXLAN with the VNI, outer addresses and inner packet', () => {
    const ethernet = buildPcapFile([
      { data: buildEthernet(tcp, { vlans: [{ id: 42 }] }), seconds: 1700000000, fraction: 250000 },
      { data: buildEthernet(udp6), seconds: 1700000001 },
    ]);
    const cooked = buildPcapFile([{ data: buildCooked(tcp, 2, [2, 0, 0, 0, 0, 9]) }], { linkType: 276 });
    const path = join(dir, 'copies.pcap');
    writeFileSync(
      path,
      new Uint8Array([...encapsulate(ethernet, 1500), ...encapsulate(cooked, 60).subarray(24)]),
    );
    const fields = [
      'vxlan.vni',
      'ip.src',
      'ip.dst',
      'udp.dstport',
      'ip.checksum.status',
      'vlan.id',
      'ipv6.dst',
      'tcp.dstport',
      'eth.src',
      'frame.time_epoch',
    ];
    const out = tool('tshark', [
      '-r',
      path,
      '-o',
      'ip.check_checksum:TRUE',
      '-T',
      'fields',
      '-E',
      'separator=|',
      ...fields.flatMap((f) => ['-e', f]),
    ]);
    // ip.checksum.status 1 means "good" for the outer header and, when shown, the inner one.
    const rows = out
      .trim()
      .split('\n')
      .map((line) => line.split('|'));
    expect(rows).toHaveLength(3);
    expect(rows[0]?.slice(0, 8)).toEqual([
      '11259375',
      '192.168.0.27,10.1.2.3',
      '192.168.0.100,192.168.0.27',
      '4789',
      '1,1',
      '42',
      '',
      '22',
    ]);
    expect(rows[0]?.[9]).toMatch(/^1700000000\.25/);
    expect(rows[1]?.slice(0, 8)).toEqual([
      '11259375',
      '192.168.0.27',
      '192.168.0.100',
      '4789,53',
      '1',
      '',
      '2001:db8::1b',
      '',
    ]);
    expect(rows[2]?.slice(0, 5)).toEqual([
      '11259375',
      '192.168.0.27,10.1.2.3',
      '192.168.0.100,192.168.0.27',
      '4789',
      '1,1',
    ]);
    expect(rows[2]?.[8]).toBe('fa:16:3e:00:00:01,02:00:00:00:00:09');
  });
});

describe('captures written by other tools', () => {
  it('reads what editcap writes as pcapng and nanosecond pcap, packet for packet', () => {
    const frames = [
      buildEthernet(tcp),
      buildEthernet(udp6, { vlans: [{ id: 5 }] }),
      buildEthernet(tcp).subarray(0, 40),
    ];
    const source = join(dir, 'source.pcap');
    writeFileSync(
      source,
      buildPcapFile(
        frames.map((data, i) => ({
          data,
          seconds: 1700000000 + i,
          fraction: 123456 * i,
          originalLength: 300,
        })),
      ),
    );
    for (const format of ['pcapng', 'nsecpcap']) {
      const target = join(dir, `converted.${format}`);
      tool('editcap', ['-F', format, source, target]);
      const file = new Uint8Array(readFileSync(target));
      const opened = openCapture(file);
      if ('error' in opened) throw new Error(english(opened.error.message));
      expect(opened.reader.format).toBe(format === 'pcapng' ? 'pcapng' : 'pcap');
      const record = createCaptureRecord();
      const seen: unknown[] = [];
      while (opened.reader.next(record)) {
        seen.push([
          file.slice(record.data, record.data + record.capturedLength),
          record.originalLength,
          record.seconds,
          record.nanoseconds,
        ]);
      }
      expect(opened.reader.error).toBeNull();
      expect(seen).toEqual(frames.map((data, i) => [data, 300, 1700000000 + i, 123456000 * i]));
    }
  });
});
