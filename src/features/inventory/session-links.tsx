import type { TrafficMirrorSession } from '@/domain/model/types';
import { useT } from '@/i18n';

/** The names of the sessions a resource takes part in, or a dash. */
export function SessionNames({ sessions }: { sessions: TrafficMirrorSession[] }) {
  const { t } = useT();
  if (sessions.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <ul className="space-y-0.5">
      {sessions.map((s) => (
        <li key={s.id}>
          {s.name}
          {!s.enabled && <span className="ml-1 text-xs text-slate-500">{t('inventory.disabled')}</span>}
        </li>
      ))}
    </ul>
  );
}
