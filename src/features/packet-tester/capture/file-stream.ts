/**
 * A file's bytes in order, slice by slice, read by a worker of their own (file-reader-worker)
 * into a few buffers that go back and forth: no new memory per slice, and the file keeps
 * flowing while the capture worker evaluates the slice before.
 */
import { touchPages } from '@/domain/capture/touched-memory';
import { failedAhead, startAhead } from './workers-ahead';

/** What the capture worker asks of the reader: start reading a file, or take back a buffer. */
export type ReaderRequest =
  { type: 'read'; file: Blob; buffers: ArrayBuffer[] } | { type: 'buffer'; buffer: ArrayBuffer };

/** What the reader answers: the next slice (in `buffer[0, length)`), the end, or a failure. */
export type ReaderReply =
  | { type: 'slice'; buffer: ArrayBuffer; length: number }
  | { type: 'end' }
  | { type: 'failed'; message: string };

/**
 * The file reader could not be started (its script not loaded) or stopped without a message.
 * Why a class: the run names this in the user's language, not with a browser's detail.
 */
export class FileReaderStopped extends Error {
  constructor() {
    super('the file reader stopped');
    this.name = 'FileReaderStopped';
  }
}

/** Bytes a slice holds at most. */
const SLICE = 8 << 20;
/** Slices in flight: one being evaluated, the others being filled. */
const BUFFERS = 3;

/** Buffers prepared ahead (their memory mapped), taken by the next `streamFile`. */
let spareBuffers: ArrayBuffer[] | null = null;

/** New slice buffers; `touched`: their pages are mapped now (domain/capture/touched-memory.ts). */
function newBuffers(touched: boolean): ArrayBuffer[] {
  return Array.from({ length: BUFFERS }, () => {
    const buffer = new ArrayBuffer(SLICE);
    return touched ? touchPages(buffer) : buffer;
  });
}

/**
 * Prepares the buffers of the next `streamFile` now. Why: mapping 24 MB of fresh memory costs
 * a run 15-30 ms, which a worker waiting for its run can spend instead.
 */
export function prepareBuffers(): void {
  spareBuffers ??= newBuffers(true);
}

/** A reader started ahead (its script loaded), taken by the next `streamFile`. */
let spare: Worker | null = null;

function startReader(): Worker {
  return startAhead(
    () =>
      new Worker(new URL('./file-reader-worker.ts', import.meta.url), {
        type: 'module',
        name: 'capture-file',
      }),
  );
}

/**
 * Starts the reader of the next `streamFile` now. Why: starting a worker takes tens of
 * milliseconds (more on a busy machine), which a run would otherwise wait for before its first byte.
 */
export function prepareFileReader(): void {
  spare ??= startReader();
}

/**
 * The bytes of `file`, slice by slice; each slice may be reused once the next is asked for.
 * Why: reading a file as a stream on another thread is about twice as fast as reading it
 * with `Blob.slice` on the thread that evaluates it, which waits for each slice.
 */
export async function* streamFile(file: Blob): AsyncGenerator<Uint8Array> {
  if (spare && failedAhead(spare)) spare.terminate();
  const worker = spare && !failedAhead(spare) ? spare : startReader();
  spare = null;
  const replies: ReaderReply[] = [];
  let wake: (() => void) | null = null;
  worker.onmessage = (event: MessageEvent<ReaderReply>) => {
    replies.push(event.data);
    wake?.();
    wake = null;
  };
  // A reader that fails, or whose slice cannot be received, ends the stream with an error.
  const fail = (event: Event) => {
    event.preventDefault();
    const message = event instanceof ErrorEvent ? event.message : '';
    replies.push({ type: 'failed', message });
    wake?.();
    wake = null;
  };
  worker.onerror = fail;
  worker.onmessageerror = fail;
  const buffers = spareBuffers ?? newBuffers(false);
  spareBuffers = null;
  worker.postMessage({ type: 'read', file, buffers } satisfies ReaderRequest, buffers);
  try {
    for (;;) {
      while (replies.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const reply = replies.shift()!;
      if (reply.type === 'end') return;
      if (reply.type === 'failed') throw reply.message ? new Error(reply.message) : new FileReaderStopped();
      if (reply.length > 0) yield new Uint8Array(reply.buffer, 0, reply.length);
      worker.postMessage({ type: 'buffer', buffer: reply.buffer } satisfies ReaderRequest, [reply.buffer]);
    }
  } finally {
    worker.terminate();
  }
}
