import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useChangeSessionSources } from '@/api/sessions';
import type { TrafficMirrorSession } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { findPort, portIpv4, portVpcId, serverOfPort } from '@/domain/network/inventory-lookup';
import { Button } from '@/components/ui/button';
import { DataTable, type Column } from '@/components/table/data-table';
import { Panel } from '@/components/ui/panel';
import { useToast } from '@/components/ui/toast';
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
        onSuccess: () => toast('success', `Source "${nameOf(portId)}" removed from "${session.name}".`),
        onError: (error) => toast('error', `Source "${nameOf(portId)}" was not removed: ${error.message}`),
        onSettled: () => setRemoving(null),
      },
    );
  };

  const columns: Column<string>[] = [
    {
      header: 'Interface',
      cell: (id) => (
        <>
          <span className="font-medium">{nameOf(id)}</span>
          <span className="block font-mono text-xs text-slate-500">{id}</span>
        </>
      ),
    },
    {
      header: 'Private IP',
      cell: (id) => {
        const port = findPort(inventory, id);
        return <span className="font-mono text-xs">{(port && portIpv4(port)) ?? '—'}</span>;
      },
    },
    {
      header: 'ECS',
      cell: (id) => {
        const port = findPort(inventory, id);
        const server = port && serverOfPort(inventory, port);
        return server ? `${server.name} (${server.flavor.id})` : '—';
      },
    },
    {
      header: 'VPC',
      className: 'whitespace-nowrap',
      cell: (id) => {
        const port = findPort(inventory, id);
        const vpc = port && portVpcId(inventory, port);
        return inventory.vpcs.find((v) => v.id === vpc)?.name ?? '—';
      },
    },
    { header: 'MTU', numeric: true, cell: (id) => findPort(inventory, id)?.mtu ?? '—' },
    {
      header: 'Actions',
      cell: (id) => (
        <span className="flex items-center gap-1">
          <Link
            to="/packet-tester"
            search={{ source: id, session: session.id }}
            aria-label={`Test a packet on ${nameOf(id)}`}
            className="rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap text-brand-700 hover:bg-brand-50"
          >
            Test a packet
          </Link>
          <Button
            variant="ghost"
            className="h-6 px-1.5 text-xs"
            aria-label={`Remove source ${nameOf(id)}`}
            pending={removing === id}
            disabled={removing !== null && removing !== id}
            onClick={() => removeSource(id)}
          >
            Remove
          </Button>
        </span>
      ),
    },
  ];

  return (
    <Panel
      title={`Mirror sources (${count} / ${quota})`}
      actions={
        !adding && (
          <Button
            onClick={() => setAdding(true)}
            disabled={count >= quota}
            title={count >= quota ? 'At the sources quota' : undefined}
          >
            Add sources
          </Button>
        )
      }
    >
      {count >= quota && (
        <p className="mb-2 text-sm text-slate-600">
          This session has the most sources allowed ({quota}). Remove a source before adding another, or raise
          the quota in Settings.
        </p>
      )}
      <DataTable
        label="Mirror sources"
        columns={columns}
        rows={session.traffic_mirror_sources}
        rowKey={(id) => id}
        empty="This session has no source, so it copies nothing. Add a source."
      />
      {adding && <AddSourcesPicker session={session} snapshot={snapshot} onClose={() => setAdding(false)} />}
    </Panel>
  );
}
