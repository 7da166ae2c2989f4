import { Button } from '@/components/ui/button';

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

/** Size in KB or MB. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
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
  const percent = finished ? 100 : total > 0 ? Math.min(99, Math.floor((done / total) * 100)) : 0;
  const label = finished
    ? `Read ${formatBytes(done)}, ${packets.toLocaleString('en')} packets`
    : cancelling
      ? 'Stopping…'
      : done === 0
        ? 'Starting…'
        : `Reading ${formatBytes(done)} of ${formatBytes(total)} · ${packets.toLocaleString('en')} packets`;
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label="Capture progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent} %: ${label}`}
        className="h-2 flex-1 overflow-hidden rounded bg-slate-200"
      >
        <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <span className="w-80 text-sm text-slate-700 tabular-nums" aria-live="polite">
        {percent} % · {label}
      </span>
      {onCancel && (
        <Button onClick={onCancel} disabled={cancelling}>
          Cancel
        </Button>
      )}
    </div>
  );
}
