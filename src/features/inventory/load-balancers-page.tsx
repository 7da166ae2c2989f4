import { useMemo } from 'react';
import { useInventory, useLoadBalancers, useSubnets, useVpcs } from '@/api/inventory';
import { useSessions } from '@/api/sessions';
import { targetEligibility } from '@/domain/model/eligibility';
import { LOAD_BALANCER_TARGET_NOTE } from '@/domain/model/mirror-kinds';
import { QUOTA_DEFINITIONS } from '@/domain/model/quotas';
import type { LoadBalancer } from '@/domain/model/types';
import { Badge } from '@/components/ui/badge';
import { DataTable, type Column } from '@/components/table/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { indexMirrorUsage } from './mirror-usage';
import { SessionNames } from './session-links';

const SESSIONS_PER_LB_TARGET =
  QUOTA_DEFINITIONS.find((q) => q.key === 'sessions_per_elb_target')?.value ?? 200;

/** The region's load balancers and whether each can receive mirrored traffic (at its private VIP). */
export function LoadBalancersPage() {
  const balancers = useLoadBalancers();
  const vpcs = useVpcs();
  const subnets = useSubnets();
  const sessions = useSessions();
  const inventory = useInventory();
  const usage = useMemo(() => indexMirrorUsage(sessions.data ?? []), [sessions.data]);

  const columns: Column<LoadBalancer>[] = [
    {
      header: 'Name',
      cell: (lb) => (
        <>
          <span className="font-medium">{lb.name}</span>
          {lb.description && <span className="block text-xs text-slate-500">{lb.description}</span>}
        </>
      ),
    },
    { header: 'Kind', cell: (lb) => (lb.guaranteed ? 'Dedicated' : 'Shared') },
    { header: 'VIP', cell: (lb) => <span className="font-mono text-xs">{lb.vip_address}</span> },
    { header: 'VPC', cell: (lb) => vpcs.data?.find((v) => v.id === lb.vpc_id)?.name ?? '—' },
    {
      header: 'Subnet',
      cell: (lb) => subnets.data?.find((s) => s.id === lb.vip_subnet_cidr_id)?.name ?? '—',
    },
    {
      header: 'Status',
      cell: (lb) => (
        <Badge tone={lb.provisioning_status === 'ACTIVE' ? 'success' : 'warning'}>
          {lb.provisioning_status}
        </Badge>
      ),
    },
    { header: 'Target of', cell: (lb) => <SessionNames sessions={usage.get(lb.id)?.targetOf ?? []} /> },
    {
      header: 'Can be a target',
      cell: (lb) => {
        const used = usage.get(lb.id)?.targetOf.length ?? 0;
        if (!inventory.data) return null;
        const verdict = targetEligibility(
          { sessions: sessions.data ?? [], filters: [], inventory: inventory.data },
          { sources: [] },
          { type: 'elb', id: lb.id },
        );
        return verdict.eligible ? (
          <Badge tone="success">{`Yes (${used} / ${SESSIONS_PER_LB_TARGET} sessions)`}</Badge>
        ) : (
          <span className="text-slate-600">{verdict.reasons.map((r) => r.message).join(' ')}</span>
        );
      },
    },
  ];

  const error = balancers.error ?? vpcs.error ?? subnets.error ?? sessions.error ?? inventory.error;
  return (
    <>
      <PageHeader
        title="Load Balancers"
        description={`Load balancers of this region. A load balancer target spreads mirrored traffic across its inspection back ends; it can serve up to ${SESSIONS_PER_LB_TARGET} sessions. ${LOAD_BALANCER_TARGET_NOTE}`}
      />
      <QueryState
        what="load balancers"
        isPending={balancers.isPending || sessions.isPending || inventory.isPending}
        error={error}
        retry={() => void balancers.refetch()}
      >
        <DataTable
          label="Load balancers"
          columns={columns}
          rows={balancers.data ?? []}
          rowKey={(lb) => lb.id}
          empty="This region has no load balancers."
        />
      </QueryState>
    </>
  );
}
