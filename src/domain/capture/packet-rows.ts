/**
 * The rows of a capture's packet table, decoded on demand: the packet index says where each
 * packet is in the file, its bytes are read again and decoded only while the row is in view.
 */
import { formatIp } from '../net/address';
import { PacketDecoder } from '../net/packet-decode';
import { DECODE_OK, createDecodedPacket } from '../net/packet-fields';
import { openCapture } from '../net/pcap-open';
import { createCaptureRecord, type CaptureReader } from '../net/pcap-record';
import { addressSet, directionOf, type AddressSet } from './capture-direction';
import type { PacketIndex } from './packet-index';

/** One packet as the results table shows it. */
export interface PacketRow {
  /** 0-based position in the file. */
  packet: number;
  /** An index into the outcomes, or -(k + 1) for skip reason SKIP_REASONS[k]. */
  code: number;
  /** 0 inbound, 1 outbound, -1 neither (not the interface's, or not decoded). */
  direction: number;
  /** 4 or 6; 0 when the packet is not IP or could not be decoded (then no addresses). */
  family: number;
  protocol: number;
  source: string;
  destination: string;
  /** Ports, -1 when the packet has none. */
  sourcePort: number;
  destinationPort: number;
  /** IP packet length, and frame length on the wire. */
  ipLength: number;
  frameLength: number;
}

/** The most bytes read for one row when the next packet's offset is not known. */
const MAX_ROW_BYTES = 1 << 20;

/**
 * Decodes single packets of a capture again from their bytes, with the reader state they were
 * first read with (`PacketIndex.stateOf`).
 * Why: keeping 8 bytes a packet and re-reading 50 rows is what lets 10 million packets fit.
 *
 * @example
 * const rows = new PacketRowReader(header, index, ['10.0.0.3'], file.size);
 * const [from, to] = rows.rangeOf(7);
 * rows.decode(7, bytesOfFile.subarray(from, to)).destination // '10.0.0.3'
 */
export class PacketRowReader {
  private readonly reader: CaptureReader | null;
  private readonly decoder = new PacketDecoder(new Uint8Array(0));
  private readonly record = createCaptureRecord();
  private readonly packet = createDecodedPacket();
  private readonly own: AddressSet;

  /** `header`: the file's first bytes (64 KiB is plenty); `size`: the file's size. */
  constructor(
    header: Uint8Array,
    private readonly index: PacketIndex,
    addresses: readonly string[],
    private readonly size: number,
  ) {
    const opened = openCapture(header, false, size);
    this.reader = 'reader' in opened ? opened.reader : null;
    this.own = addressSet(addresses);
  }

  /** The bytes [from, to) of the file that hold packet `i`'s record. */
  rangeOf(i: number): [number, number] {
    const from = this.index.offsetOf(i);
    const next = i + 1 < this.index.count ? this.index.offsetOf(i + 1) : this.size;
    return [from, Math.min(next, from + MAX_ROW_BYTES, this.size)];
  }

  /** Packet `i` as a row, from `bytes`: the file's bytes from `rangeOf(i)[0]` on. */
  decode(i: number, bytes: Uint8Array): PacketRow {
    const { record, packet } = this;
    const row: PacketRow = {
      packet: i,
      code: this.index.codeOf(i),
      direction: -1,
      family: 0,
      protocol: -1,
      source: '',
      destination: '',
      sourcePort: -1,
      destinationPort: -1,
      ipLength: 0,
      frameLength: 0,
    };
    const reader = this.reader;
    if (!reader) return row;
    reader.seek(bytes, this.index.offsetOf(i), this.index.stateOf(i));
    if (!reader.next(record)) return row;
    row.frameLength = record.originalLength;
    this.decoder.setWindow(bytes);
    if (this.decoder.decode(record, packet) !== DECODE_OK) return row;
    if (packet.ethertype !== 4 && packet.ethertype !== 6) return row;
    const family = packet.ethertype;
    row.direction = directionOf(packet, this.own);
    row.family = family;
    row.protocol = packet.protocol;
    row.source = formatIp({ family, words: family === 4 ? [packet.src[0]!] : [...packet.src] });
    row.destination = formatIp({ family, words: family === 4 ? [packet.dst[0]!] : [...packet.dst] });
    row.sourcePort = packet.srcPort;
    row.destinationPort = packet.dstPort;
    row.ipLength = packet.ipLength;
    return row;
  }
}
