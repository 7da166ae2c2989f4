/**
 * How far the large data set's load has gone, kept in memory by the tab that loads it, so
 * that `GET /mock-admin/large-data-set` can answer while the write transaction runs.
 */
export interface LargeDataProgress {
  state: 'idle' | 'loading' | 'done';
  /** Rows written so far and rows to write in all. */
  written: number;
  total: number;
}

let progress: LargeDataProgress = { state: 'idle', written: 0, total: 0 };

/** The current progress (a copy). */
export function largeDataProgress(): LargeDataProgress {
  return { ...progress };
}

/** Records the start, each written slice and the end of a load. */
export const trackLargeData = {
  start(total: number): void {
    progress = { state: 'loading', written: 0, total };
  },
  wrote(rows: number): void {
    progress = { ...progress, written: Math.min(progress.total, progress.written + rows) };
  },
  finish(): void {
    progress = { ...progress, state: 'done', written: progress.total };
  },
  fail(): void {
    progress = { state: 'idle', written: 0, total: 0 };
  },
};
