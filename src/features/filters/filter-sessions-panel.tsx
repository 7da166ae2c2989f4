import { Link } from '@tanstack/react-router';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { Badge } from '@/components/ui/badge';
import { Panel } from '@/components/ui/panel';
import { useT } from '@/i18n';

const SHOWN = 50;

/** The sessions whose copies this filter decides (the first 50 when there are more). */
export function FilterSessionsPanel({ sessions }: { sessions: readonly TrafficMirrorSession[] }) {
  const { t } = useT();
  const title = t('filters.sessions.title', { count: sessions.length });
  return (
    <Panel title={title}>
      {sessions.length === 0 ? (
        <p className="text-sm text-slate-600">{t('filters.sessions.none')}</p>
      ) : (
        <ul className="max-h-72 divide-y divide-slate-100 overflow-y-auto text-sm">
          {sessions.slice(0, SHOWN).map((s) => (
            <li key={s.id} className="flex items-center justify-between gap-2 py-1.5">
              <Link
                to="/sessions/$sessionId"
                params={{ sessionId: s.id }}
                className="truncate font-medium text-brand-700 underline decoration-brand-700/30 underline-offset-2 hover:decoration-brand-700"
              >
                {s.name}
              </Link>
              <span className="flex shrink-0 items-center gap-2 text-xs text-slate-600">
                {t('filters.sessions.priority', { priority: s.priority })}
                {s.enabled ? (
                  <Badge tone="success">{t('filters.sessions.enabled')}</Badge>
                ) : (
                  <Badge>{t('filters.sessions.disabled')}</Badge>
                )}
              </span>
            </li>
          ))}
          {sessions.length > SHOWN && (
            <li className="py-1.5 text-slate-600">
              {t('filters.sessions.more', { count: sessions.length - SHOWN })}
            </li>
          )}
        </ul>
      )}
    </Panel>
  );
}
