import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useChangeSessionSources } from '@/api/sessions';
import type { TrafficMirrorSession } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { findPort, portIpv4, portVpcId, serverOfPort } from '@/domain/network/inventory-lookup';
import { Button } from '@/components/ui/button';
import { DataTable, type Column } from '@/components/table/data-table';
import { Panel } from '@/components/ui/panel';
import { useApiErrorText } from '@/components/results/api-error-text';
import { useToast } from '@/components/ui/toast';
import { useT } from '@/i18n';
import { AddSourcesPicker } from './add-sources-picker';

/** The interfaces whose traffic the session copies: remove one, or add more. */
export function SessionSourcesPanel({
  session,
  snapshot,
}: {
  session: TrafficMirrorSession;
  snapshot: Snapshot;
}) {
  const remove = useChangeSessionSources('remove-sources');
  const toast = useToast();
  const { t } = useT();
  const refused = useApiErrorText();
  const [removing, setRemoving] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const { inventory } = snapshot;
  const quota = snapshot.quotas?.sources_per_session ?? 10;
  const count = session.traffic_mirror_sources.length;
  const nameOf = (id: string) => findPort(inventory, id)?.name ?? id;

  const removeSource = (portId: string) => {
    setRemoving(portId);
    remove.mutate(
      { id: session.id, sources: [portId] },
      {
        onSuccess: () =>
          toast('success', t('sessions.sources.removed', { source: nameOf(portId), session: session.name })),
        onError: (error) =>
          toast('error', t('sessions.sources.notRemoved', { source: nameOf(portId), error: refused(error) })),
        onSettled: () => setRemoving(null),
      },
    );
  };

  const columns: Column<string>[] = [
    {
      header: t('sessions.sources.interface'),
      cell: (id) => (
        <>
          <span className="font-medium">{nameOf(id)}</span>
          <span className="block font-mono text-xs text-slate-500">{id}</span>
        </>
      ),
    },
    {
      header: t('sessions.sources.privateIp'),
      cell: (id) => {
        const port = findPort(inventory, id);
        return <span className="font-mono text-xs">{(port && portIpv4(port)) ?? '—'}</span>;
      },
    },
    {
      header: t('sessions.sources.ecs'),
      cell: (id) => {
        const port = findPort(inventory, id);
        const server = port && serverOfPort(inventory, port);
        return server ? t('sessions.sources.server', { name: server.name, flavor: server.flavor.id }) : '—';
      },
    },
    {
      header: t('sessions.sources.vpc'),
      className: 'whitespace-nowrap',
      cell: (id) => {
        const port = findPort(inventory, id);
        const vpc = port && portVpcId(inventory, port);
        return inventory.vpcs.find((v) => v.id === vpc)?.name ?? '—';
      },
    },
    { header: 'MTU', numeric: true, cell: (id) => findPort(inventory, id)?.mtu ?? '—' },
    {
      header: t('sessions.sources.actions'),
      cell: (id) => (
        <span className="flex items-center gap-1">
          <Link
            to="/packet-tester"
            search={{ source: id, session: session.id }}
            aria-label={t('sessions.sources.testOn', { name: nameOf(id) })}
            className="rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap text-brand-700 hover:bg-brand-50"
          >
            {t('sessions.action.testPacket')}
          </Link>
          <Button
            variant="ghost"
            className="h-6 px-1.5 text-xs"
            aria-label={t('sessions.sources.removeName', { name: nameOf(id) })}
            pending={removing === id}
            disabled={removing !== null && removing !== id}
            onClick={() => removeSource(id)}
          >
            {t('sessions.sources.remove')}
          </Button>
        </span>
      ),
    },
  ];

  return (
    <Panel
      title={t('sessions.sources.title', { count, quota })}
      actions={
        !adding && (
          <Button
            onClick={() => setAdding(true)}
            disabled={count >= quota}
            title={count >= quota ? t('sessions.sources.atQuota') : undefined}
          >
            {t('sessions.sources.add')}
          </Button>
        )
      }
    >
      {count >= quota && (
        <p className="mb-2 text-sm text-slate-600">{t('sessions.sources.quotaNote', { quota })}</p>
      )}
      <DataTable
        label={t('sessions.sources.label')}
        columns={columns}
        rows={session.traffic_mirror_sources}
        rowKey={(id) => id}
        empty={t('sessions.sources.empty')}
      />
      {adding && <AddSourcesPicker session={session} snapshot={snapshot} onClose={() => setAdding(false)} />}
    </Panel>
  );
}
