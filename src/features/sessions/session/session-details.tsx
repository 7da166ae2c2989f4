import type { ReactNode } from 'react';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { Badge } from '@/components/ui/badge';
import { Panel } from '@/components/ui/panel';
import { useT, utcTime } from '@/i18n';

/** The fields of a session that are not edited here: identity, state and times. */
export function SessionDetails({ session }: { session: TrafficMirrorSession }) {
  const { t, formatDate, formatNumber } = useT();
  const rows: [string, ReactNode][] = [
    [t('sessions.details.id'), <span className="font-mono text-xs">{session.id}</span>],
    [
      t('sessions.details.status'),
      session.enabled ? (
        <Badge tone="success">{t('sessions.status.enabled')}</Badge>
      ) : (
        <Badge>{t('sessions.status.disabled')}</Badge>
      ),
    ],
    [t('sessions.details.sourceType'), t('sessions.details.sourceTypeValue', { type: session.type })],
    [t('sessions.details.sources'), formatNumber(session.traffic_mirror_sources.length)],
    [t('sessions.details.project'), <span className="font-mono text-xs">{session.project_id}</span>],
    [t('sessions.details.created'), utcTime(formatDate, session.created_at)],
    [t('sessions.details.updated'), utcTime(formatDate, session.updated_at)],
  ];
  return (
    <Panel title={t('sessions.details.title')}>
      <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1.5 text-sm">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-500">{term}</dt>
            <dd className="min-w-0 break-all">{value}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
