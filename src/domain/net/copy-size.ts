/**
 * How big a mirrored copy is (docs/behaviour.md, "The copy on the wire"), the one rule that the packet tester, the capture
 * copies and warning W3 all use. A copy is outer Ethernet (14) + outer IPv4 (20) + UDP (8) +
 * VXLAN (8) + the inner Ethernet frame (the IP packet + 14). The inner frame is cut to the
 * session's packet_length; if the outer IP packet (36 + the bytes kept) would still exceed the
 * source's MTU, the source cuts the frame further so that it fits.
 *
 * Worked example: a 1460-byte session on a source with MTU 1450 copying a full-size packet
 * (1450-byte IP packet, 1464-byte frame): packet_length keeps 1460 bytes, which would make a
 * 1496-byte outer IP packet, 46 bytes more than 1450; the copy carries 1414 bytes (1450 - 36),
 * its outer IP packet is 1450 bytes and its frame 1464. With packet_length 1414 or less the
 * source never cuts anything.
 */
import { VXLAN_IP_OVERHEAD } from './packet-vxlan';

/** The MTU assumed for a source whose MTU the API does not report (missing, or 0 or less). */
export const ASSUMED_MTU = 1500;
/** The inner Ethernet header in front of the copied IP packet. */
export const INNER_ETHERNET_BYTES = 14;
/** The outer Ethernet header in front of the outer IP packet. */
export const OUTER_ETHERNET_BYTES = 14;

/** A source's MTU, and whether it was assumed because the API does not report it. */
export interface SourceMtu {
  mtu: number;
  assumed: boolean;
}

/** Which limit cut the copy: the session's packet length, the source's MTU, or none. */
export type CopyCut = 'packet_length' | 'mtu' | null;

/** The sizes of one copy, in bytes. */
export interface CopySize {
  /** The original frame: IP packet length + 14 (inner Ethernet header). */
  inner_frame_bytes: number;
  packet_length: number;
  source_mtu: number;
  /** True when the API does not report the source's MTU and ASSUMED_MTU stands in for it. */
  mtu_assumed: boolean;
  /** Inner bytes left by the packet_length cut: min(inner frame, packet_length). */
  kept_bytes: number;
  /** Inner bytes carried: the kept bytes, cut further to source MTU - 36 when they do not fit. */
  copied_bytes: number;
  /** Outer IPv4 packet: 20 + 8 + 8 + copied. */
  outer_ip_bytes: number;
  /** Whole copy on the wire: 14 + outer IPv4 packet. */
  frame_bytes: number;
  truncated: boolean;
  /** Which limit cut the copy (the smaller one), null when the whole frame fits. */
  truncated_by: CopyCut;
  /** Bytes the MTU cut off after the packet_length cut (0 unless truncated_by is 'mtu'). */
  mtu_cut_bytes: number;
}

/**
 * The MTU to compute copies with: the reported one, or ASSUMED_MTU when it is missing or not
 * positive (and then says so), so that every screen assumes the same thing.
 *
 * @example sourceMtu(undefined) // { mtu: 1500, assumed: true }
 */
export function sourceMtu(reported: number | null | undefined): SourceMtu {
  return typeof reported === 'number' && reported > 0
    ? { mtu: reported, assumed: false }
    : { mtu: ASSUMED_MTU, assumed: true };
}

/**
 * The sizes of the copy of one packet: an IP packet of `ipPacketLength` bytes seen on a source
 * whose MTU is `reportedMtu` (undefined or <= 0: unknown), mirrored by a session that copies
 * `packetLength` bytes. Why one function: the tester's numbers, the capture's copies and W3
 * must never disagree.
 *
 * @example copySize(96, 1500, 1500) // inner 1514, copied 96, outer IP 132, frame 146, cut by packet_length
 * @example copySize(1460, 1450, 1450) // kept 1460, copied 1414, outer IP 1450, cut by mtu by 46 bytes
 */
export function copySize(
  packetLength: number,
  reportedMtu: number | null | undefined,
  ipPacketLength: number,
): CopySize {
  const { mtu, assumed } = sourceMtu(reportedMtu);
  const inner = Math.max(0, Math.floor(ipPacketLength)) + INNER_ETHERNET_BYTES;
  const kept = Math.min(inner, packetLength);
  const copied = Math.min(inner, copyLimit(packetLength, mtu));
  const truncatedBy: CopyCut = copied < kept ? 'mtu' : kept < inner ? 'packet_length' : null;
  return {
    inner_frame_bytes: inner,
    packet_length: packetLength,
    source_mtu: mtu,
    mtu_assumed: assumed,
    kept_bytes: kept,
    copied_bytes: copied,
    outer_ip_bytes: VXLAN_IP_OVERHEAD + copied,
    frame_bytes: OUTER_ETHERNET_BYTES + VXLAN_IP_OVERHEAD + copied,
    truncated: truncatedBy !== null,
    truncated_by: truncatedBy,
    mtu_cut_bytes: kept - copied,
  };
}

/**
 * The most inner-frame bytes any copy of the session from this source carries: the packet
 * length, or MTU - 36 when that is smaller. A copy carries min(inner frame, this limit), so
 * the capture prepares it once per session instead of once per packet.
 *
 * @example copyLimit(1460, 1450) // 1414
 * @example copyLimit(96, undefined) // 96 (MTU assumed 1500)
 */
export function copyLimit(packetLength: number, reportedMtu: number | null | undefined): number {
  return Math.min(packetLength, largestUncutPacketLength(reportedMtu));
}

/**
 * The largest copy a session can produce from a source: the copy of a full-size packet (an IP
 * packet as long as the source's MTU). Some copy of the session is cut by the MTU exactly when
 * this one is, that is when `packetLength + 36 > MTU` (W3).
 *
 * @example largestCopy(1460, 1450).truncated_by // 'mtu'
 * @example largestCopy(96, 1500).truncated_by // 'packet_length'
 */
export function largestCopy(packetLength: number, reportedMtu: number | null | undefined): CopySize {
  return copySize(packetLength, reportedMtu, sourceMtu(reportedMtu).mtu);
}

/**
 * The largest packet length whose copies a source never cuts: its MTU - 36 (ASSUMED_MTU - 36
 * when unknown), 0 when the MTU leaves no room at all.
 *
 * @example largestUncutPacketLength(1450) // 1414
 */
export function largestUncutPacketLength(reportedMtu: number | null | undefined): number {
  return Math.max(0, sourceMtu(reportedMtu).mtu - VXLAN_IP_OVERHEAD);
}

/**
 * Why the source cut a copy, with the numbers: what was kept, the outer packet it would make,
 * the MTU it exceeds and by how much. The tester and W3 both say it in these words.
 *
 * @example describeMtuCut(copySize(1460, 1450, 1450))
 * // 'the 1460 bytes that the packet length keeps of the 1464-byte frame would make a 1496-byte outer IP packet (36 bytes of IPv4, UDP and VXLAN headers + 1460), 46 bytes more than the source's MTU of 1450, so the source cuts the copy by 46 bytes, to 1414 bytes'
 */
export function describeMtuCut(size: CopySize): string {
  const { kept_bytes: kept, inner_frame_bytes: inner } = size;
  const what =
    kept < inner
      ? `the ${kept} bytes that the packet length keeps of the ${inner}-byte frame`
      : `the whole ${inner}-byte frame`;
  const mtu = size.mtu_assumed
    ? `the assumed MTU of ${size.source_mtu} (the source's MTU is not reported)`
    : `the source's MTU of ${size.source_mtu}`;
  const outer = VXLAN_IP_OVERHEAD + kept;
  return `${what} would make a ${outer}-byte outer IP packet (${VXLAN_IP_OVERHEAD} bytes of IPv4, UDP and VXLAN headers + ${kept}), ${outer - size.source_mtu} bytes more than ${mtu}, so the source cuts the copy by ${size.mtu_cut_bytes} bytes, to ${size.copied_bytes} bytes`;
}
