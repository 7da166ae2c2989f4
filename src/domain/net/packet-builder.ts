/**
 * Builds packets byte by byte: IPv4 (with options and fragments), IPv6 (with extension
 * headers), TCP/UDP/ICMP/ICMPv6, and the link layers the readers understand. Used to make
 * test captures, the benchmark's capture and example packets; not on any hot path.
 */
import { parseIp } from './address';
import { hasPorts, PROTOCOL_NUMBERS, transportHeaderLength } from './protocols';

const { TCP, UDP, ICMP, ICMPV6 } = PROTOCOL_NUMBERS;

export interface IpSpec {
  src: string;
  dst: string;
  /** 6 TCP, 17 UDP, 1 ICMP, 58 ICMPv6, or any other number. */
  protocol: number;
  srcPort?: number;
  dstPort?: number;
  /** Bytes of payload after the transport header. */
  payload?: number;
  /** Fragment offset in 8-byte units, and the more-fragments flag. */
  fragmentOffset?: number;
  moreFragments?: boolean;
  /** IPv4: bytes of options (a multiple of 4, up to 40). */
  optionsLength?: number;
  /** IPv6: extension headers in order (0 hop-by-hop, 43 routing, 44 fragment, 51 AH, 60 destination). */
  extensions?: number[];
}

function wordsOf(text: string): readonly number[] {
  const ip = parseIp(text);
  if (!ip) throw new Error(`Not an IP address: ${text}`);
  return ip.words;
}

/** The transport header (and zero payload) of a spec; empty for a later fragment. */
function transport(spec: IpSpec): Uint8Array {
  const payload = spec.payload ?? 0;
  const headerLength = transportHeaderLength(spec.protocol);
  const bytes = new Uint8Array(((spec.fragmentOffset ?? 0) > 0 ? 0 : headerLength) + payload);
  if ((spec.fragmentOffset ?? 0) > 0) return bytes;
  const view = new DataView(bytes.buffer);
  if (hasPorts(spec.protocol)) {
    view.setUint16(0, spec.srcPort ?? 0);
    view.setUint16(2, spec.dstPort ?? 0);
  }
  if (spec.protocol === TCP) {
    bytes[12] = 0x50;
    bytes[13] = 0x18;
  } else if (spec.protocol === UDP) {
    view.setUint16(4, bytes.length);
  } else if (spec.protocol === ICMP || spec.protocol === ICMPV6) {
    bytes[0] = spec.protocol === ICMP ? 8 : 128;
  }
  return bytes;
}

/**
 * An IPv4 packet with a correct header checksum.
 *
 * @example buildIpv4({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 6, srcPort: 40000, dstPort: 80 }).length // 40
 */
export function buildIpv4(spec: IpSpec): Uint8Array {
  const options = spec.optionsLength ?? 0;
  const body = transport(spec);
  const bytes = new Uint8Array(20 + options + body.length);
  const view = new DataView(bytes.buffer);
  bytes[0] = 0x40 | ((20 + options) / 4);
  view.setUint16(2, bytes.length);
  view.setUint16(4, 0x1234);
  view.setUint16(6, ((spec.moreFragments ? 1 : 0) << 13) | (spec.fragmentOffset ?? 0));
  bytes[8] = 64;
  bytes[9] = spec.protocol;
  view.setUint32(12, wordsOf(spec.src)[0] ?? 0);
  view.setUint32(16, wordsOf(spec.dst)[0] ?? 0);
  for (let i = 20; i < 20 + options; i++) bytes[i] = 1; // NOP options
  bytes.set(body, 20 + options);
  let sum = 0;
  for (let i = 0; i < 20 + options; i += 2) sum += view.getUint16(i);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  view.setUint16(10, ~sum & 0xffff);
  return bytes;
}

/**
 * An IPv6 packet, with the extension headers of `spec.extensions` chained in order.
 *
 * @example buildIpv6({ src: '2001:db8::1', dst: '2001:db8::2', protocol: 58, extensions: [0] }).length // 56
 */
export function buildIpv6(spec: IpSpec): Uint8Array {
  const extensions = spec.extensions ?? [];
  const sizes = extensions.map((type) => (type === 51 ? 16 : type === 44 ? 8 : 16));
  const body = transport(spec);
  const extensionBytes = sizes.reduce((a, b) => a + b, 0);
  const bytes = new Uint8Array(40 + extensionBytes + body.length);
  const view = new DataView(bytes.buffer);
  bytes[0] = 0x60;
  view.setUint16(4, bytes.length - 40);
  bytes[6] = extensions[0] ?? spec.protocol;
  bytes[7] = 64;
  wordsOf(spec.src).forEach((w, i) => view.setUint32(8 + 4 * i, w));
  wordsOf(spec.dst).forEach((w, i) => view.setUint32(24 + 4 * i, w));
  let p = 40;
  extensions.forEach((type, i) => {
    bytes[p] = extensions[i + 1] ?? spec.protocol;
    if (type === 44) {
      view.setUint16(p + 2, ((spec.fragmentOffset ?? 0) << 3) | (spec.moreFragments ? 1 : 0));
      view.setUint32(p + 4, 0xabcd);
    } else {
      bytes[p + 1] = type === 51 ? 2 : 1; // AH counts 4-byte words minus 2, others 8-byte units minus 1
      if (type !== 51) bytes[p + 2] = 1; // a PadN option filling the header
      if (type !== 51) bytes[p + 3] = 12;
    }
    p += sizes[i] ?? 0;
  });
  bytes.set(body, p);
  return bytes;
}

/**
 * An Ethernet frame around a network-layer packet, with optional VLAN tags (outermost first;
 * a tag is `{ id, tpid }`, tpid 0x8100 by default, 0x88a8 for a QinQ service tag).
 *
 * @example buildEthernet(buildIpv4(spec), { vlans: [{ id: 10, tpid: 0x88a8 }, { id: 20 }] })
 */
export function buildEthernet(
  packet: Uint8Array,
  options: {
    etherType?: number;
    vlans?: { id: number; tpid?: number }[];
    srcMac?: number[];
    dstMac?: number[];
  } = {},
): Uint8Array {
  const vlans = options.vlans ?? [];
  const bytes = new Uint8Array(14 + 4 * vlans.length + packet.length);
  const view = new DataView(bytes.buffer);
  bytes.set(options.dstMac ?? [0x02, 0, 0, 0, 0, 2], 0);
  bytes.set(options.srcMac ?? [0x02, 0, 0, 0, 0, 1], 6);
  let p = 12;
  for (const tag of vlans) {
    view.setUint16(p, tag.tpid ?? 0x8100);
    view.setUint16(p + 2, tag.id);
    p += 4;
  }
  const version = (packet[0] ?? 0) >> 4;
  view.setUint16(p, options.etherType ?? (version === 6 ? 0x86dd : 0x0800));
  bytes.set(packet, p + 2);
  return bytes;
}

/**
 * A Linux cooked capture frame: SLL (16-byte header, `version` 1) or SLL2 (20 bytes, `version` 2).
 *
 * @example buildCooked(buildIpv4(spec), 2, [2, 0, 0, 0, 0, 1]).length // 20 + packet length
 */
export function buildCooked(
  packet: Uint8Array,
  version: 1 | 2,
  mac: number[] = [2, 0, 0, 0, 0, 1],
): Uint8Array {
  const header = version === 1 ? 16 : 20;
  const bytes = new Uint8Array(header + packet.length);
  const view = new DataView(bytes.buffer);
  const etherType = (packet[0] ?? 0) >> 4 === 6 ? 0x86dd : 0x0800;
  if (version === 1) {
    view.setUint16(2, 1);
    view.setUint16(4, mac.length);
    bytes.set(mac.slice(0, 8), 6);
    view.setUint16(14, etherType);
  } else {
    view.setUint16(0, etherType);
    view.setUint32(4, 2);
    view.setUint16(8, 1);
    bytes[11] = mac.length;
    bytes.set(mac.slice(0, 8), 12);
  }
  bytes.set(packet, header);
  return bytes;
}
