/**
 * The bytes of a capture in the worker: a File streamed slice by slice (never whole), or the
 * capture made of pasted CSV lines, held in memory.
 */
import { streamFile } from './file-stream';

/** A file's bytes, read by range. */
export interface ByteSource {
  size: number;
  /** Bytes [from, to) of the file. */
  read(from: number, to: number): Promise<Uint8Array>;
  /** True when reading yields now and then so that a Cancel message can come in. */
  yields: boolean;
  /** The whole file in order, when it can be streamed: faster than reading it by range. */
  stream?: () => AsyncGenerator<Uint8Array>;
}

/** A file is read 8 MiB at a time: big enough to keep the matcher busy, small enough to stop at once. */
const FILE_SLICE = 8 << 20;
/** Slices of a file being read at once: the next ones load while the current one is read. */
const AHEAD = 2;
/** Capture bytes in memory are handed out 1 MiB at a time, with a pause between. */
const MEMORY_SLICE = 1 << 20;

/** The bytes of a File, read with `File.slice` so that only the requested range is loaded. */
export function fileSource(file: Blob): ByteSource {
  return {
    size: file.size,
    yields: false,
    stream: () => streamFile(file),
    read: async (from, to) => new Uint8Array(await file.slice(from, to).arrayBuffer()),
  };
}

/** Bytes held in memory. */
export function memorySource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, yields: true, read: (from, to) => Promise.resolve(bytes.subarray(from, to)) };
}

/**
 * The source's bytes in order, chunk by chunk; the next chunks are already being read while
 * the caller works on the current one.
 */
export async function* chunksOf(source: ByteSource): AsyncGenerator<Uint8Array> {
  if (source.stream && source.size > 0) {
    yield* source.stream();
    return;
  }
  const slice = source.yields ? MEMORY_SLICE : FILE_SLICE;
  const reads: Promise<Uint8Array>[] = [];
  let asked = 0;
  const ask = () => {
    while (reads.length < AHEAD && asked < source.size) {
      reads.push(source.read(asked, asked + slice));
      asked += slice;
    }
  };
  ask();
  while (reads.length > 0) {
    const chunk = await reads.shift()!;
    ask();
    yield chunk;
    if (source.yields) await new Promise((resolve) => setTimeout(resolve, 0)); // lets a Cancel message in
  }
}
