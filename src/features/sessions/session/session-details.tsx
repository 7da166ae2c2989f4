import type { ReactNode } from 'react';
import { SOURCE_TYPE_LABEL } from '@/domain/model/mirror-kinds';
import { useResultText } from '@/components/results/use-result-text';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { Badge } from '@/components/ui/badge';
import { Panel } from '@/components/ui/panel';
import { shortTime } from '../session-rows';

/** The fields of a session that are not edited here: identity, state and times. */
export function SessionDetails({ session }: { session: TrafficMirrorSession }) {
  const text = useResultText();
  const rows: [string, ReactNode][] = [
    ['ID', <span className="font-mono text-xs">{session.id}</span>],
    ['Status', session.enabled ? <Badge tone="success">Enabled</Badge> : <Badge>Disabled</Badge>],
    ['Source type', text(SOURCE_TYPE_LABEL[session.type])],
    ['Sources', session.traffic_mirror_sources.length],
    ['Project', <span className="font-mono text-xs">{session.project_id}</span>],
    ['Created (UTC)', shortTime(session.created_at)],
    ['Updated (UTC)', shortTime(session.updated_at)],
  ];
  return (
    <Panel title="Details">
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
