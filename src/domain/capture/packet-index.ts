/**
 * Where each packet of a capture is in its file and what was decided for it, in compact
 * typed-array columns (8 bytes a packet), so that a table of millions of packets can re-read
 * the rows in view from the file instead of keeping an object per packet.
 */
import type { ReaderState } from '../net/pcap-record';
import { touchPages } from './touched-memory';

/** Packets per chunk of the columns: chunks are added, never copied, as the capture grows. */
const CHUNK = 1 << 16;
const MAX_DELTA = 0xffffffff;

/** The columns of an index, chunk by chunk: each chunk's first offset, its packets, and its two columns. */
export interface PacketIndexParts {
  bases: number[];
  counts: number[];
  deltas: Uint32Array[];
  codes: Int32Array[];
}

/** The two columns of one chunk. */
export interface ChunkColumns {
  deltas: Uint32Array;
  codes: Int32Array;
}

/**
 * The columns of the first `chunks` chunks, allocated and written to now (`touched-memory.ts`),
 * for an index made later. Why: a worker waiting for its run prepares them, so that the run
 * does not pay for mapping fresh memory (about 15 ms a million packets).
 */
export function reserveColumns(chunks: number): ChunkColumns[] {
  return Array.from({ length: chunks }, () => ({
    deltas: new Uint32Array(touchPages(new ArrayBuffer(CHUNK * 4))),
    codes: new Int32Array(touchPages(new ArrayBuffer(CHUNK * 4))),
  }));
}

interface Chunk {
  /** Index of the chunk's first packet, and that packet's byte offset in the file. */
  first: number;
  base: number;
  /** Per packet: its offset minus `base`. */
  deltas: Uint32Array;
  /** Per packet: an index into the outcomes, or -(k + 1) for skip reason SKIP_REASONS[k]. */
  codes: Int32Array;
  count: number;
}

/**
 * Per packet, in file order: the byte offset of its record or block, and its result code.
 * Also the reader states a packet must be re-read with (one for a classic pcap; one per
 * section or interface change of a pcapng).
 *
 * @example
 * const index = new PacketIndex();
 * index.add(24, 3);
 * index.offsetOf(0); // 24
 * index.codeOf(0); // 3
 */
export class PacketIndex {
  private readonly chunks: Chunk[] = [];
  private readonly firsts: number[] = [];
  private last: Chunk | null = null;
  private readonly stateFrom: number[] = [];
  private readonly states: ReaderState[] = [];
  /** Packets added. */
  count = 0;

  /** `reserved`: columns prepared ahead ({@link reserveColumns}), used by the first chunks. */
  constructor(private readonly reserved: ChunkColumns[] = []) {}

  /** Adds the next packet: the offset of its record in the file and its result code. */
  add(offset: number, code: number): void {
    let chunk = this.last;
    if (chunk === null || chunk.count === CHUNK || offset - chunk.base > MAX_DELTA) chunk = this.open(offset);
    chunk.deltas[chunk.count] = offset - chunk.base;
    chunk.codes[chunk.count++] = code;
    this.count++;
  }

  /** From the next packet on, packets are read with reader state `state`. */
  setState(state: ReaderState): void {
    this.stateFrom.push(this.count);
    this.states.push(state);
  }

  /** The reader state packet `i` was read with. */
  stateOf(i: number): ReaderState {
    return this.states[lastAtMost(this.stateFrom, i)] ?? null;
  }

  /** Byte offset in the file of packet `i`'s record or block. */
  offsetOf(i: number): number {
    const chunk = this.chunkOf(i);
    return chunk.base + chunk.deltas[i - chunk.first]!;
  }

  /** Result code of packet `i`. */
  codeOf(i: number): number {
    const chunk = this.chunkOf(i);
    return chunk.codes[i - chunk.first]!;
  }

  /**
   * The packets whose code is marked in `wanted` (indexed by code + `shift`), in file order.
   * Why: a table filtered by verdict scrolls through the matching packets only.
   */
  select(wanted: Uint8Array, shift: number, expected = 0): Uint32Array {
    let out = new Uint32Array(Math.max(16, expected));
    let n = 0;
    for (const chunk of this.chunks) {
      const codes = chunk.codes;
      for (let k = 0; k < chunk.count; k++) {
        if (wanted[codes[k]! + shift] !== 1) continue;
        if (n === out.length) {
          const grown = new Uint32Array(out.length * 2);
          grown.set(out);
          out = grown;
        }
        out[n++] = chunk.first + k;
      }
    }
    return out.subarray(0, n);
  }

  /** The columns, to hand to another thread (their arrays can be transferred). */
  parts(): PacketIndexParts {
    const chunks = this.chunks;
    return {
      bases: chunks.map((c) => c.base),
      counts: chunks.map((c) => c.count),
      deltas: chunks.map((c) => c.deltas),
      codes: chunks.map((c) => c.codes),
    };
  }

  /**
   * Adds the packets of another index after these, their offsets `shift` bytes further on;
   * they are read with this index's last reader state (classic pcap: none).
   * Why: two workers read the two halves of a pcap file; the table lists them as one.
   */
  append(parts: PacketIndexParts, shift: number): void {
    parts.bases.forEach((base, i) => {
      const count = parts.counts[i]!;
      if (count === 0) return;
      const chunk = {
        first: this.count,
        base: base + shift,
        deltas: parts.deltas[i]!,
        codes: parts.codes[i]!,
        count,
      };
      this.chunks.push(chunk);
      this.firsts.push(chunk.first);
      this.count += count;
    });
    this.last = null;
  }

  /** Bytes held by the columns. */
  get byteLength(): number {
    return this.chunks.length * CHUNK * 8;
  }

  private open(offset: number): Chunk {
    const { deltas, codes } = this.reserved.shift() ?? {
      deltas: new Uint32Array(CHUNK),
      codes: new Int32Array(CHUNK),
    };
    const chunk: Chunk = { first: this.count, base: offset, deltas, codes, count: 0 };
    this.chunks.push(chunk);
    this.firsts.push(chunk.first);
    this.last = chunk;
    return chunk;
  }

  private chunkOf(i: number): Chunk {
    return this.chunks[lastAtMost(this.firsts, i)]!;
  }
}

/** Index of the last element of the ascending `values` that is <= `target` (0 when none). */
function lastAtMost(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (values[mid]! <= target) low = mid;
    else high = mid - 1;
  }
  return low;
}
