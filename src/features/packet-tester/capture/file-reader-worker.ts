/**
 * Reads a capture file front to back for the capture worker, as a byte stream into buffers
 * the capture worker hands back when it is done with them. Its own thread keeps the file
 * flowing while the capture worker evaluates the previous slice.
 */
import type { ReaderReply, ReaderRequest } from './file-stream';

interface ReaderScope {
  onmessage: ((event: MessageEvent<ReaderRequest>) => void) | null;
  postMessage(message: ReaderReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as ReaderScope;
const free: ArrayBuffer[] = [];
let wake: (() => void) | null = null;

/** A buffer to fill, once the capture worker has handed one back. */
async function nextBuffer(): Promise<ArrayBuffer> {
  while (free.length === 0) await new Promise<void>((resolve) => (wake = resolve));
  return free.pop()!;
}

/**
 * Fills a buffer with the file's next bytes, at most `limit`: the buffer (maybe moved), the
 * bytes filled, whether the file ended.
 */
type Fill = (
  buffer: ArrayBuffer,
  limit: number,
) => Promise<{ buffer: ArrayBuffer; filled: number; ended: boolean }>;

/** The first slice is small, so that evaluating starts after 1 MiB is read, not a whole buffer. */
const FIRST_SLICE = 1 << 20;

/** Reads the file by range, for browsers whose file streams cannot read into a given buffer. */
function sliceFill(file: Blob): Fill {
  let at = 0;
  return async (buffer, limit) => {
    const bytes = new Uint8Array(await file.slice(at, at + limit).arrayBuffer());
    new Uint8Array(buffer).set(bytes);
    at += bytes.length;
    return { buffer, filled: bytes.length, ended: at >= file.size };
  };
}

function streamFill(reader: ReadableStreamBYOBReader): Fill {
  return async (given, limit) => {
    let buffer = given;
    let filled = 0;
    while (filled < limit) {
      const { done, value } = await reader.read(new Uint8Array(buffer, filled, limit - filled));
      if (value) buffer = value.buffer as ArrayBuffer;
      if (done) return { buffer, filled, ended: true };
      filled += value.length;
    }
    return { buffer, filled, ended: false };
  };
}

/**
 * The file and its stream being read, held here: Chromium can collect a Blob's stream whose
 * only references are the promises of its pending read, and that read then never settles.
 */
let reading: { file: Blob; stream: ReadableStream<Uint8Array>; reader: ReadableStreamBYOBReader } | null =
  null;

function fillOf(file: Blob): Fill {
  try {
    const stream = file.stream();
    reading = { file, stream, reader: stream.getReader({ mode: 'byob' }) };
    return streamFill(reading.reader);
  } catch {
    return sliceFill(file);
  }
}

async function readAll(file: Blob): Promise<void> {
  const fill = fillOf(file);
  for (let first = true; ; first = false) {
    const given = await nextBuffer();
    const limit = first ? Math.min(FIRST_SLICE, given.byteLength) : given.byteLength;
    const { buffer, filled, ended } = await fill(given, limit);
    scope.postMessage({ type: 'slice', buffer, length: filled }, [buffer]);
    if (ended) return scope.postMessage({ type: 'end' });
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'buffer') {
    free.push(message.buffer);
    wake?.();
    wake = null;
  } else {
    free.push(...message.buffers);
    readAll(message.file).catch((error: unknown) =>
      scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }
};
