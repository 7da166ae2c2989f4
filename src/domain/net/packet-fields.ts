/**
 * The fields decoded from one captured frame, in one reusable object: the numbers the matcher
 * compares, and where the frame's bytes are, so that a copy can be written without slicing.
 */

/** Outcomes of `decodePacket`. */
export const DECODE_OK = 0;
/** Not IPv4 or IPv6 (ARP, LLDP, 802.3/LLC, ...). */
export const DECODE_NOT_IP = 1;
/** The captured bytes end before the headers that are needed (snapshot length too small). */
export const DECODE_TRUNCATED = 2;
/** Headers that contradict themselves (bad IP version, header length too small, ...). */
export const DECODE_MALFORMED = 3;
/** A link-layer type this console does not read. */
export const DECODE_UNSUPPORTED_LINK = 4;

export type DecodeStatus = 0 | 1 | 2 | 3 | 4;

/** Fragment position of the packet, from IPv4 flags/offset or an IPv6 fragment header. */
export const FRAGMENT_NONE = 0;
export const FRAGMENT_FIRST = 1;
/** A later fragment: it carries no transport header, so it has no ports. */
export const FRAGMENT_LATER = 2;

export interface DecodedPacket {
  /** 4 or 6 (0 until decoded). */
  ethertype: number;
  /** Upper-layer protocol number (after IPv6 extension headers): 6 TCP, 17 UDP, 1 ICMP, 58 ICMPv6. */
  protocol: number;
  /** Addresses as big-endian 32-bit words; IPv4 uses word 0. */
  src: Uint32Array;
  dst: Uint32Array;
  /** Transport ports; -1 when the packet has none (ICMP, later fragments, other protocols). */
  srcPort: number;
  dstPort: number;
  /** Length of the packet on the wire as an Ethernet frame (what a mirror would copy from). */
  length: number;
  /** Length of the IP packet from its header (IPv4 total length, IPv6 40 + payload length). */
  ipLength: number;
  fragment: number;
  /** ICMP / ICMPv6 type and code, -1 for other protocols. */
  icmpType: number;
  icmpCode: number;
  /** TCP flags byte, -1 for other protocols. */
  tcpFlags: number;
  /** VLAN tags in front of the IP header (802.1Q, QinQ) and the outer tag's VLAN id (-1: none). */
  vlanCount: number;
  vlanId: number;
  /** Offsets in the file: network-layer header, transport header (-1 when absent). */
  l3Offset: number;
  l4Offset: number;
  /**
   * How to rebuild the frame as Ethernet: copy bytes [frameFrom, frameTo), preceded, when
   * `synthesize` is true (Linux cooked or raw IP captures), by a 14-byte Ethernet header made
   * of a zero destination MAC, the source MAC at `sourceMac` (-1: zeros) and `etherType`.
   */
  frameFrom: number;
  frameTo: number;
  synthesize: boolean;
  sourceMac: number;
  etherType: number;
}

/**
 * A blank decoded packet to reuse for every frame of a capture.
 * Why: decoding a million packets must not allocate per packet.
 *
 * @example const packet = createDecodedPacket(); decodePacket(bytes, record, packet);
 */
export function createDecodedPacket(): DecodedPacket {
  return {
    ethertype: 0,
    protocol: -1,
    src: new Uint32Array(4),
    dst: new Uint32Array(4),
    srcPort: -1,
    dstPort: -1,
    length: 0,
    ipLength: 0,
    fragment: FRAGMENT_NONE,
    icmpType: -1,
    icmpCode: -1,
    tcpFlags: -1,
    vlanCount: 0,
    vlanId: -1,
    l3Offset: -1,
    l4Offset: -1,
    frameFrom: 0,
    frameTo: 0,
    synthesize: false,
    sourceMac: -1,
    etherType: 0,
  };
}
