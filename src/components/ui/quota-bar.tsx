import { useT } from '@/i18n';

/**
 * Usage against a limit as a labelled meter; amber from 80 %, red when full. A limit of one
 * (one filter per session) is structural, not a shortage, and stays neutral.
 */
export function QuotaBar({ label, used, quota }: { label: string; used: number; quota: number }) {
  const { t } = useT();
  const share = quota > 0 ? Math.min(1, used / quota) : 1;
  const tone =
    quota === 1 ? 'bg-slate-400' : share >= 1 ? 'bg-red-600' : share >= 0.8 ? 'bg-amber-500' : 'bg-brand-600';
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={quota}
      aria-valuenow={used}
      aria-valuetext={t('quotaBar.used', { used, quota })}
      className="h-2 w-full overflow-hidden rounded bg-slate-200"
    >
      <div className={`h-full ${tone}`} style={{ width: `${share * 100}%` }} />
    </div>
  );
}
