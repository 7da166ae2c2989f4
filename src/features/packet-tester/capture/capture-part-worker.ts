/**
 * Reads the second part of a big pcap file while the capture worker reads the first: counts,
 * charts and a packet index of its own, handed back at the end (see split-capture.ts).
 */
import { PacketIndex } from '@/domain/capture/packet-index';
import { fileSource } from './capture-source';
import { prepareFileReader, streamFile } from './file-stream';
import type { FromPart, PartDone, PartJob, ToPart } from './part-protocol';
import { evaluatorFor, readCapture } from './read-capture';
import { warmUp } from './warm-up';

interface PartScope {
  onmessage: ((event: MessageEvent<ToPart>) => void) | null;
  postMessage(message: FromPart, transfer?: Transferable[]): void;
}

const scope = self as unknown as PartScope;
const signal = { aborted: false };
let ran = false;

async function run(job: PartJob): Promise<void> {
  const source = fileSource(job.file);
  const index = new PacketIndex();
  const { evaluator, charts } = evaluatorFor(job, job.header.length + source.size, signal, index);
  evaluator.push(job.header);
  const bytes = await readCapture(evaluator, index, source, signal, (done, packets) =>
    scope.postMessage({ type: 'progress', done, packets }),
  );
  const evaluation = evaluator.finish();
  const { decided, skipped } = evaluator.tallies();
  const parts = index.parts();
  const aborted = signal.aborted || evaluation.aborted;
  const failed = !aborted && evaluation.error !== null;
  const done: PartDone = {
    type: 'done',
    decided,
    skipped,
    charts: charts.result(),
    index: parts,
    bytes,
    failed,
    aborted,
  };
  scope.postMessage(done, [
    decided.buffer,
    skipped.buffer,
    ...parts.deltas.map((d) => d.buffer),
    ...parts.codes.map((c) => c.buffer),
  ]);
}

/** A part that was not read: the capture worker reads the whole file itself. */
const FAILED: PartDone = {
  type: 'done',
  decided: new Float64Array(0),
  skipped: new Float64Array(0),
  charts: null,
  index: { bases: [], counts: [], deltas: [], codes: [] },
  bytes: 0,
  failed: true,
  aborted: false,
};

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'cancel') signal.aborted = true;
  else {
    ran = true;
    run(message).catch(() => scope.postMessage(FAILED));
  }
};

// Started ahead of its part, like the capture worker: start the file reader and compile the hot
// code now, the first made-up capture read through a reader as a part is (then a new reader).
prepareFileReader();
void warmUp(() => ran, streamFile).then(() => {
  if (!ran) prepareFileReader();
});
