/**
 * Frame decoding: link layer (Ethernet, Linux cooked SLL and SLL2, raw IP), VLAN tags
 * (802.1Q, 802.1ad / QinQ), then IP and transport via packet-ip.
 */
import { decodeIpv4, decodeIpv6 } from './packet-ip';
import {
  DECODE_MALFORMED,
  DECODE_NOT_IP,
  DECODE_TRUNCATED,
  DECODE_UNSUPPORTED_LINK,
  FRAGMENT_NONE,
  type DecodeStatus,
  type DecodedPacket,
} from './packet-fields';
import {
  LINKTYPE_ETHERNET,
  LINKTYPE_IPV4,
  LINKTYPE_IPV6,
  LINKTYPE_LINUX_SLL,
  LINKTYPE_LINUX_SLL2,
  LINKTYPE_RAW,
  type CaptureRecord,
} from './pcap-record';

export const ETHERTYPE_IPV4 = 0x0800;
export const ETHERTYPE_IPV6 = 0x86dd;
const VLAN_CTAG = 0x8100;
const VLAN_STAG = 0x88a8;
const VLAN_OLD_QINQ = 0x9100;
const MAX_VLAN_TAGS = 8;

/**
 * Decodes the packets of one capture file: holds a DataView over the file's bytes, so that
 * decoding a record allocates nothing.
 * Why: a capture of a million packets is decoded in a worker, packet by packet.
 *
 * @example
 * const decoder = new PacketDecoder(bytes);
 * if (decoder.decode(record, packet) === DECODE_OK) console.log(packet.protocol, packet.dstPort);
 */
export class PacketDecoder {
  private view: DataView;

  constructor(bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Decodes from now on in `bytes`: the reader's new window when a file is read in chunks. */
  setWindow(bytes: Uint8Array): void {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Decodes the frame `record` points at into `out`; returns a DECODE_ status. */
  decode(record: CaptureRecord, out: DecodedPacket): DecodeStatus {
    const view = this.view;
    const at = record.data;
    const end = at + record.capturedLength;
    out.ethertype = 0;
    out.protocol = -1;
    out.srcPort = -1;
    out.dstPort = -1;
    out.icmpType = -1;
    out.icmpCode = -1;
    out.tcpFlags = -1;
    out.vlanCount = 0;
    out.vlanId = -1;
    out.l3Offset = -1;
    out.l4Offset = -1;
    out.fragment = FRAGMENT_NONE;
    out.frameTo = end;
    out.sourceMac = -1;
    const original = record.originalLength;
    switch (record.linkType) {
      case LINKTYPE_ETHERNET:
        out.synthesize = false;
        out.frameFrom = at;
        out.length = original;
        if (end - at < 14) return DECODE_TRUNCATED;
        out.etherType = view.getUint16(at + 12);
        return this.network(out.etherType, at + 14, end, out);
      case LINKTYPE_LINUX_SLL:
        out.synthesize = true;
        if (end - at < 16) return DECODE_TRUNCATED;
        if (view.getUint16(at + 4) >= 6) out.sourceMac = at + 6;
        out.etherType = view.getUint16(at + 14);
        out.frameFrom = at + 16;
        out.length = original - 2;
        return this.network(out.etherType, at + 16, end, out);
      case LINKTYPE_LINUX_SLL2:
        out.synthesize = true;
        if (end - at < 20) return DECODE_TRUNCATED;
        if (view.getUint8(at + 11) >= 6) out.sourceMac = at + 12;
        out.etherType = view.getUint16(at);
        out.frameFrom = at + 20;
        out.length = original - 6;
        return this.network(out.etherType, at + 20, end, out);
      case LINKTYPE_RAW:
      case LINKTYPE_IPV4:
      case LINKTYPE_IPV6: {
        out.synthesize = true;
        out.frameFrom = at;
        out.length = original + 14;
        if (end - at < 1) return DECODE_TRUNCATED;
        const version = view.getUint8(at) >> 4;
        if (version !== 4 && version !== 6) return DECODE_MALFORMED;
        out.etherType = version === 4 ? ETHERTYPE_IPV4 : ETHERTYPE_IPV6;
        return this.network(out.etherType, at, end, out);
      }
      default:
        out.synthesize = false;
        out.frameFrom = at;
        out.length = original;
        return DECODE_UNSUPPORTED_LINK;
    }
  }

  private network(etherType: number, at: number, end: number, out: DecodedPacket): DecodeStatus {
    const view = this.view;
    let type = etherType;
    let p = at;
    while (type === VLAN_CTAG || type === VLAN_STAG || type === VLAN_OLD_QINQ) {
      if (end - p < 4) return DECODE_TRUNCATED;
      if (out.vlanCount === 0) out.vlanId = view.getUint16(p) & 0xfff;
      if (++out.vlanCount > MAX_VLAN_TAGS) return DECODE_MALFORMED;
      type = view.getUint16(p + 2);
      p += 4;
    }
    if (type === ETHERTYPE_IPV4) return decodeIpv4(view, p, end, out);
    if (type === ETHERTYPE_IPV6) return decodeIpv6(view, p, end, out);
    return DECODE_NOT_IP;
  }
}
