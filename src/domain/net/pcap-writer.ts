/**
 * Writer of classic pcap files (little-endian, microsecond timestamps) into one growing
 * buffer: the buffer doubles when full, so writing a million records costs about twenty
 * reallocations, not a million.
 */

/**
 * Accumulates pcap records in memory. `reserve` writes a record header and returns where
 * its data goes in `bytes`; the caller writes the data there directly (no temporary arrays).
 * Why: the VXLAN copies of a whole capture are written in one pass, in a worker.
 *
 * @example
 * const writer = new PcapWriter();
 * const at = writer.reserve(1700000000, 0, 3);
 * writer.bytes.set([1, 2, 3], at);
 * const file = writer.finish(); // 24 + 16 + 3 bytes
 */
export class PcapWriter {
  private buffer: Uint8Array;
  private view: DataView;
  private size = 24;
  /** Records written so far. */
  count = 0;

  constructor(options: { linkType?: number; snaplen?: number; capacity?: number } = {}) {
    this.buffer = new Uint8Array(Math.max(64, options.capacity ?? 1 << 16));
    this.view = new DataView(this.buffer.buffer);
    const view = this.view;
    view.setUint32(0, 0xa1b2c3d4, true);
    view.setUint16(4, 2, true);
    view.setUint16(6, 4, true);
    view.setUint32(16, options.snaplen ?? 65535, true);
    view.setUint32(20, options.linkType ?? 1, true);
  }

  /** The buffer being written; it is replaced when it grows, so read it after `reserve`. */
  get bytes(): Uint8Array {
    return this.buffer;
  }

  /** Bytes written so far, file header included. */
  get length(): number {
    return this.size;
  }

  /**
   * Appends a record header for `length` captured bytes and returns the offset in `bytes`
   * where the caller must write them.
   */
  reserve(seconds: number, microseconds: number, length: number, originalLength = length): number {
    const need = this.size + 16 + length;
    if (need > this.buffer.length) this.grow(need);
    const view = this.view;
    const at = this.size;
    view.setUint32(at, seconds >>> 0, true);
    view.setUint32(at + 4, microseconds, true);
    view.setUint32(at + 8, length, true);
    view.setUint32(at + 12, originalLength, true);
    this.size = need;
    this.count++;
    return at + 16;
  }

  /**
   * The finished file: a view of exactly the bytes written, without copying them. The view's
   * buffer may be larger (spare capacity that was never touched); `slice()` it for a tight copy.
   */
  finish(): Uint8Array {
    return this.buffer.subarray(0, this.size);
  }

  /**
   * Hands out what was written since the last drain (the file header first) and starts
   * again at the beginning of the same buffer: the view is valid until the next `reserve`,
   * so the caller must use it at once (write it out, or copy it).
   * Why: a long capture's copies can be streamed out through one small reused buffer.
   */
  drain(): Uint8Array {
    const out = this.buffer.subarray(0, this.size);
    this.size = 0;
    return out;
  }

  private grow(need: number): void {
    let capacity = this.buffer.length * 2;
    while (capacity < need) capacity *= 2;
    const next = new Uint8Array(capacity);
    next.set(this.buffer.subarray(0, this.size));
    this.buffer = next;
    this.view = new DataView(next.buffer);
  }
}
