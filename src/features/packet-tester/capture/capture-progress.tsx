import { Button } from '@/components/ui/button';
import { useT, type Translator } from '@/i18n';

/** Props of {@link CaptureProgress}. */
export interface CaptureProgressProps {
  done: number;
  total: number;
  packets: number;
  /** Reading has finished (the bar stays, full, as a record of the run). */
  finished: boolean;
  cancelling?: boolean;
  onCancel?: () => void;
}

/**
 * A size in bytes, KB or MB, in the language of `t`.
 *
 * @example formatBytes(1536, t) // '1.5 KB'
 */
export function formatBytes(n: number, t: Translator['t']): string {
  if (n < 1024) return t('tester.words.bytes', { count: n });
  if (n < 1024 * 1024) return t('tester.words.kilobytes', { size: n / 1024 });
  return t('tester.words.megabytes', { size: n / 1024 / 1024 });
}

/** How far the worker has read, as a labelled progress bar, with Cancel while it runs. */
export function CaptureProgress({
  done,
  total,
  packets,
  finished,
  cancelling,
  onCancel,
}: CaptureProgressProps) {
  const { t } = useT();
  const percent = finished ? 100 : total > 0 ? Math.min(99, Math.floor((done / total) * 100)) : 0;
  const label = finished
    ? t('tester.progress.read', { size: formatBytes(done, t), packets })
    : cancelling
      ? t('tester.progress.stopping')
      : done === 0
        ? t('tester.progress.starting')
        : t('tester.progress.reading', { size: formatBytes(done, t), total: formatBytes(total, t), packets });
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label={t('tester.progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('tester.progress.value', { percent, label })}
        className="h-2 flex-1 overflow-hidden rounded bg-slate-200"
      >
        {/* Scaled, not resized: the bar moves on the compositor, with no layout on the page's
            thread, which a capture's workers share the processor with. */}
        <div
          className="h-full w-full origin-left bg-brand-600 transition-transform"
          style={{ transform: `scaleX(${percent / 100})` }}
        />
      </div>
      <span className="w-80 text-sm text-slate-700 tabular-nums" aria-live="polite">
        {t('tester.progress.shown', { percent, label })}
      </span>
      {onCancel && (
        <Button onClick={onCancel} disabled={cancelling}>
          {t('tester.progress.cancel')}
        </Button>
      )}
    </div>
  );
}
