/**
 * What a capture reader yields: one reusable record per packet (no allocation per packet),
 * pointing into the file's bytes rather than copying them.
 */
import type { CaptureError } from './pcap-error';

/** Link-layer header types of pcap and pcapng (tcpdump.org LINKTYPE_ values). */
export const LINKTYPE_ETHERNET = 1;
export const LINKTYPE_RAW = 101;
export const LINKTYPE_LINUX_SLL = 113;
export const LINKTYPE_IPV4 = 228;
export const LINKTYPE_IPV6 = 229;
export const LINKTYPE_LINUX_SLL2 = 276;

export interface CaptureRecord {
  /** 1-based packet number, as Wireshark numbers frames. */
  packet: number;
  /** Byte offset of the packet's record (pcap) or block (pcapng) in the file. */
  offset: number;
  /** Index of the packet's first captured byte in the reader's current window (the file when whole). */
  data: number;
  /** Bytes present in the file (at most the snapshot length). */
  capturedLength: number;
  /** Bytes the packet had on the wire. */
  originalLength: number;
  /** LINKTYPE_ value of the interface the packet was captured on. */
  linkType: number;
  /** Time of capture: whole seconds since 1970 (UTC) and nanoseconds within the second. */
  seconds: number;
  nanoseconds: number;
}

/**
 * A streaming reader over a capture held in memory, whole or one window at a time. Given the
 * whole file, `next` reads to the end. Given a window of a file being read in chunks
 * (`final` false), `next` stops with `waiting` set where a record runs past the window; the
 * caller then passes a new window that starts with the unread bytes (from `pending` on).
 */
export interface CaptureReader {
  readonly format: 'pcap' | 'pcapng';
  /** Bytes of the file read so far, for progress reports. */
  readonly position: number;
  /** Offset in the current window of the first byte not read yet. */
  readonly pending: number;
  /** True when `next` stopped at the end of a window that is not the file's last. */
  readonly waiting: boolean;
  /** Set when reading stopped early because the file is truncated or damaged. */
  readonly error: CaptureError | null;
  /**
   * Fills `record` with the next packet (`record.data` indexes the current window). Returns
   * false at the end of the file, at the first problem (then `error` says which) or at the
   * end of a window (then `waiting` is true).
   */
  next(record: CaptureRecord): boolean;
  /** Continues in a new window whose first byte is the old window's byte at `pending`. */
  setWindow(bytes: Uint8Array, final: boolean): void;
  /**
   * Changes whenever what is needed to read a later packet changes (a pcapng section's byte
   * order, its interfaces); constant for classic pcap.
   */
  readonly version: number;
  /** That state, to read one packet again later with `seek` (null for classic pcap). */
  saveState(): ReaderState;
  /**
   * Reads on from byte `offset` of the file, where a record or block starts, in `bytes` (which
   * start there), with the state saved when that packet was first read.
   * Why: a table of millions of packets re-reads only the rows in view, from the file.
   */
  seek(bytes: Uint8Array, offset: number, state: ReaderState): void;
}

/** What a reader needs to read a packet on its own; opaque to callers. */
export type ReaderState = object | null;

/** No record or block claims more than this: a larger claim is damage, not a packet. */
export const MAX_BLOCK = 256 * 1024 * 1024;

/**
 * A blank record to pass to `CaptureReader.next` again and again.
 * Why: reading a million packets must not allocate a million objects.
 *
 * @example const record = createCaptureRecord(); while (reader.next(record)) count++;
 */
export function createCaptureRecord(): CaptureRecord {
  return {
    packet: 0,
    offset: 0,
    data: 0,
    capturedLength: 0,
    originalLength: 0,
    linkType: 0,
    seconds: 0,
    nanoseconds: 0,
  };
}
