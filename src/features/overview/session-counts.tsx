import { Link } from '@tanstack/react-router';
import type { TrafficMirrorFilter, TrafficMirrorSession } from '@/domain/model/types';
import { useT } from '@/i18n';

function Stat({ label, value, detail }: { label: string; value: number; detail?: string }) {
  const { formatNumber } = useT();
  return (
    <div className="rounded border border-slate-200 bg-white px-4 py-3">
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{formatNumber(value)}</dd>
      {detail && <dd className="text-xs text-slate-500">{detail}</dd>}
    </div>
  );
}

/** Sessions by status and by target type, and filters, as a row of figures. */
export function SessionCounts({
  sessions,
  filters,
}: {
  sessions: readonly TrafficMirrorSession[];
  filters: readonly TrafficMirrorFilter[];
}) {
  const { t } = useT();
  const enabled = sessions.filter((s) => s.enabled).length;
  const toEni = sessions.filter((s) => s.traffic_mirror_target_type === 'eni').length;
  if (sessions.length === 0) {
    return (
      <div className="rounded border border-dashed border-slate-300 bg-white p-6 text-center">
        <p className="font-medium text-slate-800">{t('overview.empty')}</p>
        <p className="mt-1 text-sm text-slate-600">
          {t('overview.emptyBody')}{' '}
          <Link to="/sessions/create" className="font-medium text-brand-700 underline">
            {t('overview.create')}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <dl className="grid grid-cols-5 gap-3" aria-label={t('overview.figures')}>
      <Stat label={t('overview.sessions')} value={sessions.length} />
      <Stat label={t('overview.enabled')} value={enabled} detail={t('overview.enabledDetail')} />
      <Stat
        label={t('overview.disabled')}
        value={sessions.length - enabled}
        detail={t('overview.disabledDetail')}
      />
      <Stat
        label={t('overview.toEni')}
        value={toEni}
        detail={t('overview.toElb', { count: sessions.length - toEni })}
      />
      <Stat label={t('overview.filters')} value={filters.length} />
    </dl>
  );
}
