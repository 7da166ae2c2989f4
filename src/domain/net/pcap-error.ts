/**
 * Errors of capture files. A reader never throws on bad input: it stops and reports what is
 * wrong, at which packet and byte offset, in words a user can act on.
 */
import { message, type AnalysisMessage } from '../analysis/messages';

export type CaptureErrorCode =
  | 'EMPTY_FILE'
  | 'NOT_A_CAPTURE'
  | 'UNSUPPORTED_VERSION'
  | 'TRUNCATED_HEADER'
  | 'TRUNCATED_RECORD'
  | 'CORRUPT_RECORD';

export interface CaptureError {
  code: CaptureErrorCode;
  /** What is wrong and where, then what to do (the advice for its code), as a message to render. */
  message: AnalysisMessage;
  /** 1-based number of the packet being read; 0 when the problem is in the file header. */
  packet: number;
  /** Byte offset in the file of the header, record or block that is wrong. */
  offset: number;
}

/**
 * Builds a capture error whose message ends with the advice for its code.
 * Why: every reader reports problems the same way, so the UI shows them as they are.
 *
 * @example captureError('TRUNCATED_RECORD', message('capture.pcapng.blockCut', { offset: 120 }), 3, 120).message
 * // { id: 'capture.error', params: { problem: { id: 'capture.pcapng.blockCut', ... }, advice: { id: 'capture.advice.TRUNCATED_RECORD' } } }
 */
export function captureError(
  code: CaptureErrorCode,
  problem: AnalysisMessage,
  packet: number,
  offset: number,
): CaptureError {
  return {
    code,
    message: message('capture.error', { problem, advice: message(`capture.advice.${code}`) }),
    packet,
    offset,
  };
}
