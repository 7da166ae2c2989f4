import { useLargeDataProgress } from '@/api/mock-admin';
import { useT } from '@/i18n';

/** Shown while the large data set loads: rows written out of all rows, as a progress bar. */
export function LargeDataProgress({ sessions }: { sessions: number }) {
  const { t } = useT();
  const progress = useLargeDataProgress(true).data;
  const loading = progress?.state === 'loading' && progress.total > 0;
  const percent = loading ? Math.round((progress.written / progress.total) * 100) : undefined;
  return (
    <div className="mt-2 max-w-md">
      <div
        role="progressbar"
        aria-label={t('settings.progress.label')}
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
          ? t('settings.progress.writing', {
              written: progress.written,
              total: progress.total,
              percent: percent ?? 0,
            })
          : t('settings.progress.preparing', { count: sessions })}
      </p>
    </div>
  );
}
