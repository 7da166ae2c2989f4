import { lazy, Suspense, useMemo } from 'react';
import { sessionTopology } from '@/domain/model/topology';
import type { TrafficMirrorSession } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { Panel } from '@/components/ui/panel';
import { useT } from '@/i18n';

/** The picture and its layout library, loaded only when a session's page shows it. */
const TopologyPicture = lazy(() =>
  import('./topology-picture').then((module) => ({ default: module.TopologyPicture })),
);

/**
 * The session's topology (docs/behaviour.md, "The session's picture"): its sources by VPC and
 * subnet, the session, its filter, the connection and the target, with each warning on the
 * element it concerns. The caption points to the tables that say the same in text.
 */
export function SessionTopology({
  session,
  snapshot,
}: {
  session: TrafficMirrorSession;
  snapshot: Snapshot;
}) {
  const { t } = useT();
  const topology = useMemo(() => sessionTopology(snapshot, session), [snapshot, session]);
  return (
    <Panel title={t('sessions.topology.title')}>
      <figure>
        <Suspense fallback={<p className="text-sm text-slate-600">{t('sessions.topology.loading')}</p>}>
          <TopologyPicture topology={topology} name={session.name} />
        </Suspense>
        <figcaption className="mt-2 text-xs text-slate-600">{t('sessions.topology.caption')}</figcaption>
      </figure>
    </Panel>
  );
}
