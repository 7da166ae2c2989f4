/**
 * Reads a big classic pcap file with two workers at once: the capture worker reads the first
 * part, a part worker (started ahead) the rest, from a record start found near the middle
 * (domain/net/pcap-split.ts). The first part checks the cut: read from the file's start, its
 * last record must end exactly there. Counts and charts are added and the packet indexes
 * joined in order, so the result is the one a single worker gives. A wrong cut, or a damaged
 * record in the second part, makes the caller read the whole file itself (which names the problem).
 */
import { mergeHistograms } from '@/domain/capture/capture-histograms';
import { findRecordStart, TWO_WORKERS_FROM } from '@/domain/net/pcap-split';
import { fileSource } from './capture-source';
import type { FromPart, PartDone, ToPart } from './part-protocol';
import { failedAhead, startAhead } from './workers-ahead';
import { evaluatorFor, newIndex, readCapture, type CaptureRead, type ReadJob } from './read-capture';

/** Bytes looked at around the middle for a record start. */
const WINDOW = 1 << 18;
const FILE_HEADER = 24;

/** The part worker started ahead, then the one reading a part (so that a Cancel reaches it). */
let helper: Worker | null = null;

/** Starts the part worker ahead, where workers can start workers. */
export function prepareSplit(): void {
  if (typeof Worker !== 'undefined')
    helper ??= startAhead(
      () =>
        new Worker(new URL('./capture-part-worker.ts', import.meta.url), {
          type: 'module',
          name: 'capture-part',
        }),
    );
}

/** Passes a Cancel on to the part worker. */
export function cancelSplit(): void {
  helper?.postMessage({ type: 'cancel' } satisfies ToPart);
}

/** Where to cut `file`, or null to read it with one worker. */
async function cutOf(file: Blob): Promise<{ cut: number; header: Uint8Array } | null> {
  if (!helper || file.size < TWO_WORKERS_FROM) return null;
  const start = new Uint8Array(await file.slice(0, FILE_HEADER + 16).arrayBuffer());
  const middle = Math.floor(file.size / 2);
  const window = new Uint8Array(await file.slice(middle, middle + WINDOW).arrayBuffer());
  const at = findRecordStart(start, window);
  return at < 0 ? null : { cut: middle + at, header: start.slice(0, FILE_HEADER) };
}

/** What the part worker answers at the end; a worker that fails or whose answer cannot be read counts as failed. */
function partDone(worker: Worker, onProgress: (done: number, packets: number) => void): Promise<PartDone> {
  return new Promise<PartDone>((resolve) => {
    const fail = (event: Event) => {
      event.preventDefault();
      resolve({ type: 'done', failed: true } as PartDone);
    };
    worker.onmessage = (event: MessageEvent<FromPart>) => {
      if (event.data.type === 'done') resolve(event.data);
      else onProgress(event.data.done, event.data.packets);
    };
    worker.onerror = fail;
    worker.onmessageerror = fail;
  });
}

/**
 * Reads `file` in two parts with two workers, or returns null when it cannot be split (small,
 * not classic pcap, no record start found) or the split went wrong: then the caller reads it whole.
 */
export async function readSplit(
  job: ReadJob,
  file: Blob,
  signal: { aborted: boolean },
  progress: (done: number, packets: number) => void,
): Promise<CaptureRead | null> {
  const found = await cutOf(file);
  const worker = helper;
  // A part worker that failed before its part (its script not loaded): this worker reads it all.
  if (!found || !worker || failedAhead(worker)) return null;
  const { cut, header } = found;
  const other = { done: 0, packets: 0 };
  const index = newIndex();
  let read = -1;
  let answered = false;
  const part = partDone(worker, (done, packets) => {
    Object.assign(other, { done, packets });
    if (read >= 0) progress(read + other.done, index.count + other.packets);
  });
  const { config, source, addresses } = job;
  const partJob: ToPart = { type: 'part', file: file.slice(cut), header, config, source, addresses };
  worker.postMessage(partJob);
  try {
    const { evaluator, charts } = evaluatorFor(job, cut, signal, index);
    // Packets of the second part count once the first is read: a Cancel keeps only packets
    // read from the file's start on.
    const bytes = await readCapture(
      evaluator,
      index,
      fileSource(file.slice(0, cut)),
      signal,
      (done, packets) => progress(done + other.done, packets),
    );
    const evaluation = evaluator.finish();
    const tallies = evaluator.tallies();
    const first = { evaluation, tallies, charts: charts.result(), index, bytes };
    // Stopping mid-part leaves a record unread: that is the cancel, not a wrong cut.
    if (signal.aborted || evaluation.aborted) return { ...first, aborted: true };
    // A record running past the cut: the cut was not a record start.
    if (evaluation.error?.code.startsWith('TRUNCATED')) return null;
    if (evaluation.error) return { ...first, aborted: false };
    read = bytes;
    progress(bytes + other.done, index.count + other.packets);
    const second = await part;
    answered = true;
    if (second.failed || !second.charts) return null;
    second.decided.forEach((n, i) => (tallies.decided[i]! += n));
    second.skipped.forEach((n, k) => (tallies.skipped[k]! += n));
    index.append(second.index, cut - FILE_HEADER);
    const both = mergeHistograms(first.charts, second.charts);
    return { ...first, charts: both, bytes: bytes + second.bytes, aborted: second.aborted };
  } finally {
    helper = null;
    // A part worker that has answered is left to end with this worker, as this worker's own
    // reader is: Chromium sometimes never finishes ending a worker ended just after the reader
    // it started, and that worker lingers (see docs/architecture.md, Captures in the browser).
    if (!answered) worker.terminate();
  }
}
