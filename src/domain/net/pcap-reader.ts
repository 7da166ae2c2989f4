/**
 * Reader of classic libpcap files: both byte orders, microsecond (0xa1b2c3d4) and nanosecond
 * (0xa1b23c4d) timestamps, and the "modified" pcap of old Red Hat tcpdumps (0xa1b2cd34,
 * 8 more bytes per record header).
 */
import { message } from '../analysis/messages';
import { captureError, type CaptureError } from './pcap-error';
import { MAX_BLOCK, type CaptureReader, type CaptureRecord, type ReaderState } from './pcap-record';

const MAGIC_MICRO = 0xa1b2c3d4;
const MAGIC_NANO = 0xa1b23c4d;
const MAGIC_MODIFIED = 0xa1b2cd34;
const FILE_HEADER = 24;
/** libpcap's largest snapshot length; a record claiming more than this and the file's is damaged. */
const MAX_SNAPLEN = 262144;

function swap32(value: number): number {
  return (((value & 0xff) << 24) | ((value & 0xff00) << 8) | ((value >>> 8) & 0xff00) | (value >>> 24)) >>> 0;
}

/**
 * Whether the first four bytes are a classic pcap magic number, in either byte order.
 *
 * @example isPcapMagic(new Uint8Array([0xd4, 0xc3, 0xb2, 0xa1])) // true (little-endian, microseconds)
 */
export function isPcapMagic(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, 4);
  const magic = view.getUint32(0, true);
  return [MAGIC_MICRO, MAGIC_NANO, MAGIC_MODIFIED].some((m) => m === magic || m === swap32(magic));
}

/**
 * The streaming reader of a classic pcap file. Besides `next`, it lets a loop that knows the
 * layout read whole records of the current window itself (`view`, from `pending` up to
 * `directEnd`) and then move past them with `advance`.
 * Why: the capture evaluator's fast lane reads the common records without a call per record.
 */
export class PcapReader implements CaptureReader {
  readonly format = 'pcap';
  readonly version = 0;
  error: CaptureError | null = null;
  waiting = false;
  /** Offset in the window of the next record; `base` is the window's offset in the file. */
  pending = FILE_HEADER;
  /** Offset in the file of the current window's first byte. */
  base = 0;
  private count = 0;
  /** The current window's bytes. */
  view: DataView;

  constructor(
    private bytes: Uint8Array,
    private final: boolean,
    readonly littleEndian: boolean,
    readonly nanoScale: number,
    readonly recordHeader: number,
    readonly linkType: number,
    readonly maxLength: number,
    /** The file's size when known: a record claiming more than is left is refused at once. */
    private readonly size: number,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get position(): number {
    return this.base + this.pending;
  }

  /**
   * Offset in the window that a record read directly must end at or before: the window's end,
   * or where the file ends when that is sooner. A record that passes it is left to `next`,
   * which waits for the next window or names the damage.
   */
  get directEnd(): number {
    const end = this.bytes.length;
    return this.final ? end : Math.min(end, this.size - this.base);
  }

  /** Moves past `packets` records read directly, the last of which ends at `to`. */
  advance(to: number, packets: number): void {
    this.pending = to;
    this.count += packets;
  }

  setWindow(bytes: Uint8Array, final: boolean): void {
    this.base += this.pending;
    this.pending = 0;
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.final = final;
  }

  saveState(): ReaderState {
    return null;
  }

  seek(bytes: Uint8Array, offset: number): void {
    this.base = offset;
    this.pending = 0;
    this.error = null;
    this.setWindow(bytes, true);
  }

  next(record: CaptureRecord): boolean {
    const at = this.pending;
    const end = this.bytes.length;
    this.waiting = false;
    if (this.error) return false;
    if (at >= end) return this.wait();
    const packet = this.count + 1;
    const offset = this.base + at;
    if (end - at < this.recordHeader) {
      if (!this.final) return this.wait();
      return this.fail(
        captureError(
          'TRUNCATED_RECORD',
          message('capture.pcap.recordHeaderCut', {
            packet,
            size: this.recordHeader,
            offset,
            bytes: end - at,
          }),
          packet,
          offset,
        ),
      );
    }
    const view = this.view;
    const le = this.littleEndian;
    const captured = view.getUint32(at + 8, le);
    const original = view.getUint32(at + 12, le);
    if (captured > this.maxLength) {
      return this.fail(
        captureError(
          'CORRUPT_RECORD',
          message('capture.pcap.overSnapshot', { packet, offset, bytes: captured, snapshot: this.maxLength }),
          packet,
          offset,
        ),
      );
    }
    const data = at + this.recordHeader;
    // A record running past the end of the file is refused at once, not waited for.
    const left = this.final ? end - data : this.size - (offset + this.recordHeader);
    if (captured > left) {
      return this.fail(
        captureError(
          'TRUNCATED_RECORD',
          message('capture.pcap.recordCut', { packet, offset, bytes: captured, left: Math.max(0, left) }),
          packet,
          offset,
        ),
      );
    }
    if (data + captured > end) return this.wait();
    record.packet = packet;
    record.offset = offset;
    record.data = data;
    record.capturedLength = captured;
    record.originalLength = original < captured ? captured : original;
    record.linkType = this.linkType;
    record.seconds = view.getUint32(at, le);
    record.nanoseconds = view.getUint32(at + 4, le) * this.nanoScale;
    this.count = packet;
    this.pending = data + captured;
    return true;
  }

  /** End of the window: the caller may give more bytes unless this was the file's end. */
  private wait(): false {
    this.waiting = !this.final;
    return false;
  }

  private fail(error: CaptureError): false {
    this.error = error;
    return false;
  }
}

/** How a classic pcap file's records are laid out, from its file header. */
export interface PcapLayout {
  major: number;
  littleEndian: boolean;
  /** Nanoseconds per unit of a record's sub-second field: 1000 (microseconds) or 1. */
  nanoScale: number;
  /** Bytes of a record header: 16, or 24 for the modified pcap. */
  recordHeader: number;
  linkType: number;
  /** The most bytes a record may claim. */
  maxLength: number;
}

/**
 * Reads the layout of records from the first 24 bytes of a classic pcap file (its magic
 * number already checked).
 *
 * @example pcapLayout(header).recordHeader // 16
 */
export function pcapLayout(bytes: Uint8Array): PcapLayout {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const leMagic = view.getUint32(0, true);
  const le = leMagic === MAGIC_MICRO || leMagic === MAGIC_NANO || leMagic === MAGIC_MODIFIED;
  const magic = view.getUint32(0, le);
  const snaplen = view.getUint32(16, le);
  return {
    major: view.getUint16(4, le),
    littleEndian: le,
    nanoScale: magic === MAGIC_NANO ? 1 : 1000,
    recordHeader: magic === MAGIC_MODIFIED ? 24 : 16,
    linkType: view.getUint32(20, le) & 0xffff,
    maxLength: Math.min(Math.max(snaplen, MAX_SNAPLEN), MAX_BLOCK),
  };
}

/**
 * Opens a classic pcap file held in memory, whole or (with `final` false) its first window of
 * at least 24 bytes of a file of `size` bytes (a record claiming more than is left is then
 * refused at once instead of waited for). Returns a streaming reader, or an error when the file header is missing,
 * cut off or of an unknown version.
 * Why: captures are read in a worker from an uploaded file; bad files must say what is wrong.
 *
 * @example
 * const opened = openPcap(bytes);
 * if ('error' in opened) show(opened.error.message);
 * else for (const r = createCaptureRecord(); opened.reader.next(r); ) use(r);
 */
export function openPcap(
  bytes: Uint8Array,
  final = true,
  size = final ? bytes.length : Infinity,
): { reader: CaptureReader } | { error: CaptureError } {
  if (!isPcapMagic(bytes)) {
    return { error: captureError('NOT_A_CAPTURE', message('capture.pcap.noMagic'), 0, 0) };
  }
  if (bytes.length < FILE_HEADER) {
    return {
      error: captureError(
        'TRUNCATED_HEADER',
        message('capture.pcap.shortHeader', { bytes: bytes.length }),
        0,
        0,
      ),
    };
  }
  const layout = pcapLayout(bytes);
  if (layout.major !== 2) {
    return {
      error: captureError(
        'UNSUPPORTED_VERSION',
        message('capture.pcap.version', { version: layout.major }),
        0,
        4,
      ),
    };
  }
  const reader = new PcapReader(
    bytes,
    final,
    layout.littleEndian,
    layout.nanoScale,
    layout.recordHeader,
    layout.linkType,
    layout.maxLength,
    size,
  );
  return { reader };
}
