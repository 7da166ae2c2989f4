/**
 * Messages between the capture page and its worker. The worker keeps the per-packet data
 * (8 bytes a packet) and hands the page counts, then the rows in view as it asks for them.
 */
import type { CaptureHistograms } from '@/domain/capture/capture-histograms';
import type { CaptureCounts } from '@/domain/capture/capture-summary';
import type { PacketRow } from '@/domain/capture/packet-rows';
import type { MirrorConfig } from '@/domain/model/types';
import type { CaptureError } from '@/domain/net/pcap-error';
import type { TesterMessage } from '../tester-message';

/** What to run: a capture file, or packets pasted as CSV lines. */
export type CaptureInput = { kind: 'file'; file: File } | { kind: 'csv'; text: string };

/** A run the page asks the worker for. */
export interface CaptureJob {
  type: 'run';
  input: CaptureInput;
  config: MirrorConfig;
  /** The interface the capture was taken on: its id, name and addresses. */
  source: string;
  sourceName: string;
  addresses: string[];
}

/** The rows `from` to `to` (exclusive) of the packets with verdict or skip reason `reason` ('all': every packet). */
export interface RowsRequest {
  type: 'rows';
  id: number;
  reason: string;
  from: number;
  to: number;
}

/** What the page sends: a run, a request to stop it, rows to show, or the copies to save. */
export type ToWorker = CaptureJob | { type: 'cancel' } | RowsRequest | { type: 'export'; id: number };

/** One line of pasted CSV that cannot be read, and why. */
export interface LineProblem {
  line: number;
  message: TesterMessage;
}

/** The decision each outcome index stands for. */
export interface CompactOutcome {
  reason: string;
  mirrored: boolean;
  session_id: string | null;
  rule_id: string | null;
}

/** A finished run: counts and what each result code means; the rows stay in the worker. */
export interface CaptureResult extends CaptureCounts {
  outcomes: CompactOutcome[];
  /** What the charts draw, tallied while reading (fixed size). */
  charts: CaptureHistograms;
  format: 'pcap' | 'pcapng' | 'csv' | null;
  error: CaptureError | null;
  aborted: boolean;
  /** Bytes read, and how long the run took. */
  bytes: number;
  milliseconds: number;
}

/** What the worker sends: progress, CSV problems, the result, a failure, rows or the copies. */
export type FromWorker =
  | { type: 'progress'; done: number; total: number; packets: number }
  | { type: 'csv-problems'; problems: LineProblem[]; count: number }
  | { type: 'done'; result: CaptureResult }
  | { type: 'failed'; message: TesterMessage }
  | { type: 'rows'; id: number; rows: PacketRow[] }
  | { type: 'export'; id: number; copies: Blob | null; message: TesterMessage | null };
