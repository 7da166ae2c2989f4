import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { progressSource } from './progress-source';

let frames: (() => void)[] = [];
beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
});
afterEach(() => vi.unstubAllGlobals());

it('tells its readers once a frame however many answers arrived, with the latest counts', () => {
  const source = progressSource(1000);
  const told: number[] = [];
  const stop = source.subscribe(() => told.push(source.get().done));
  expect(source.get()).toEqual({ total: 1000, done: 0, succeeded: 0, failed: 0 });
  for (let done = 1; done <= 40; done++) source.set({ total: 1000, done, succeeded: done - 1, failed: 1 });
  expect(told).toEqual([]);
  expect(frames).toHaveLength(1);
  frames.shift()!();
  expect(told).toEqual([40]);
  source.set({ total: 1000, done: 41, succeeded: 40, failed: 1 });
  frames.shift()!();
  expect(told).toEqual([40, 41]);
  stop();
  source.set({ total: 1000, done: 42, succeeded: 41, failed: 1 });
  frames.shift()!();
  expect(told).toEqual([40, 41]);
});
