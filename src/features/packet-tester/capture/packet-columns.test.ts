import { describe, expect, it } from 'vitest';
import { PacketDecoder } from '@/domain/net/packet-decode';
import { buildEthernet, buildIpv4, buildIpv6 } from '@/domain/net/packet-builder';
import { createDecodedPacket, DECODE_OK } from '@/domain/net/packet-fields';
import { buildPcapFile } from '@/domain/net/pcap-builder';
import { openCapture } from '@/domain/net/pcap-open';
import { createCaptureRecord } from '@/domain/net/pcap-record';
import { ColumnsBuilder, packetSummary } from './packet-columns';

describe('ColumnsBuilder', () => {
  it('keeps each packet in typed arrays and writes it back as one line, growing as needed', () => {
    const frames = [
      buildEthernet(
        buildIpv4({
          src: '172.16.0.5',
          dst: '10.0.0.3',
          protocol: 6,
          srcPort: 10000,
          dstPort: 80,
          payload: 24,
        }),
      ),
      buildEthernet(buildIpv6({ src: '2001:db8::9', dst: '2001:db8::3', protocol: 58 })),
      buildEthernet(new Uint8Array(28), { etherType: 0x0806 }),
    ];
    const bytes = buildPcapFile(Array.from({ length: 100 }, (_, i) => ({ data: frames[i % 3]! })));
    const opened = openCapture(bytes);
    if ('error' in opened) throw new Error(opened.error.message);
    const decoder = new PacketDecoder(bytes);
    const record = createCaptureRecord();
    const packet = createDecodedPacket();
    const builder = new ColumnsBuilder(8);
    while (opened.reader.next(record)) {
      const ok = decoder.decode(record, packet) === DECODE_OK;
      builder.add(packet, record.originalLength, ok ? 0 : -1, ok);
    }
    const columns = builder.finish();
    expect(columns.count).toBe(100);
    expect(packetSummary(columns, 0)).toBe('TCP 172.16.0.5:10000 → 10.0.0.3:80 · 64 B');
    expect(packetSummary(columns, 1)).toBe('ICMPv6 2001:db8::9 → 2001:db8::3 · 48 B');
    expect(packetSummary(columns, 2)).toBe('Not an IP packet · 42 B frame');
    expect(packetSummary(columns, 97)).toBe(packetSummary(columns, 1));
    expect(columns.v6.length).toBe(33 * 8);
  });
});
