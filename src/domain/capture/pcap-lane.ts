/**
 * The capture evaluator's fast lane: the common records of a classic pcap file of Ethernet
 * frames (IPv4, IPv6 without extension headers, TCP / UDP / ICMP / any other protocol, and
 * frames that are not IP) read, decoded and decided in one loop, with no call per record but
 * the matcher's `decide`. Every other record (VLAN tags, IPv6 extension headers, anything
 * cut short or malformed, a record the window does not hold whole) is left to the general
 * path (`PcapReader.next`, `PacketDecoder`), which reads it and says what is wrong with it.
 *
 * Why: at a million packets, calls and the writing of two reused objects per record were most
 * of the evaluation's time. The lane gives exactly the general path's results:
 * `pcap-lane.test.ts` checks it against the general path on random captures.
 */
import type { CompiledConfig, PacketFields } from '../matcher/compile-config';
import { decideWith } from '../matcher/decide-kernel';
import { ETHERTYPE_IPV4, ETHERTYPE_IPV6 } from '../net/packet-decode';
import { DECODE_NOT_IP } from '../net/packet-fields';
import { PcapReader } from '../net/pcap-reader';
import { LINKTYPE_ETHERNET } from '../net/pcap-record';
import { PROTOCOL_NUMBERS } from '../net/protocols';
import type { AddressSet } from './capture-direction';
import type { HistogramTally } from './capture-histograms';
import { OTHER_HOST } from './capture-summary';
import type { PacketIndex } from './packet-index';

const { TCP, UDP } = PROTOCOL_NUMBERS;
const VLAN_CTAG = 0x8100;
const VLAN_STAG = 0x88a8;
const VLAN_OLD_QINQ = 0x9100;

/**
 * Whether an IPv6 next-header value is one the general decoder walks past (hop-by-hop,
 * routing, fragment, authentication, destination options, mobility).
 */
function isExtension(next: number): boolean {
  return next === 0 || next === 43 || next === 44 || next === 51 || next === 60 || next === 135;
}

/** What the lane writes its results into: the evaluator's own tallies. */
export interface LaneTargets {
  decided: Float64Array;
  skipped: Float64Array;
  index: PacketIndex;
  charts: HistogramTally | undefined;
}

/**
 * Reads records for one capture's evaluation. Use `applies` once the file is open, then
 * `read` wherever the evaluator would call `reader.next`.
 *
 * @example
 * if (PcapLane.applies(reader)) lane = new PcapLane(compiled, fields, addresses, targets);
 * const read = lane.read(reader, 65536); // records read; the reader has moved past them
 */
export class PcapLane {
  constructor(
    private readonly compiled: CompiledConfig,
    private readonly fields: PacketFields,
    private readonly addresses: AddressSet,
    private readonly targets: LaneTargets,
  ) {}

  /** Whether `reader` is a classic pcap reader of Ethernet frames, the files the lane reads. */
  static applies(reader: object): reader is PcapReader {
    return reader instanceof PcapReader && reader.linkType === LINKTYPE_ETHERNET;
  }

  /**
   * Reads at most `max` records from where `reader` stands, stopping before the first it
   * leaves to the general path; moves the reader past those read and returns their number.
   */
  read(reader: PcapReader, max: number): number {
    const { fields, targets } = this;
    const { decided, skipped, index, charts } = targets;
    const { v4, v6 } = this.addresses;
    const src = fields.src;
    const dst = fields.dst;
    const view = reader.view;
    const le = reader.littleEndian;
    const nanoScale = reader.nanoScale;
    const header = reader.recordHeader;
    const maxLength = reader.maxLength;
    const base = reader.base;
    const end = reader.directEnd;
    let at = reader.pending;
    let count = 0;
    while (count < max && at + header <= end) {
      const captured = view.getUint32(at + 8, le);
      const frame = at + header;
      const stop = frame + captured;
      if (captured > maxLength || stop > end || captured < 14) break;
      const etherType = view.getUint16(frame + 12);
      let result = -DECODE_NOT_IP;
      if (etherType === ETHERTYPE_IPV4) {
        const ip = frame + 14;
        if (stop - ip < 20) break;
        const versionLength = view.getUint8(ip);
        const headerLength = (versionLength & 15) * 4;
        const total = view.getUint16(ip + 2);
        if (versionLength >> 4 !== 4 || headerLength < 20 || stop - ip < headerLength) break;
        if (total !== 0 && total < headerLength) break;
        const protocol = view.getUint8(ip + 9);
        let srcPort = -1;
        let dstPort = -1;
        if ((view.getUint16(ip + 6) & 0x1fff) === 0 && (protocol === TCP || protocol === UDP)) {
          const l4 = ip + headerLength;
          const ipEnd = total === 0 || ip + total > stop ? stop : ip + total;
          if (ipEnd - l4 < (protocol === TCP ? 14 : 4)) break;
          srcPort = view.getUint16(l4);
          dstPort = view.getUint16(l4 + 2);
        }
        const from = view.getUint32(ip + 12);
        const to = view.getUint32(ip + 16);
        let direction = -1;
        for (let i = 0; i < v4.length; i++) if (v4[i] === from) direction = 1;
        if (direction < 0) for (let i = 0; i < v4.length; i++) if (v4[i] === to) direction = 0;
        src[0] = from;
        dst[0] = to;
        src[1] = src[2] = src[3] = dst[1] = dst[2] = dst[3] = 0;
        result = direction < 0 ? -OTHER_HOST : this.decide(4, direction, protocol, srcPort, dstPort);
      } else if (etherType === ETHERTYPE_IPV6) {
        const ip = frame + 14;
        if (stop - ip < 40 || view.getUint8(ip) >> 4 !== 6) break;
        const protocol = view.getUint8(ip + 6);
        if (isExtension(protocol)) break;
        const payload = view.getUint16(ip + 4);
        let srcPort = -1;
        let dstPort = -1;
        if (protocol === TCP || protocol === UDP) {
          const l4 = ip + 40;
          const ipEnd = payload === 0 || l4 + payload > stop ? stop : l4 + payload;
          if (ipEnd - l4 < (protocol === TCP ? 14 : 4)) break;
          srcPort = view.getUint16(l4);
          dstPort = view.getUint16(l4 + 2);
        }
        for (let i = 0; i < 4; i++) {
          src[i] = view.getUint32(ip + 8 + 4 * i);
          dst[i] = view.getUint32(ip + 24 + 4 * i);
        }
        let direction = -1;
        for (let i = 0; i < v6.length && direction < 0; i += 4) {
          if (src[0] === v6[i] && src[1] === v6[i + 1] && src[2] === v6[i + 2] && src[3] === v6[i + 3]) {
            direction = 1;
          }
        }
        for (let i = 0; i < v6.length && direction < 0; i += 4) {
          if (dst[0] === v6[i] && dst[1] === v6[i + 1] && dst[2] === v6[i + 2] && dst[3] === v6[i + 3]) {
            direction = 0;
          }
        }
        result = direction < 0 ? -OTHER_HOST : this.decide(6, direction, protocol, srcPort, dstPort);
      } else if (etherType === VLAN_CTAG || etherType === VLAN_STAG || etherType === VLAN_OLD_QINQ) {
        break;
      }
      if (result >= 0) decided[result]!++;
      else skipped[-result - 1]!++;
      if (charts) {
        const seconds = view.getUint32(at, le);
        const nanoseconds = view.getUint32(at + 4, le) * nanoScale;
        charts.add(seconds, nanoseconds, result, result >= 0 ? captured : 0);
      }
      index.add(base + at, result);
      at = stop;
      count++;
    }
    if (count > 0) reader.advance(at, count);
    return count;
  }

  /** The matcher's decision for a packet whose addresses are already in `fields.src` and `dst`. */
  private decide(
    ethertype: 4 | 6,
    direction: number,
    protocol: number,
    srcPort: number,
    dstPort: number,
  ): number {
    const fields = this.fields;
    fields.direction = direction as 0 | 1;
    fields.ethertype = ethertype;
    fields.protocol = protocol;
    fields.srcPort = srcPort;
    fields.dstPort = dstPort;
    return decideWith(this.compiled.tables, fields);
  }
}
