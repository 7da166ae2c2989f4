/**
 * The capture worker: reads a capture file (or pasted CSV packets) in chunks, runs every
 * packet through the compiled shared matcher, counts as it reads and keeps only a packet
 * index (8 bytes a packet); then serves the rows in view and writes the copies on request.
 */
import { summarize } from '@/domain/capture/capture-summary';
import { PacketRowReader } from '@/domain/capture/packet-rows';
import type { CaptureResult, CaptureJob, FromWorker, ToWorker } from './capture-protocol';
import { fileSource, memorySource, type ByteSource } from './capture-source';
import { csvToCapture } from './csv-packets';
import { exportCopies } from './export-copies';
import { FileReaderStopped, prepareBuffers, prepareFileReader, streamFile } from './file-stream';
import { LoadedCapture } from './loaded-capture';
import { readWhole, reserveIndex } from './read-capture';
import { cancelSplit, prepareSplit, readSplit } from './split-capture';
import type { TesterMessage } from '../tester-message';
import { warmUp } from './warm-up';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
/** Enough of the file's start to open its reader again for single rows. */
const HEADER_BYTES = 1 << 16;
let signal = { aborted: false };
let loaded: { job: CaptureJob; capture: LoadedCapture } | null = null;
/** Set by the first run: the warm-up below then stops. */
let ran = false;

async function run(job: CaptureJob, mine: { aborted: boolean }): Promise<void> {
  const started = performance.now();
  loaded = null;
  let source: ByteSource;
  if (job.input.kind === 'csv') {
    const parsed = csvToCapture(job.input.text, { name: job.sourceName, addresses: job.addresses });
    if ('problems' in parsed) return scope.postMessage({ type: 'csv-problems', ...parsed });
    source = memorySource(parsed.bytes);
  } else source = fileSource(job.input.file);
  const size = source.size;
  const progress = (done: number, packets: number) =>
    scope.postMessage({ type: 'progress', done, total: size, packets });
  const read =
    (job.input.kind === 'file' ? await readSplit(job, job.input.file, mine, progress) : null) ??
    (await readWhole(job, source, mine, progress));
  const { evaluation, index } = read;
  const counts = summarize(read.tallies.decided, read.tallies.skipped, evaluation.outcomes);
  const outcomes = evaluation.outcomes.map((o) => ({
    reason: o.reason,
    mirrored: o.mirrored,
    session_id: o.session_id,
    rule_id: o.rule_id,
  }));
  const header = await source.read(0, Math.min(size, HEADER_BYTES));
  const rows = new PacketRowReader(header, index, job.addresses, size);
  loaded = { job, capture: new LoadedCapture(index, source, rows, outcomes, counts.by_reason) };
  const result: CaptureResult = {
    ...counts,
    outcomes,
    charts: read.charts,
    format: job.input.kind === 'csv' ? 'csv' : evaluation.format,
    // Stopping mid-file leaves a record unread: that is the cancel, not a damaged file.
    error: read.aborted ? null : evaluation.error,
    aborted: read.aborted,
    bytes: Math.min(read.bytes, size),
    milliseconds: Math.round(performance.now() - started),
  };
  scope.postMessage({ type: 'done', result });
}

function failed(
  error: unknown,
  id: 'tester.capture.readFailed' | 'tester.capture.writeFailed',
): TesterMessage {
  if (error instanceof FileReaderStopped) return { id: 'tester.capture.readerStopped' };
  return { id, params: { detail: error instanceof Error ? error.message : String(error) } };
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'cancel') {
    signal.aborted = true;
    cancelSplit();
  } else if (message.type === 'rows') {
    const { id, reason, from, to } = message;
    if (!loaded) return scope.postMessage({ type: 'rows', id, rows: [] });
    loaded.capture
      .read(reason, from, to)
      .then((rows) => scope.postMessage({ type: 'rows', id, rows }))
      .catch(() => scope.postMessage({ type: 'rows', id, rows: [] }));
  } else if (message.type === 'export') {
    const { id } = message;
    if (!loaded)
      return scope.postMessage({
        type: 'export',
        id,
        copies: null,
        message: { id: 'tester.capture.runAgain' },
      });
    exportCopies(loaded.job, loaded.capture.source, loaded.capture.index.count)
      .then((copies) => scope.postMessage({ type: 'export', id, copies, message: null }))
      .catch((error: unknown) =>
        scope.postMessage({
          type: 'export',
          id,
          copies: null,
          message: failed(error, 'tester.capture.writeFailed'),
        }),
      );
  } else {
    ran = true;
    signal = { aborted: false };
    run(message, signal).catch((error: unknown) => {
      scope.postMessage({ type: 'failed', message: failed(error, 'tester.capture.readFailed') });
    });
  }
};

/** Index chunks prepared ahead: the first 1,048,576 packets' (8 MB). */
const RESERVED_CHUNKS = 16;

// This worker is started ahead of its run: start its file reader, compile the hot code and map
// the memory a run writes first, now.
prepareFileReader();
prepareSplit();
void warmUp(() => ran, streamFile).then(() => {
  if (ran) return;
  prepareFileReader();
  prepareBuffers();
  reserveIndex(RESERVED_CHUNKS);
});
