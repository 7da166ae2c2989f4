/**
 * The combined state of the data sources a page reads: one rule for when a page waits, when
 * it fails, and when it shows what it has while saying quietly that a refresh failed.
 */

/** One data source as react-query reports it (the fields the combined state reads). */
export interface LoadSource {
  data: unknown;
  error: Error | null;
  /** When the data shown was loaded (ms since the epoch; 0 when never). */
  dataUpdatedAt: number;
  isFetching: boolean;
  /** The page is usable without it (names shown once it arrives); its failure is never blocking. */
  secondary?: boolean;
  refetch: () => unknown;
}

/** What a page shows: waiting, the error with Retry, or its data (maybe from an earlier load). */
export interface LoadState {
  status: 'pending' | 'error' | 'success';
  /** Why a first load failed (`status` is `error`). */
  error: Error | null;
  /** A refresh of the data on screen failed: the error and since when the data is shown. */
  stale: { error: Error; since: number } | null;
  /** A Retry is under way. */
  retrying: boolean;
  /** Loads again exactly the sources that failed. */
  retryFailed: () => void;
}

/**
 * Combines a page's sources: `error` when a source the page needs failed before it ever
 * loaded, `pending` while one is still loading, else `success`; a source that failed but
 * still has its earlier data (or is secondary) makes the state `stale`, never an error.
 */
export function combineLoadState(sources: readonly LoadSource[]): LoadState {
  const needed = sources.filter((s) => !s.secondary);
  const firstLoadFailure = needed.find((s) => s.data === undefined && s.error);
  const failed = sources.filter((s) => s.error);
  const status = firstLoadFailure
    ? 'error'
    : needed.some((s) => s.data === undefined)
      ? 'pending'
      : 'success';
  const staleFailures = failed.filter((s) => s.data !== undefined || s.secondary);
  const shownSince = (list: readonly LoadSource[]) => list.map((s) => s.dataUpdatedAt).filter((at) => at > 0);
  const failedSince = shownSince(staleFailures.filter((s) => s.data !== undefined));
  const since = failedSince.length > 0 ? Math.min(...failedSince) : Math.max(0, ...shownSince(sources));
  const staleError = staleFailures[0]?.error;
  return {
    status,
    error: firstLoadFailure?.error ?? null,
    stale: status === 'success' && staleError ? { error: staleError, since } : null,
    retrying: failed.some((s) => s.isFetching),
    retryFailed: () => {
      for (const source of failed) void source.refetch();
    },
  };
}
