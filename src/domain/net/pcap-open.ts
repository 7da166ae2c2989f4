/**
 * One entry point for capture files: looks at the first bytes and opens the right reader.
 */
import { captureError, type CaptureError } from './pcap-error';
import { isPcapMagic, openPcap } from './pcap-reader';
import { isPcapngMagic, openPcapng } from './pcapng-reader';
import type { CaptureReader } from './pcap-record';
import { message, type AnalysisMessage } from '../analysis/messages';

function describeOtherFile(bytes: Uint8Array): AnalysisMessage {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0x1f && b1 === 0x8b) return message('capture.gzip');
  if (b0 === 0x50 && b1 === 0x4b) return message('capture.zip');
  if (bytes.length < 4) return message('capture.tooShort', { bytes: bytes.length });
  return message('capture.unknownMagic');
}

/**
 * Opens a pcap or pcapng capture held in memory, choosing the format by its magic number:
 * the whole file, or with `final` false its first window (at least 28 bytes) when the file
 * is read in chunks (see `CaptureReader.setWindow`) of a file of `size` bytes.
 * Returns a streaming reader or an error saying what is wrong (empty file, another kind of
 * file, header cut off). Why: users drop whatever file they have; no exception may escape.
 *
 * @example
 * const opened = openCapture(new Uint8Array(0));
 * // { error: { code: 'EMPTY_FILE', message: { id: 'capture.error', ... }, packet: 0, offset: 0 } }
 */
export function openCapture(
  bytes: Uint8Array,
  final = true,
  size = final ? bytes.length : Infinity,
): { reader: CaptureReader } | { error: CaptureError } {
  if (bytes.length === 0) return { error: captureError('EMPTY_FILE', message('capture.empty'), 0, 0) };
  if (isPcapMagic(bytes)) return openPcap(bytes, final, size);
  if (isPcapngMagic(bytes)) return openPcapng(bytes, final, size);
  return { error: captureError('NOT_A_CAPTURE', describeOtherFile(bytes), 0, 0) };
}
