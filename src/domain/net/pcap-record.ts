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
  /** Byte offset of the packet's first captured byte in the file. */
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

/** A streaming reader over a capture held in memory. */
export interface CaptureReader {
  readonly format: 'pcap' | 'pcapng';
  /** Bytes read so far, for progress reports. */
  readonly position: number;
  /** Set when reading stopped early because the file is truncated or damaged. */
  readonly error: CaptureError | null;
  /**
   * Fills `record` with the next packet. Returns false at the end of the file or at the
   * first problem (then `error` says which).
   */
  next(record: CaptureRecord): boolean;
}

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
