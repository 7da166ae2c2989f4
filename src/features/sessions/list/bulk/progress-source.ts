import type { BulkProgress } from '@/api/bulk-run';

/**
 * The counts of a bulk change under way, read by the progress bar alone
 * (`useSyncExternalStore`): a new count redraws the bar, not the 20,000-row page around it.
 */
export interface ProgressSource {
  get: () => BulkProgress;
  subscribe: (listener: () => void) => () => void;
}

/**
 * A progress source for `total` items and its `set`, which tells the readers at most once an
 * animation frame (1,000 answers arrive faster than the screen redraws).
 */
export function progressSource(total: number): ProgressSource & { set: (progress: BulkProgress) => void } {
  let current: BulkProgress = { total, done: 0, succeeded: 0, failed: 0 };
  const listeners = new Set<() => void>();
  let frame: number | null = null;
  const tell = () => {
    frame = null;
    for (const listener of listeners) listener();
  };
  return {
    get: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: (progress) => {
      current = progress;
      frame ??= requestAnimationFrame(tell);
    },
  };
}
