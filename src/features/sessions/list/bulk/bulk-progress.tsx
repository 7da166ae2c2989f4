import { useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';
import { useT } from '@/i18n';
import type { BulkRunning } from './use-bulk-session-run';

/**
 * A bulk change under way: a progress bar of the sessions answered so far, how many failed,
 * and Cancel (nothing more is sent; the requests in flight finish and are reported).
 */
export function BulkProgressBar({ running, onCancel }: { running: BulkRunning; onCancel: () => void }) {
  const { t } = useT();
  const { done, total, failed } = useSyncExternalStore(running.progress.subscribe, running.progress.get);
  const label = t('sessions.bulk.progress', { change: running.change, done, total });
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  return (
    <div className="flex basis-full items-center gap-3 rounded border border-slate-200 bg-slate-50 px-3 py-2">
      <div className="min-w-0 flex-1">
        <p className="text-sm text-slate-800 tabular-nums" aria-hidden="true">
          {label}
          {failed > 0 && <span className="text-red-700">{t('sessions.bulk.failed', { failed })}</span>}
          {running.cancelling && ` · ${t('sessions.bulk.cancelling')}`}
        </p>
        <div
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={t('sessions.bulk.valueText', { done, total, failed })}
          className="mt-1 h-2 overflow-hidden rounded bg-slate-200"
        >
          <div className="h-full rounded bg-brand-600" style={{ width: `${percent}%` }} />
        </div>
      </div>
      <Button onClick={onCancel} disabled={running.cancelling} pending={running.cancelling}>
        {t('sessions.action.cancel')}
      </Button>
    </div>
  );
}
