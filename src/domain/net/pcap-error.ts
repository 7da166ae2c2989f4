/**
 * Errors of capture files. A reader never throws on bad input: it stops and reports what is
 * wrong, at which packet and byte offset, in words a user can act on.
 */

export type CaptureErrorCode =
  | 'EMPTY_FILE'
  | 'NOT_A_CAPTURE'
  | 'UNSUPPORTED_VERSION'
  | 'TRUNCATED_HEADER'
  | 'TRUNCATED_RECORD'
  | 'CORRUPT_RECORD';

export interface CaptureError {
  code: CaptureErrorCode;
  /** A sentence for the user: what is wrong, where, and what to do. */
  message: string;
  /** 1-based number of the packet being read; 0 when the problem is in the file header. */
  packet: number;
  /** Byte offset in the file of the header, record or block that is wrong. */
  offset: number;
}

const ADVICE: Record<CaptureErrorCode, string> = {
  EMPTY_FILE: 'Choose a pcap or pcapng capture file.',
  NOT_A_CAPTURE: 'Choose a pcap or pcapng file, for example one written by tcpdump -w or Wireshark.',
  UNSUPPORTED_VERSION: 'Save the capture again as pcap or pcapng (for example with editcap).',
  TRUNCATED_HEADER: 'The file is cut short; copy it again in full.',
  TRUNCATED_RECORD:
    'The file is cut short (was the capture still running?); the packets before it were read.',
  CORRUPT_RECORD: 'The file is damaged at this point; the packets before it were read.',
};

/**
 * Builds a capture error whose message ends with the advice for its code.
 * Why: every reader reports problems the same way, so the UI shows them as they are.
 *
 * @example captureError('TRUNCATED_RECORD', 'Packet 3 at byte 120 is cut off', 3, 120).message
 * // 'Packet 3 at byte 120 is cut off. The file is cut short (was the capture still running?); ...'
 */
export function captureError(
  code: CaptureErrorCode,
  problem: string,
  packet: number,
  offset: number,
): CaptureError {
  return { code, message: `${problem}. ${ADVICE[code]}`, packet, offset };
}
