/**
 * Messages between the capture page and its worker, and the compact result the worker
 * hands over: typed arrays per packet (no object per packet), moved rather than copied.
 */
import type { CaptureCounts } from '@/domain/capture/capture-summary';
import type { MirrorConfig } from '@/domain/model/types';
import type { CaptureError } from '@/domain/net/pcap-error';
import type { PacketColumns } from './packet-columns';

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

/** What the page sends: a run, or a request to stop it. */
export type ToWorker = CaptureJob | { type: 'cancel' };

/** One line of pasted CSV that cannot be read, and why. */
export interface LineProblem {
  line: number;
  message: string;
}

/** The decision each outcome index stands for. */
export interface CompactOutcome {
  reason: string;
  mirrored: boolean;
  session_id: string | null;
  rule_id: string | null;
}

/** A finished run: counts, per-packet results and columns, and the copies. */
export interface CaptureResult extends CaptureCounts {
  outcomes: CompactOutcome[];
  /** Per packet: an index into `outcomes`, or -(k + 1) for skip reason SKIP_REASONS[k]. */
  results: Int32Array;
  columns: PacketColumns;
  /** The VXLAN copies as a classic pcap. */
  copies: Uint8Array;
  format: 'pcap' | 'pcapng' | 'csv' | null;
  error: CaptureError | null;
  aborted: boolean;
  /** Bytes read, and how long the run took. */
  bytes: number;
  milliseconds: number;
}

/** What the worker sends: progress, CSV problems, the result, or a failure. */
export type FromWorker =
  | { type: 'progress'; done: number; total: number; packets: number }
  | { type: 'csv-problems'; problems: LineProblem[]; count: number }
  | { type: 'done'; result: CaptureResult }
  | { type: 'failed'; message: string };
