/**
 * Reader of pcapng files (IETF draft "PCAP Next Generation"): sections in either byte order,
 * interface descriptions with their link type, snapshot length and timestamp resolution
 * (if_tsresol, if_tsoffset), enhanced, simple and obsolete packet blocks. Other blocks (name
 * resolution, statistics, custom, ...) are skipped.
 */
import { message, type AnalysisMessage } from '../analysis/messages';
import { captureError, type CaptureError } from './pcap-error';
import { MAX_BLOCK, type CaptureReader, type CaptureRecord, type ReaderState } from './pcap-record';

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

interface SectionState {
  le: boolean;
  interfaces: Interface[];
}

class PcapngReader implements CaptureReader {
  readonly format = 'pcapng';
  version = 0;
  error: CaptureError | null = null;
  waiting = false;
  /** Offset in the window of the next block; `base` is the window's offset in the file. */
  pending = 0;
  private base = 0;
  private count = 0;
  private le = true;
  private interfaces: Interface[] = [];
  private view: DataView;

  constructor(
    private bytes: Uint8Array,
    private final: boolean,
    /** The file's size when known: a block claiming more than is left is refused at once. */
    private readonly size: number,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get position(): number {
    return this.base + this.pending;
  }

  setWindow(bytes: Uint8Array, final: boolean): void {
    this.base += this.pending;
    this.pending = 0;
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.final = final;
  }

  saveState(): ReaderState {
    return { le: this.le, interfaces: this.interfaces } satisfies SectionState;
  }

  seek(bytes: Uint8Array, offset: number, state: ReaderState): void {
    const saved = state as SectionState;
    this.le = saved.le;
    this.interfaces = saved.interfaces;
    this.base = offset;
    this.pending = 0;
    this.error = null;
    this.setWindow(bytes, true);
  }

  next(record: CaptureRecord): boolean {
    const end = this.bytes.length;
    const view = this.view;
    this.waiting = false;
    while (!this.error) {
      const at = this.pending;
      if (at >= end) return this.wait();
      const where = this.base + at;
      if (end - at < 12) return this.cutOff(message('capture.pcapng.blockCut', { offset: where }), at);
      const type = view.getUint32(at, this.le);
      if (type === SHB && !this.startSection(at)) return false;
      const length = view.getUint32(at + 4, this.le);
      if (length < 12 || length % 4 !== 0) {
        return this.fail(
          'CORRUPT_RECORD',
          message('capture.pcapng.blockLength', { offset: where, length }),
          at,
        );
      }
      if (length > MAX_BLOCK) {
        return this.fail(
          'CORRUPT_RECORD',
          message('capture.pcapng.blockTooLong', {
            offset: where,
            packet: this.count + 1,
            bytes: length,
            limit: MAX_BLOCK,
          }),
          at,
        );
      }
      const left = this.final ? end - at : this.size - where;
      if (length > left) {
        // Refused at once: waiting for the rest would hold the whole file in memory.
        return this.fail(
          'TRUNCATED_RECORD',
          message('capture.pcapng.blockPastEnd', {
            offset: where,
            packet: this.count + 1,
            bytes: length,
            left,
          }),
          at,
        );
      }
      if (length > end - at) return this.wait();
      if (view.getUint32(at + length - 4, this.le) !== length) {
        return this.fail('CORRUPT_RECORD', message('capture.pcapng.blockEnd', { offset: where }), at);
      }
      if (type === IDB && !this.addInterface(at, length)) return false;
      if (type === EPB || type === OPB || type === SPB) return this.readPacket(type, at, length, record);
      this.pending = at + length;
    }
    return false;
  }

  private startSection(at: number): boolean {
    const where = this.base + at;
    if (this.bytes.length - at < 28)
      return this.cutOff(message('capture.pcapng.sectionCut', { offset: where }), at);
    const magic = this.view.getUint32(at + 8, true);
    if (magic !== BYTE_ORDER_MAGIC && magic !== 0x4d3c2b1a) {
      return this.fail('CORRUPT_RECORD', message('capture.pcapng.byteOrder', { offset: where }), at);
    }
    this.le = magic === BYTE_ORDER_MAGIC;
    const major = this.view.getUint16(at + 12, this.le);
    if (major !== 1) {
      return this.fail(
        'UNSUPPORTED_VERSION',
        message('capture.pcapng.version', { offset: where, version: major }),
        at,
      );
    }
    this.interfaces = [];
    this.version++;
    return true;
  }

  private addInterface(at: number, length: number): boolean {
    if (length < 20) {
      return this.fail(
        'CORRUPT_RECORD',
        message('capture.pcapng.interfaceShort', { offset: this.base + at }),
        at,
      );
    }
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
    // A new array: states saved before keep the interfaces of their time.
    this.interfaces = [...this.interfaces, found];
    this.version++;
    return true;
  }

  private readPacket(type: number, at: number, length: number, record: CaptureRecord): boolean {
    const view = this.view;
    const le = this.le;
    const packet = this.count + 1;
    const where = this.base + at;
    const simple = type === SPB;
    if (length < (simple ? 16 : 32)) {
      return this.fail(
        'CORRUPT_RECORD',
        message('capture.pcapng.packetShort', { packet, offset: where }),
        at,
      );
    }
    const id = simple ? 0 : type === EPB ? view.getUint32(at + 8, le) : view.getUint16(at + 8, le);
    const iface = this.interfaces[id];
    if (!iface) {
      return this.fail(
        'CORRUPT_RECORD',
        message('capture.pcapng.unknownInterface', { packet, offset: where, interface: id }),
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
          message('capture.pcapng.packetTooLong', { packet, offset: where, bytes: captured }),
          at,
        );
      }
      const original = view.getUint32(at + 24, le);
      record.originalLength = original < captured ? captured : original;
      setTime(record, view.getUint32(at + 12, le), view.getUint32(at + 16, le), iface.units, iface.offset);
    }
    record.packet = packet;
    record.offset = where;
    record.data = at + (simple ? 12 : 28);
    record.capturedLength = captured;
    record.linkType = iface.linkType;
    this.count = packet;
    this.pending = at + length;
    return true;
  }

  /** End of the window: the caller may give more bytes unless this was the file's end. */
  private wait(): false {
    this.waiting = !this.final;
    return false;
  }

  /** Bytes missing at the end of the window: wait for more, or report the file as cut short. */
  private cutOff(problem: AnalysisMessage, at: number): false {
    return this.final ? this.fail('TRUNCATED_RECORD', problem, at) : this.wait();
  }

  private fail(code: CaptureError['code'], problem: AnalysisMessage, at: number): false {
    this.error = captureError(code, problem, this.count + 1, this.base + at);
    return false;
  }
}

/**
 * Opens a pcapng file held in memory, whole or (with `final` false) its first window of at
 * least 28 bytes of a file of `size` bytes; the first block must be a section header. A block
 * claiming more than 256 MiB, or more than the file has left, is refused at once.
 * Why: Wireshark and recent tcpdump builds save pcapng by default.
 *
 * @example
 * const opened = openPcapng(bytes);
 * if ('reader' in opened) for (const r = createCaptureRecord(); opened.reader.next(r); ) use(r);
 */
export function openPcapng(
  bytes: Uint8Array,
  final = true,
  size = final ? bytes.length : Infinity,
): { reader: CaptureReader } | { error: CaptureError } {
  if (!isPcapngMagic(bytes)) {
    return {
      error: captureError('NOT_A_CAPTURE', message('capture.pcapng.noSection'), 0, 0),
    };
  }
  if (bytes.length < 28) {
    return {
      error: captureError(
        'TRUNCATED_HEADER',
        message('capture.pcapng.shortHeader', { bytes: bytes.length }),
        0,
        0,
      ),
    };
  }
  const reader = new PcapngReader(bytes, final, size);
  return { reader };
}
