/**
 * Reader of pcapng files (IETF draft "PCAP Next Generation"): sections in either byte order,
 * interface descriptions with their link type, snapshot length and timestamp resolution
 * (if_tsresol, if_tsoffset), enhanced, simple and obsolete packet blocks. Other blocks (name
 * resolution, statistics, custom, ...) are skipped.
 */
import { captureError, type CaptureError } from './pcap-error';
import type { CaptureReader, CaptureRecord } from './pcap-record';

const SHB = 0x0a0d0d0a;
const IDB = 1;
const OPB = 2;
const SPB = 3;
const EPB = 6;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;

interface Interface {
  linkType: number;
  snaplen: number;
  /** Timestamp units per second (10^6 unless if_tsresol says otherwise). */
  units: number;
  /** Whole seconds added to every timestamp (if_tsoffset). */
  offset: number;
}

/**
 * Whether the bytes start with a pcapng section header block.
 *
 * @example isPcapngMagic(new Uint8Array([0x0a, 0x0d, 0x0d, 0x0a])) // true
 */
export function isPcapngMagic(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x0a && bytes[1] === 0x0d && bytes[2] === 0x0d && bytes[3] === 0x0a
  );
}

/** Splits a 64-bit count of `units` per second into exact seconds and nanoseconds. */
function setTime(record: CaptureRecord, high: number, low: number, units: number, offset: number): void {
  const q1 = Math.floor(high / units);
  const t1 = (high - q1 * units) * 65536 + (low >>> 16);
  const q2 = Math.floor(t1 / units);
  const t2 = (t1 - q2 * units) * 65536 + (low & 0xffff);
  const q3 = Math.floor(t2 / units);
  const rest = t2 - q3 * units;
  record.seconds = q1 * 4294967296 + q2 * 65536 + q3 + offset;
  const scale = 1e9 / units;
  record.nanoseconds = Number.isInteger(scale) ? rest * scale : Math.floor((rest / units) * 1e9);
}

class PcapngReader implements CaptureReader {
  readonly format = 'pcapng';
  position = 0;
  error: CaptureError | null = null;
  private count = 0;
  private le = true;
  private interfaces: Interface[] = [];

  constructor(
    private readonly bytes: Uint8Array,
    private readonly view: DataView,
  ) {}

  next(record: CaptureRecord): boolean {
    const end = this.bytes.length;
    const view = this.view;
    while (this.position < end && !this.error) {
      const at = this.position;
      const packet = this.count + 1;
      if (end - at < 12) return this.fail('TRUNCATED_RECORD', `The block at byte ${at} is cut off`, at);
      const type = view.getUint32(at, this.le);
      if (type === SHB && !this.startSection(at)) return false;
      const length = view.getUint32(at + 4, this.le);
      if (length < 12 || length % 4 !== 0) {
        return this.fail('CORRUPT_RECORD', `The block at byte ${at} has an impossible length ${length}`, at);
      }
      if (length > end - at) {
        return this.fail(
          'TRUNCATED_RECORD',
          `The block at byte ${at} (packet ${packet} or before) claims ${length} bytes but the file ends after ${end - at}`,
          at,
        );
      }
      if (view.getUint32(at + length - 4, this.le) !== length) {
        return this.fail('CORRUPT_RECORD', `The block at byte ${at} does not end with its length`, at);
      }
      this.position = at + length;
      if (type === IDB) {
        if (!this.addInterface(at, length)) return false;
      } else if (type === EPB || type === OPB || type === SPB) {
        return this.readPacket(type, at, length, record);
      }
    }
    return false;
  }

  private startSection(at: number): boolean {
    if (this.bytes.length - at < 28) {
      return this.fail('TRUNCATED_HEADER', `The section header block at byte ${at} is cut off`, at);
    }
    const magic = this.view.getUint32(at + 8, true);
    if (magic !== BYTE_ORDER_MAGIC && magic !== 0x4d3c2b1a) {
      return this.fail('CORRUPT_RECORD', `The section header at byte ${at} has no byte-order magic`, at);
    }
    this.le = magic === BYTE_ORDER_MAGIC;
    const major = this.view.getUint16(at + 12, this.le);
    if (major !== 1) {
      this.error = captureError(
        'UNSUPPORTED_VERSION',
        `The pcapng section at byte ${at} is of version ${major}, not 1`,
        this.count + 1,
        at,
      );
      return false;
    }
    this.interfaces = [];
    return true;
  }

  private addInterface(at: number, length: number): boolean {
    if (length < 20) return this.fail('CORRUPT_RECORD', `The interface block at byte ${at} is too short`, at);
    const view = this.view;
    const found: Interface = {
      linkType: view.getUint16(at + 8, this.le),
      snaplen: view.getUint32(at + 12, this.le),
      units: 1e6,
      offset: 0,
    };
    const stop = at + length - 4;
    for (let p = at + 16; p + 4 <= stop;) {
      const code = view.getUint16(p, this.le);
      const size = view.getUint16(p + 2, this.le);
      if (code === 0 || p + 4 + size > stop) break;
      if (code === 9 && size >= 1) {
        const v = view.getUint8(p + 4);
        found.units = v & 0x80 ? 2 ** (v & 0x7f) : 10 ** v;
      } else if (code === 14 && size === 8) {
        const a = view.getInt32(p + 4 + (this.le ? 4 : 0), this.le);
        const b = view.getUint32(p + 4 + (this.le ? 0 : 4), this.le);
        found.offset = a * 4294967296 + b;
      }
      p += 4 + ((size + 3) & ~3);
    }
    this.interfaces.push(found);
    return true;
  }

  private readPacket(type: number, at: number, length: number, record: CaptureRecord): boolean {
    const view = this.view;
    const le = this.le;
    const packet = this.count + 1;
    const simple = type === SPB;
    if (length < (simple ? 16 : 32)) {
      return this.fail('CORRUPT_RECORD', `Packet ${packet}: its block at byte ${at} is too short`, at);
    }
    const id = simple ? 0 : type === EPB ? view.getUint32(at + 8, le) : view.getUint16(at + 8, le);
    const iface = this.interfaces[id];
    if (!iface) {
      return this.fail(
        'CORRUPT_RECORD',
        `Packet ${packet} at byte ${at} names interface ${id}, which the file never describes`,
        at,
      );
    }
    let captured: number;
    if (simple) {
      const original = view.getUint32(at + 8, le);
      captured = Math.min(original, length - 16, iface.snaplen > 0 ? iface.snaplen : original);
      record.originalLength = original;
      record.seconds = 0;
      record.nanoseconds = 0;
    } else {
      captured = view.getUint32(at + 20, le);
      if (captured > length - 32) {
        return this.fail(
          'CORRUPT_RECORD',
          `Packet ${packet} at byte ${at} claims ${captured} bytes, more than its block holds`,
          at,
        );
      }
      const original = view.getUint32(at + 24, le);
      record.originalLength = original < captured ? captured : original;
      setTime(record, view.getUint32(at + 12, le), view.getUint32(at + 16, le), iface.units, iface.offset);
    }
    record.packet = packet;
    record.offset = at;
    record.data = at + (simple ? 12 : 28);
    record.capturedLength = captured;
    record.linkType = iface.linkType;
    this.count = packet;
    return true;
  }

  private fail(code: CaptureError['code'], problem: string, at: number): false {
    this.error = captureError(code, problem, this.count + 1, at);
    return false;
  }
}

/**
 * Opens a pcapng file held in memory; the first block must be a section header.
 * Why: Wireshark and recent tcpdump builds save pcapng by default.
 *
 * @example
 * const opened = openPcapng(bytes);
 * if ('reader' in opened) for (const r = createCaptureRecord(); opened.reader.next(r); ) use(r);
 */
export function openPcapng(bytes: Uint8Array): { reader: CaptureReader } | { error: CaptureError } {
  if (!isPcapngMagic(bytes)) {
    return {
      error: captureError('NOT_A_CAPTURE', 'The file does not start with a pcapng section header', 0, 0),
    };
  }
  if (bytes.length < 28) {
    return {
      error: captureError(
        'TRUNCATED_HEADER',
        `The pcapng section header needs 28 bytes but the file has ${bytes.length}`,
        0,
        0,
      ),
    };
  }
  const reader = new PcapngReader(bytes, new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { reader };
}
