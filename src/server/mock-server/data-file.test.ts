import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { debouncedSaver, writeFileAtomically } from './data-file';

afterEach(() => {
  vi.useRealTimers();
});

describe('debouncedSaver', () => {
  it('saves once per second however many writes come, and flushes what is pending', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async () => {});
    const saver = debouncedSaver(save, () => {});
    saver.schedule();
    saver.schedule();
    saver.schedule();
    await vi.advanceTimersByTimeAsync(999);
    expect(save).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    saver.schedule();
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(2);
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('keeps a change pending when saving fails, and reports the failure', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const save = vi.fn(async () => {
      if (fail) throw new Error('disk full');
    });
    const saver = debouncedSaver(save, (error) => errors.push(error));
    saver.schedule();
    await saver.flush();
    expect(errors).toHaveLength(1);
    fail = false;
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(2);
  });
});

describe('writeFileAtomically', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atomic-'));
    const file = join(dir, 'store.json');
    await writeFileAtomically(file, 'one');
    await writeFileAtomically(file, 'two');
    expect(await readFile(file, 'utf8')).toBe('two');
    expect(await readdir(dir)).toEqual(['store.json']);
    await rm(dir, { recursive: true });
  });
});
