/**
 * VXLAN encapsulation of a mirrored packet (docs/behaviour.md, "The copy on the wire", RFC 7348): outer Ethernet (14) +
 * outer IPv4 (20) + UDP (8, destination port 4789) + VXLAN (8, flags 0x08, VNI) + the inner
 * Ethernet frame. The 50 outer bytes are prepared once per session and target (a template);
 * each copy then only sets its lengths, header checksum and UDP source port.
 */
import type { DecodedPacket } from './packet-fields';

export const VXLAN_PORT = 4789;
/** Bytes in front of the inner frame: Ethernet 14 + IPv4 20 + UDP 8 + VXLAN 8. */
export const VXLAN_OVERHEAD = 50;
/** Bytes the outer IP packet adds to the inner frame: IPv4 20 + UDP 8 + VXLAN 8. */
export const VXLAN_IP_OVERHEAD = 36;

export interface VxlanEndpoints {
  vni: number;
  /** Outer IPv4 addresses as unsigned 32-bit numbers. */
  sourceIp: number;
  destinationIp: number;
  /** Outer MAC addresses, 6 bytes each; zeros when not known. */
  sourceMac?: ArrayLike<number>;
  destinationMac?: ArrayLike<number>;
  ttl?: number;
}

export interface VxlanTemplate {
  header: Uint8Array;
  /** One's-complement sum of the outer IPv4 header without its total length and checksum. */
  partialSum: number;
}

/**
 * The internet checksum of an IPv4 header (RFC 791/1071) at `at`, with its checksum field
 * taken as zero. Why: the outer header of each copy must carry a correct checksum.
 *
 * @example ipv4HeaderChecksum(header, 0) // 0xb861 for 45 00 00 73 00 00 40 00 40 11 .. .. c0 a8 00 01 c0 a8 00 c7
 */
export function ipv4HeaderChecksum(bytes: Uint8Array, at: number): number {
  const length = ((bytes[at] ?? 0) & 15) * 4;
  let sum = 0;
  for (let i = 0; i < length; i += 2) {
    if (i !== 10) sum += ((bytes[at + i] ?? 0) << 8) | (bytes[at + i + 1] ?? 0);
  }
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

/**
 * Prepares the outer headers of one session's copies: addresses, MACs, VNI, ports.
 * Why: per copy only the lengths and the checksum change, so the hot loop copies 50 bytes.
 *
 * @example createVxlanTemplate({ vni: 1, sourceIp: 0xc0a8001b, destinationIp: 0xc0a80064 }).header.length // 50
 */
export function createVxlanTemplate(endpoints: VxlanEndpoints): VxlanTemplate {
  const h = new Uint8Array(VXLAN_OVERHEAD);
  const view = new DataView(h.buffer);
  for (let i = 0; i < 6; i++) {
    h[i] = endpoints.destinationMac?.[i] ?? 0;
    h[6 + i] = endpoints.sourceMac?.[i] ?? 0;
  }
  view.setUint16(12, 0x0800);
  h[14] = 0x45;
  view.setUint16(20, 0x4000); // don't fragment, identification 0 (RFC 6864 atomic datagram)
  h[22] = endpoints.ttl ?? 64;
  h[23] = 17;
  view.setUint32(26, endpoints.sourceIp >>> 0);
  view.setUint32(30, endpoints.destinationIp >>> 0);
  view.setUint16(36, VXLAN_PORT);
  h[42] = 0x08;
  view.setUint32(46, (endpoints.vni & 0xffffff) << 8);
  let sum = 0;
  for (let i = 14; i < 34; i += 2) if (i !== 16 && i !== 24) sum += view.getUint16(i);
  return { header: h, partialSum: sum };
}

/**
 * Bytes of the packet available as an Ethernet frame in the capture (a 14-byte header is
 * counted for cooked and raw captures, which get one made up).
 *
 * @example capturedFrameLength(packet) // 74 for a 74-byte Ethernet frame captured in full
 */
export function capturedFrameLength(packet: DecodedPacket): number {
  return (packet.synthesize ? 14 : 0) + packet.frameTo - packet.frameFrom;
}

/**
 * A UDP source port in 49152-65535 derived from the inner flow, as RFC 7348 section 5
 * recommends, so that copies of one flow take one path through ECMP networks.
 *
 * @example vxlanSourcePort(packet) // e.g. 53211, the same for every packet of the flow
 */
export function vxlanSourcePort(packet: DecodedPacket): number {
  const src = packet.src;
  const dst = packet.dst;
  let h = Math.imul(packet.protocol + 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ src[0]! ^ (src[1]! >>> 1) ^ (src[2]! >>> 2) ^ (src[3]! >>> 3), 0xc2b2ae35);
  h = Math.imul(h ^ dst[0]! ^ (dst[1]! >>> 1) ^ (dst[2]! >>> 2) ^ (dst[3]! >>> 3), 0x85ebca6b);
  h = Math.imul(h ^ ((packet.srcPort << 16) | (packet.dstPort & 0xffff)), 0xc2b2ae35);
  h ^= h >>> 15;
  return 49152 | (h & 0x3fff);
}

/**
 * Writes one VXLAN frame at `out[at]`: the template's outer headers with this copy's lengths
 * and checksum, then the first `innerLength` bytes of the packet's Ethernet frame, read from
 * the capture `file` (`innerLength` must not exceed `capturedFrameLength(packet)`).
 * Why: the copies file is written without a temporary array per packet.
 *
 * @example writeVxlanFrame(writer.bytes, writer.reserve(s, us, 50 + 96), template, file, packet, 96, 50000)
 */
export function writeVxlanFrame(
  out: Uint8Array,
  at: number,
  template: VxlanTemplate,
  file: Uint8Array,
  packet: DecodedPacket,
  innerLength: number,
  sourcePort: number,
): void {
  const header = template.header;
  out.set(header, at);
  const ipLength = VXLAN_IP_OVERHEAD + innerLength;
  let sum = template.partialSum + ipLength;
  sum = (sum & 0xffff) + (sum >>> 16);
  sum = ~((sum & 0xffff) + (sum >>> 16)) & 0xffff;
  out[at + 16] = ipLength >>> 8;
  out[at + 17] = ipLength & 255;
  out[at + 24] = sum >>> 8;
  out[at + 25] = sum & 255;
  out[at + 34] = sourcePort >>> 8;
  out[at + 35] = sourcePort & 255;
  out[at + 38] = (ipLength - 20) >>> 8;
  out[at + 39] = (ipLength - 20) & 255;
  let p = at + VXLAN_OVERHEAD;
  let left = innerLength;
  if (packet.synthesize) {
    const made = left < 14 ? left : 14;
    const mac = packet.sourceMac;
    for (let i = 0; i < made; i++) {
      out[p + i] =
        i < 6
          ? 0
          : i < 12
            ? mac < 0
              ? 0
              : file[mac + i - 6]!
            : i === 12
              ? packet.etherType >>> 8
              : packet.etherType & 255;
    }
    p += made;
    left -= made;
  }
  const from = packet.frameFrom;
  for (let i = 0; i < left; i++) out[p + i] = file[from + i]!;
}
