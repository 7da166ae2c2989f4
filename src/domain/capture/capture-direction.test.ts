import { english } from '@/components/results/test-english';
import { describe, expect, it } from 'vitest';
import { buildEthernet, buildIpv4, buildIpv6 } from '../net/packet-builder';
import { PacketDecoder } from '../net/packet-decode';
import { createDecodedPacket } from '../net/packet-fields';
import { createCaptureRecord } from '../net/pcap-record';
import {
  DIRECTION_EGRESS,
  DIRECTION_INGRESS,
  DIRECTION_NONE,
  addressSet,
  directionOf,
} from './capture-direction';
import { parseMac } from './copy-plan';
import { generateCapture } from './synthetic-capture';
import { openCapture } from '../net/pcap-open';

function decoded(src: string, dst: string) {
  const ip = src.includes(':')
    ? buildIpv6({ src, dst, protocol: 17, srcPort: 1, dstPort: 2 })
    : buildIpv4({ src, dst, protocol: 17, srcPort: 1, dstPort: 2 });
  const frame = buildEthernet(ip);
  const packet = createDecodedPacket();
  new PacketDecoder(frame).decode(
    { ...createCaptureRecord(), capturedLength: frame.length, linkType: 1 },
    packet,
  );
  return packet;
}

describe('directionOf', () => {
  const set = addressSet(['10.0.0.5', ' 2001:db8::5 ', 'not an address', '10.0.0.6']);

  it.each([
    ['to the interface', '10.1.1.1', '10.0.0.5', DIRECTION_INGRESS],
    ['to its second address', '10.1.1.1', '10.0.0.6', DIRECTION_INGRESS],
    ['from the interface', '10.0.0.5', '10.1.1.1', DIRECTION_EGRESS],
    ['between its own addresses (sent first)', '10.0.0.6', '10.0.0.5', DIRECTION_EGRESS],
    ['between other hosts', '10.1.1.1', '10.1.1.2', DIRECTION_NONE],
    ['IPv6 to the interface', '2001:db8::9', '2001:db8::5', DIRECTION_INGRESS],
    ['IPv6 from the interface', '2001:db8::5', '2001:db8::9', DIRECTION_EGRESS],
    ['IPv6 between other hosts', '2001:db8::9', '2001:db8::8', DIRECTION_NONE],
  ])('%s', (_name, src, dst, direction) => {
    expect(directionOf(decoded(src, dst), set)).toBe(direction);
  });

  it('ignores text that is not an address', () => {
    expect([...set.v4]).toEqual([0x0a000005, 0x0a000006]);
    expect([...set.v6]).toEqual([0x20010db8, 0, 0, 5]);
  });
});

describe('parseMac', () => {
  it.each([
    ['fa:16:3e:00:00:01', [250, 22, 62, 0, 0, 1]],
    ['FA-16-3E-0A-0B-0C', [250, 22, 62, 10, 11, 12]],
    ['fa:16:3e:00:00', null],
    ['', null],
    [undefined, null],
  ])('reads %s', (text, mac) => {
    expect(parseMac(text)).toEqual(mac);
  });
});

describe('generateCapture', () => {
  it('is the same for a seed and holds the packets asked for', () => {
    const a = generateCapture({ packets: 500, ipv4: '10.0.0.5', ipv6: '2001:db8::5', seed: 9 });
    expect(generateCapture({ packets: 500, ipv4: '10.0.0.5', ipv6: '2001:db8::5', seed: 9 })).toEqual(a);
    expect(generateCapture({ packets: 500, ipv4: '10.0.0.5', ipv6: '2001:db8::5', seed: 10 })).not.toEqual(a);
    const opened = openCapture(a);
    if ('error' in opened) throw new Error(english(opened.error.message));
    let n = 0;
    for (const r = createCaptureRecord(); opened.reader.next(r);) n++;
    expect(opened.reader.error).toBeNull();
    expect(n).toBe(500);
  });
});
