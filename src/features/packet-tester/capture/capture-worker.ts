/**
 * The capture worker: reads a capture file (or pasted CSV packets) in chunks, runs every
 * packet through the compiled shared matcher, collects the per-packet columns and the VXLAN
 * copies, reports progress, stops on Cancel, and hands the result over without copying.
 */
import { addressSet, directionOf } from '@/domain/capture/capture-direction';
import { CaptureEvaluator } from '@/domain/capture/capture-evaluator';
import { SKIP_REASONS } from '@/domain/capture/capture-summary';
import type { CaptureResult, CaptureJob, FromWorker, ToWorker } from './capture-protocol';
import { csvToCapture } from './csv-packets';
import { ColumnsBuilder, columnBuffers } from './packet-columns';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const OTHER_HOST = -(SKIP_REASONS.indexOf('SKIPPED_OTHER_HOST') + 1);
const SLICE = 1 << 20;
/** A file is read 4 MiB at a time: big enough to keep the matcher busy, small enough to stop at once. */
const FILE_SLICE = 4 << 20;
const PROGRESS_EVERY_MS = 80;
let signal = { aborted: false };

/** The chunks of the input: slices of the file, or of the pcap made of the CSV lines. */
async function* chunksOf(job: CaptureJob, bytes: Uint8Array | null): AsyncGenerator<Uint8Array> {
  if (bytes) {
    for (let at = 0; at < bytes.length; at += SLICE) {
      yield bytes.subarray(at, at + SLICE);
      await new Promise((resolve) => setTimeout(resolve, 0)); // lets a Cancel message in
    }
    return;
  }
  if (job.input.kind !== 'file') return;
  const file = job.input.file;
  for (let at = 0; at < file.size; at += FILE_SLICE) {
    yield new Uint8Array(await file.slice(at, at + FILE_SLICE).arrayBuffer());
  }
}

async function run(job: CaptureJob, mine: { aborted: boolean }): Promise<void> {
  const started = performance.now();
  let csv: Uint8Array | null = null;
  if (job.input.kind === 'csv') {
    const parsed = csvToCapture(job.input.text, { name: job.sourceName, addresses: job.addresses });
    if ('problems' in parsed) return scope.postMessage({ type: 'csv-problems', ...parsed });
    csv = parsed.bytes;
  }
  const size = csv ? csv.length : job.input.kind === 'file' ? job.input.file.size : 0;
  const columns = new ColumnsBuilder(Math.min(1 << 22, Math.ceil(size / 64)));
  const own = addressSet(job.addresses);
  const evaluator = new CaptureEvaluator(job.config, {
    source: job.source,
    addresses: job.addresses,
    size,
    signal: mine,
    onPacket: (record, packet, result) => {
      const decoded = result >= 0 || result === OTHER_HOST;
      columns.add(packet, record.originalLength, decoded ? directionOf(packet, own) : -1, decoded);
    },
  });
  let done = 0;
  let posted = 0;
  for await (const chunk of chunksOf(job, csv)) {
    if (mine.aborted) break;
    const more = evaluator.push(chunk);
    done += chunk.length;
    if (performance.now() - posted > PROGRESS_EVERY_MS) {
      posted = performance.now();
      scope.postMessage({ type: 'progress', done, total: size, packets: columns.count });
    }
    if (!more) break;
  }
  const evaluation = evaluator.finish();
  const aborted = mine.aborted || evaluation.aborted;
  const copies =
    evaluation.copies.byteOffset === 0 && evaluation.copies.byteLength === evaluation.copies.buffer.byteLength
      ? evaluation.copies
      : evaluation.copies.slice();
  const result: CaptureResult = {
    total: evaluation.total,
    mirrored: evaluation.mirrored,
    skipped: evaluation.skipped,
    by_reason: evaluation.by_reason,
    by_session: evaluation.by_session,
    by_rule: evaluation.by_rule,
    outcomes: evaluation.outcomes.map((o) => ({
      reason: o.reason,
      mirrored: o.mirrored,
      session_id: o.session_id,
      rule_id: o.rule_id,
    })),
    results: evaluation.results,
    columns: columns.finish(),
    copies,
    format: csv ? 'csv' : evaluation.format,
    // Stopping mid-file leaves a record unread: that is the cancel, not a damaged file.
    error: aborted ? null : evaluation.error,
    aborted,
    bytes: Math.min(done, size),
    milliseconds: Math.round(performance.now() - started),
  };
  scope.postMessage({ type: 'done', result }, [
    result.results.buffer as ArrayBuffer,
    result.copies.buffer as ArrayBuffer,
    ...columnBuffers(result.columns),
  ]);
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'cancel') {
    signal.aborted = true;
    return;
  }
  signal = { aborted: false };
  run(message, signal).catch((error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    scope.postMessage({
      type: 'failed',
      message: `The capture could not be read: ${detail}. Try again, or choose another file.`,
    });
  });
};
