/**
 * IPv4 / IPv6 and transport header decoding into a reusable `DecodedPacket`.
 *
 * Fragments: only a packet at fragment offset 0 carries the TCP/UDP header, so only it gets
 * ports. A later fragment keeps its protocol but has no ports (-1): a rule without port
 * ranges can still match it, a rule with a port range cannot. This is what a device that
 * does not reassemble sees, and what BPF (`tcp port 80`) does with fragments.
 */
import {
  DECODE_MALFORMED,
  DECODE_OK,
  DECODE_TRUNCATED,
  FRAGMENT_FIRST,
  FRAGMENT_LATER,
  FRAGMENT_NONE,
  type DecodeStatus,
  type DecodedPacket,
} from './packet-fields';
import { PROTOCOL_NUMBERS } from './protocols';

const { TCP, UDP, ICMP, ICMPV6 } = PROTOCOL_NUMBERS;
/** IPv6 extension headers walked to reach the upper-layer protocol. */
const HOP_BY_HOP = 0;
const ROUTING = 43;
const FRAGMENT = 44;
const AUTHENTICATION = 51;
const DESTINATION = 60;
const MOBILITY = 135;
const MAX_EXTENSIONS = 16;

function decodeTransport(view: DataView, at: number, end: number, out: DecodedPacket): DecodeStatus {
  const protocol = out.protocol;
  out.l4Offset = at;
  if (protocol === TCP || protocol === UDP) {
    if (end - at < (protocol === TCP ? 14 : 4)) return DECODE_TRUNCATED;
    out.srcPort = view.getUint16(at);
    out.dstPort = view.getUint16(at + 2);
    if (protocol === TCP) out.tcpFlags = view.getUint8(at + 13);
  } else if ((protocol === ICMP || protocol === ICMPV6) && end - at >= 2) {
    out.icmpType = view.getUint8(at);
    out.icmpCode = view.getUint8(at + 1);
  }
  return DECODE_OK;
}

/**
 * Decodes an IPv4 header at `at` (and its transport header) into `out`.
 * Why: the matcher needs addresses, protocol and ports as numbers.
 *
 * @example decodeIpv4(view, 14, frameEnd, packet) // DECODE_OK, packet.src[0] === 0x0a000001
 */
export function decodeIpv4(view: DataView, at: number, end: number, out: DecodedPacket): DecodeStatus {
  if (end - at < 20) return DECODE_TRUNCATED;
  const versionLength = view.getUint8(at);
  const headerLength = (versionLength & 15) * 4;
  if (versionLength >> 4 !== 4 || headerLength < 20) return DECODE_MALFORMED;
  if (end - at < headerLength) return DECODE_TRUNCATED;
  const totalLength = view.getUint16(at + 2);
  // A total length of 0 is seen on captures of TCP segmentation offload: trust the capture.
  if (totalLength !== 0 && totalLength < headerLength) return DECODE_MALFORMED;
  out.ethertype = 4;
  out.l3Offset = at;
  out.ipLength = totalLength === 0 ? end - at : totalLength;
  out.protocol = view.getUint8(at + 9);
  const src = out.src;
  const dst = out.dst;
  src[0] = view.getUint32(at + 12);
  dst[0] = view.getUint32(at + 16);
  src[1] = src[2] = src[3] = dst[1] = dst[2] = dst[3] = 0;
  const fragment = view.getUint16(at + 6);
  if ((fragment & 0x1fff) !== 0) {
    out.fragment = FRAGMENT_LATER;
    return DECODE_OK;
  }
  out.fragment = fragment & 0x2000 ? FRAGMENT_FIRST : FRAGMENT_NONE;
  const stop = totalLength === 0 ? end : Math.min(end, at + totalLength);
  return decodeTransport(view, at + headerLength, stop, out);
}

/**
 * Decodes an IPv6 header at `at`, walks its extension headers (hop-by-hop, routing, fragment,
 * destination options, authentication, mobility) to the upper-layer protocol, then decodes
 * the transport header. ESP and unknown headers end the walk: their number is the protocol.
 *
 * @example decodeIpv6(view, 14, frameEnd, packet) // DECODE_OK, packet.protocol === 58 (ICMPv6)
 */
export function decodeIpv6(view: DataView, at: number, end: number, out: DecodedPacket): DecodeStatus {
  if (end - at < 40) return DECODE_TRUNCATED;
  if (view.getUint8(at) >> 4 !== 6) return DECODE_MALFORMED;
  out.ethertype = 6;
  out.l3Offset = at;
  for (let i = 0; i < 4; i++) {
    out.src[i] = view.getUint32(at + 8 + 4 * i);
    out.dst[i] = view.getUint32(at + 24 + 4 * i);
  }
  const payload = view.getUint16(at + 4);
  out.ipLength = payload === 0 ? end - at : 40 + payload;
  const stop = payload === 0 ? end : Math.min(end, at + 40 + payload);
  let next = view.getUint8(at + 6);
  let p = at + 40;
  out.fragment = FRAGMENT_NONE;
  for (let i = 0; i < MAX_EXTENSIONS; i++) {
    if (next === FRAGMENT) {
      if (stop - p < 8) return DECODE_TRUNCATED;
      const offsetFlags = view.getUint16(p + 2);
      next = view.getUint8(p);
      p += 8;
      if (offsetFlags >> 3 !== 0) {
        out.protocol = next;
        out.fragment = FRAGMENT_LATER;
        return DECODE_OK;
      }
      if (offsetFlags & 1) out.fragment = FRAGMENT_FIRST;
    } else if (
      next === HOP_BY_HOP ||
      next === ROUTING ||
      next === DESTINATION ||
      next === MOBILITY ||
      next === AUTHENTICATION
    ) {
      if (stop - p < 8) return DECODE_TRUNCATED;
      const size = next === AUTHENTICATION ? (view.getUint8(p + 1) + 2) * 4 : (view.getUint8(p + 1) + 1) * 8;
      next = view.getUint8(p);
      p += size;
      if (p > stop) return DECODE_TRUNCATED;
    } else {
      out.protocol = next;
      return decodeTransport(view, p, stop, out);
    }
  }
  return DECODE_MALFORMED;
}
