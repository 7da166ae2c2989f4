/**
 * Feeds a capture's bytes to an evaluator slice by slice, reporting progress now and then.
 * Shared by the capture worker and the worker that reads the second part of a big file.
 */
import { CaptureEvaluator } from '@/domain/capture/capture-evaluator';
import { copyLimitsOf, HistogramTally, type CaptureHistograms } from '@/domain/capture/capture-histograms';
import type { CaptureEvaluation } from '@/domain/capture/capture-types';
import { PacketIndex, reserveColumns, type ChunkColumns } from '@/domain/capture/packet-index';
import type { MirrorConfig } from '@/domain/model/types';
import { chunksOf, type ByteSource } from './capture-source';

/** A capture read, by one worker or two. */
export interface CaptureRead {
  /** The capture worker's evaluation (of the whole file, or of its first part). */
  evaluation: CaptureEvaluation;
  /** Packets per outcome and per skip reason, of every part. */
  tallies: { decided: Float64Array; skipped: Float64Array };
  charts: CaptureHistograms;
  index: PacketIndex;
  bytes: number;
  aborted: boolean;
}

/** What a worker reads with: the rules, the interface and its addresses. */
export interface ReadJob {
  config: MirrorConfig;
  source: string;
  addresses: string[];
}

/** Index columns prepared while the worker waits for its run: none until {@link reserveIndex}. */
let reserved: ChunkColumns[] = [];

/**
 * Prepares the columns of the next run's first `chunks` index chunks (65,536 packets each)
 * now. Why: mapping the fresh memory then costs the run nothing (see domain/capture/touched-memory.ts).
 */
export function reserveIndex(chunks: number): void {
  reserved = reserveColumns(chunks);
}

/** A packet index for a run, on the columns prepared for it, if any. */
export function newIndex(): PacketIndex {
  const index = new PacketIndex(reserved);
  reserved = [];
  return index;
}

/** Progress is reported at most this often. */
const PROGRESS_EVERY_MS = 80;

/** An evaluator of `size` bytes for `job`, filling `index` and a chart tally. */
export function evaluatorFor(job: ReadJob, size: number, signal: { aborted: boolean }, index: PacketIndex) {
  const charts = new HistogramTally(copyLimitsOf(job.config, job.source));
  const { source, addresses } = job;
  const options = { source, addresses, size, signal, index, copies: false, charts };
  return { evaluator: new CaptureEvaluator(job.config, options), charts };
}

/**
 * Reads `source` through `evaluator` until the end, an error or `signal.aborted`; calls
 * `progress` with the bytes and packets read so far. Returns the bytes read.
 */
export async function readCapture(
  evaluator: CaptureEvaluator,
  index: PacketIndex,
  source: ByteSource,
  signal: { aborted: boolean },
  progress: (done: number, packets: number) => void,
): Promise<number> {
  let done = 0;
  let posted = 0;
  for await (const chunk of chunksOf(source)) {
    if (signal.aborted) break;
    const more = evaluator.push(chunk);
    done += chunk.length;
    if (performance.now() - posted > PROGRESS_EVERY_MS) {
      posted = performance.now();
      progress(done, index.count);
    }
    if (!more) break;
  }
  return Math.min(done, source.size);
}

/** Reads the whole of `source` with this worker. */
export async function readWhole(
  job: ReadJob,
  source: ByteSource,
  signal: { aborted: boolean },
  progress: (done: number, packets: number) => void,
): Promise<CaptureRead> {
  const index = newIndex();
  const { evaluator, charts } = evaluatorFor(job, source.size, signal, index);
  const bytes = await readCapture(evaluator, index, source, signal, progress);
  const evaluation = evaluator.finish();
  return {
    evaluation,
    tallies: evaluator.tallies(),
    charts: charts.result(),
    index,
    bytes,
    aborted: signal.aborted || evaluation.aborted,
  };
}
