import { useLargeDataProgress } from '@/api/mock-admin';

/** Shown while the large data set loads: rows written out of all rows, as a progress bar. */
export function LargeDataProgress() {
  const progress = useLargeDataProgress(true).data;
  const loading = progress?.state === 'loading' && progress.total > 0;
  const percent = loading ? Math.round((progress.written / progress.total) * 100) : undefined;
  return (
    <div className="mt-2 max-w-md">
      <div
        role="progressbar"
        aria-label="Loading the large data set"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2 overflow-hidden rounded bg-slate-200"
      >
        <div
          className={`h-full rounded bg-brand-600 transition-[width] ${percent === undefined ? 'w-1/3 animate-pulse' : ''}`}
          style={percent === undefined ? undefined : { width: `${percent}%` }}
        />
      </div>
      <p className="mt-1 text-xs text-slate-500">
        {loading
          ? `Writing ${progress.written.toLocaleString('en')} of ${progress.total.toLocaleString('en')} rows (${percent} %)…`
          : 'Preparing 20,000 sessions…'}
      </p>
    </div>
  );
}
