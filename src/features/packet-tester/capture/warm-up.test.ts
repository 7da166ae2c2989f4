import { describe, expect, it } from 'vitest';
import { WARM_ROUNDS, warmUp } from './warm-up';

describe('warmUp', () => {
  it('runs every round while no run has come', async () => {
    expect(await warmUp(() => false)).toBe(WARM_ROUNDS);
  });

  it('does nothing once a run has come, and stops after the round under way when one comes', async () => {
    expect(await warmUp(() => true)).toBe(0);
    let asked = 0;
    expect(await warmUp(() => ++asked > 2)).toBe(2);
  });
});

describe('warmUp with a stream', () => {
  /** A stream like `streamFile`: the file in slices; records what was read and whether it ended. */
  function fakeStream() {
    const seen = { size: 0, slices: 0, closed: false };
    async function* stream(file: Blob): AsyncGenerator<Uint8Array> {
      seen.size = file.size;
      const bytes = new Uint8Array(await file.arrayBuffer());
      try {
        for (let at = 0; at < bytes.length; at += 1 << 16) {
          seen.slices++;
          yield bytes.subarray(at, at + (1 << 16));
        }
      } finally {
        seen.closed = true;
      }
    }
    return { stream, seen };
  }

  it('first reads the made-up capture through the stream, whole, then from memory', async () => {
    const { stream, seen } = fakeStream();
    expect(await warmUp(() => false, stream)).toBe(WARM_ROUNDS);
    expect(seen.size).toBeGreaterThan(1 << 20);
    expect(seen.slices).toBe(Math.ceil(seen.size / (1 << 16)));
    expect(seen.closed).toBe(true);
  });

  it('stops reading the stream, and ends it, when a run comes', async () => {
    const { stream, seen } = fakeStream();
    let asked = 0;
    expect(await warmUp(() => ++asked > 3, stream)).toBe(0);
    expect(seen.slices).toBeLessThan(4);
    expect(seen.closed).toBe(true);
  });
});

describe('warmUp with a stream that fails', () => {
  it('goes on from memory: a reader that cannot start is named by the run, not by the warm-up', async () => {
    // eslint-disable-next-line require-yield
    async function* broken(): AsyncGenerator<Uint8Array> {
      throw new Error('the file reader could not be started');
    }
    expect(await warmUp(() => false, broken)).toBe(WARM_ROUNDS);
  });
});
