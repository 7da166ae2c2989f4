import { describe, expect, it } from 'vitest';
import { buildCooked, buildEthernet, buildIpv4, buildIpv6, type IpSpec } from './packet-builder';
import { PacketDecoder } from './packet-decode';
import {
  DECODE_MALFORMED,
  DECODE_NOT_IP,
  DECODE_OK,
  DECODE_TRUNCATED,
  DECODE_UNSUPPORTED_LINK,
  FRAGMENT_FIRST,
  FRAGMENT_LATER,
  FRAGMENT_NONE,
  createDecodedPacket,
} from './packet-fields';
import { createCaptureRecord } from './pcap-record';

function decode(bytes: Uint8Array, linkType = 1, originalLength = bytes.length) {
  const record = {
    ...createCaptureRecord(),
    data: 0,
    capturedLength: bytes.length,
    originalLength,
    linkType,
  };
  const packet = createDecodedPacket();
  const status = new PacketDecoder(bytes).decode(record, packet);
  return { status, packet };
}

const tcp4: IpSpec = {
  src: '10.0.0.1',
  dst: '192.168.1.20',
  protocol: 6,
  srcPort: 40000,
  dstPort: 443,
  payload: 5,
};
const tcp6: IpSpec = { src: '2001:db8::1', dst: '2001:db8:1::20', protocol: 6, srcPort: 40000, dstPort: 443 };

describe('decodePacket: IPv4', () => {
  it('decodes Ethernet + IPv4 + TCP', () => {
    const frame = buildEthernet(buildIpv4(tcp4));
    const { status, packet } = decode(frame);
    expect(status).toBe(DECODE_OK);
    expect(packet).toMatchObject({
      ethertype: 4,
      protocol: 6,
      srcPort: 40000,
      dstPort: 443,
      tcpFlags: 0x18,
      fragment: FRAGMENT_NONE,
      length: frame.length,
      ipLength: 45,
      l3Offset: 14,
      l4Offset: 34,
      vlanCount: 0,
      frameFrom: 0,
      frameTo: frame.length,
      synthesize: false,
    });
    expect([...packet.src]).toEqual([0x0a000001, 0, 0, 0]);
    expect([...packet.dst]).toEqual([0xc0a80114, 0, 0, 0]);
  });

  it('skips IPv4 options to reach the ports', () => {
    const { status, packet } = decode(buildEthernet(buildIpv4({ ...tcp4, protocol: 17, optionsLength: 12 })));
    expect(status).toBe(DECODE_OK);
    expect(packet).toMatchObject({ protocol: 17, srcPort: 40000, dstPort: 443, l4Offset: 14 + 32 });
  });

  it('gives ports to a first fragment and none to later fragments', () => {
    const first = decode(buildEthernet(buildIpv4({ ...tcp4, moreFragments: true })));
    expect(first.packet).toMatchObject({ fragment: FRAGMENT_FIRST, srcPort: 40000, dstPort: 443 });
    const later = decode(buildEthernet(buildIpv4({ ...tcp4, fragmentOffset: 185, payload: 100 })));
    expect(later.status).toBe(DECODE_OK);
    expect(later.packet).toMatchObject({ fragment: FRAGMENT_LATER, protocol: 6, srcPort: -1, dstPort: -1 });
  });

  it('reads ICMP type and code, and has no ports', () => {
    const { packet } = decode(buildEthernet(buildIpv4({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 1 })));
    expect(packet).toMatchObject({ protocol: 1, icmpType: 8, icmpCode: 0, srcPort: -1, dstPort: -1 });
  });

  it('gives other protocols no ports', () => {
    const { status, packet } = decode(buildEthernet(buildIpv4({ ...tcp4, protocol: 47, payload: 8 })));
    expect(status).toBe(DECODE_OK);
    expect(packet).toMatchObject({ protocol: 47, srcPort: -1, dstPort: -1 });
  });
});

describe('decodePacket: VLAN tags', () => {
  it.each([
    ['802.1Q', [{ id: 100 }], 1, 100],
    ['QinQ 802.1ad', [{ id: 7, tpid: 0x88a8 }, { id: 200 }], 2, 7],
    ['old QinQ 0x9100', [{ id: 4094, tpid: 0x9100 }, { id: 1 }], 2, 4094],
  ])('reads through %s', (_name, vlans, count, id) => {
    const { status, packet } = decode(buildEthernet(buildIpv4(tcp4), { vlans }));
    expect(status).toBe(DECODE_OK);
    expect(packet).toMatchObject({ vlanCount: count, vlanId: id, dstPort: 443, l3Offset: 14 + 4 * count });
  });
});

describe('decodePacket: IPv6', () => {
  it.each([
    ['no extension header', [], 54],
    ['hop-by-hop', [0], 70],
    ['routing', [43], 70],
    ['destination options', [60], 70],
    ['authentication header', [51], 70],
    ['a chain of four', [0, 43, 60, 51], 118],
    ['an atomic fragment header', [44], 62],
  ])('finds TCP after %s', (_name, extensions, l4Offset) => {
    const { status, packet } = decode(buildEthernet(buildIpv6({ ...tcp6, extensions })));
    expect(status).toBe(DECODE_OK);
    expect(packet).toMatchObject({ ethertype: 6, protocol: 6, srcPort: 40000, dstPort: 443, l4Offset });
    expect([...packet.src]).toEqual([0x20010db8, 0, 0, 1]);
    expect([...packet.dst]).toEqual([0x20010db8, 0x10000, 0, 0x20]);
  });

  it('gives ports to a first fragment and none to a later one', () => {
    const first = decode(buildEthernet(buildIpv6({ ...tcp6, extensions: [0, 44], moreFragments: true })));
    expect(first.packet).toMatchObject({ fragment: FRAGMENT_FIRST, srcPort: 40000 });
    const later = decode(
      buildEthernet(buildIpv6({ ...tcp6, extensions: [0, 44], fragmentOffset: 100, payload: 64 })),
    );
    expect(later.status).toBe(DECODE_OK);
    expect(later.packet).toMatchObject({ fragment: FRAGMENT_LATER, protocol: 6, srcPort: -1, dstPort: -1 });
  });

  it('reads ICMPv6 and treats ESP and no-next-header as the protocol', () => {
    const icmp = decode(buildEthernet(buildIpv6({ src: '::1', dst: '::2', protocol: 58, extensions: [0] })));
    expect(icmp.packet).toMatchObject({ protocol: 58, icmpType: 128, srcPort: -1 });
    expect(
      decode(buildEthernet(buildIpv6({ src: '::1', dst: '::2', protocol: 50, payload: 8 }))).packet.protocol,
    ).toBe(50);
    expect(decode(buildEthernet(buildIpv6({ src: '::1', dst: '::2', protocol: 59 }))).packet.protocol).toBe(
      59,
    );
  });
});

describe('decodePacket: link layers', () => {
  const ip = buildIpv4(tcp4);
  it.each([
    ['Linux cooked SLL', buildCooked(ip, 1), 113, 16, 6],
    ['Linux cooked SLL2', buildCooked(ip, 2), 276, 20, 12],
    ['raw IP', ip, 101, 0, -1],
    ['IPv4 link type', ip, 228, 0, -1],
  ])('reads %s and describes an Ethernet header to make up', (_name, bytes, linkType, l3, mac) => {
    const { status, packet } = decode(bytes, linkType);
    expect(status).toBe(DECODE_OK);
    expect(packet).toMatchObject({
      dstPort: 443,
      l3Offset: l3,
      synthesize: true,
      frameFrom: l3,
      sourceMac: mac,
      etherType: 0x0800,
      length: ip.length + 14,
    });
  });

  it('reads raw IPv6 on link type 229', () => {
    expect(decode(buildIpv6(tcp6), 229).packet).toMatchObject({
      ethertype: 6,
      etherType: 0x86dd,
      dstPort: 443,
    });
  });
});

describe('decodePacket: what it cannot decode', () => {
  const ipv4 = buildEthernet(buildIpv4(tcp4));
  const ipv6 = buildEthernet(buildIpv6({ ...tcp6, extensions: [0] }));
  const bad = (frame: Uint8Array, at: number, value: number) => {
    const copy = frame.slice();
    copy[at] = value;
    return copy;
  };
  it.each([
    ['an empty frame', new Uint8Array(0), 1, DECODE_TRUNCATED],
    ['an Ethernet header cut off', ipv4.subarray(0, 10), 1, DECODE_TRUNCATED],
    ['an IPv4 header cut off', ipv4.subarray(0, 30), 1, DECODE_TRUNCATED],
    [
      'IPv4 options cut off',
      buildEthernet(buildIpv4({ ...tcp4, optionsLength: 20 })).subarray(0, 40),
      1,
      DECODE_TRUNCATED,
    ],
    ['TCP ports cut off', ipv4.subarray(0, 36), 1, DECODE_TRUNCATED],
    ['an IPv6 header cut off', ipv6.subarray(0, 50), 1, DECODE_TRUNCATED],
    ['an IPv6 extension header cut off', ipv6.subarray(0, 60), 1, DECODE_TRUNCATED],
    ['a VLAN tag cut off', buildEthernet(ipv4, { vlans: [{ id: 1 }] }).subarray(0, 16), 1, DECODE_TRUNCATED],
    ['a cooked header cut off', buildCooked(buildIpv4(tcp4), 2).subarray(0, 12), 276, DECODE_TRUNCATED],
    ['IPv4 version 5', bad(ipv4, 14, 0x55), 1, DECODE_MALFORMED],
    ['an IPv4 header length of 16', bad(ipv4, 14, 0x44), 1, DECODE_MALFORMED],
    ['a total length shorter than the header', bad(ipv4, 17, 10), 1, DECODE_MALFORMED],
    ['IPv6 with version 4', bad(ipv6, 14, 0x40), 1, DECODE_MALFORMED],
    ['raw IP of version 5', bad(buildIpv4(tcp4), 0, 0x55), 101, DECODE_MALFORMED],
    ['ARP', buildEthernet(new Uint8Array(28), { etherType: 0x0806 }), 1, DECODE_NOT_IP],
    [
      'LLDP behind a VLAN tag',
      buildEthernet(new Uint8Array(28), { etherType: 0x88cc, vlans: [{ id: 3 }] }),
      1,
      DECODE_NOT_IP,
    ],
    ['BSD loopback', ipv4, 0, DECODE_UNSUPPORTED_LINK],
  ])('reports %s', (_name, bytes, linkType, status) => {
    expect(decode(bytes, linkType).status).toBe(status);
  });

  it('refuses more than 8 VLAN tags', () => {
    const vlans = Array.from({ length: 9 }, (_, id) => ({ id }));
    expect(decode(buildEthernet(buildIpv4(tcp4), { vlans })).status).toBe(DECODE_MALFORMED);
  });
});
