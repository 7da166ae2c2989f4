/**
 * Where to cut a classic pcap file in two, so that two workers can read a half each: the
 * start of a record near a given offset, found by walking record headers in a window of the
 * file there. Records carry no marker, so the cut is a guess; the first part checks it, as
 * its last record must end exactly at the cut when read from the file's start.
 */
import { isPcapMagic, pcapLayout, type PcapLayout } from './pcap-reader';

/**
 * Files of this size or more are read by two workers. Measured on two cores against tcpdump:
 * a 96 MB file is read faster by one worker (starting and joining the second costs more than
 * it saves), 384 MB and 1 GB files faster by two.
 */
export const TWO_WORKERS_FROM = 128 << 20;

/** Records that must follow each other, each plausible, for a cut to be taken. */
const CHAIN = 8;
/** A record's time may be this far from the file's first record (seconds): a year. */
const SPAN = 366 * 86400;

/** The offset after the plausible record at `at` (in the window), or -1. */
function after(view: DataView, at: number, layout: PcapLayout, seconds: number): number {
  if (at + layout.recordHeader > view.byteLength) return -1;
  const le = layout.littleEndian;
  const time = view.getUint32(at, le);
  const captured = view.getUint32(at + 8, le);
  if (Math.abs(time - seconds) > SPAN || view.getUint32(at + 4, le) * layout.nanoScale >= 1e9) return -1;
  if (captured === 0 || captured > layout.maxLength || captured > view.getUint32(at + 12, le)) return -1;
  return at + layout.recordHeader + captured;
}

/**
 * The index in `window` of the first byte from which `CHAIN` plausible records follow one
 * another, or -1. `start` is the file's first 40 bytes (file header and first record header).
 * Why: a pcap file can be read by two workers at once only if cut where a record starts.
 *
 * @example findRecordStart(file.subarray(0, 40), file.subarray(mid, mid + 65536)) // e.g. 37
 */
export function findRecordStart(start: Uint8Array, window: Uint8Array): number {
  if (start.length < 40 || !isPcapMagic(start)) return -1;
  const layout = pcapLayout(start);
  if (layout.major !== 2) return -1;
  const seconds = new DataView(start.buffer, start.byteOffset + 24, 4).getUint32(0, layout.littleEndian);
  const view = new DataView(window.buffer, window.byteOffset, window.byteLength);
  for (let at = 0; at < window.length; at++) {
    let next = at;
    let k = 0;
    while (k < CHAIN && (next = after(view, next, layout, seconds)) >= 0) k++;
    if (k === CHAIN) return at;
  }
  return -1;
}
