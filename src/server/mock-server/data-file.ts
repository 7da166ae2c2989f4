/**
 * The store file of `--data FILE`: read once at start, written back atomically (a temporary
 * file beside it, then a rename) at most once a second after writes, and on shutdown.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What was found at the data file's path. */
export type DataFileContent = { kind: 'missing' } | { kind: 'json'; value: unknown };

/** A data file that cannot be used; the file is left as it is. */
export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFileError';
  }
}

/** Reads and parses the file; a missing file is `missing`, an unreadable or non-JSON one throws. */
export async function readDataFile(path: string): Promise<DataFileContent> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw new DataFileError(`${path} cannot be read (${(error as Error).message}).`);
  }
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch (error) {
    throw new DataFileError(
      `${path} is not valid JSON (${(error as Error).message}): it is not a store file. It was left as it is; give another --data file or move this one away.`,
    );
  }
}

/** Writes `text` to `path` atomically: readers see the old file or the new one, never a part. */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Saves at most once per `intervalMs` after changes; `flush` saves what is pending now. */
export interface DebouncedSaver {
  /** A change happened: save within `intervalMs`. */
  schedule(): void;
  /** Saves now if a change is pending, after any save under way. */
  flush(): Promise<void>;
}

/**
 * A saver calling `save` at most once per `intervalMs` after `schedule()`; failures go to
 * `onError` and the change stays pending.
 */
export function debouncedSaver(
  save: () => Promise<void>,
  onError: (error: unknown) => void,
  intervalMs = 1000,
): DebouncedSaver {
  let pending = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const run = () => {
    timer = undefined;
    running = running.then(async () => {
      if (!pending) return;
      pending = false;
      try {
        await save();
      } catch (error) {
        pending = true;
        onError(error);
      }
    });
    return running;
  };

  return {
    schedule() {
      pending = true;
      timer ??= setTimeout(run, intervalMs);
    },
    async flush() {
      if (timer) clearTimeout(timer);
      await run();
    },
  };
}
