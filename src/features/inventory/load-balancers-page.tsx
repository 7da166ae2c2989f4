import { useMemo } from 'react';
import { useCurrentProject } from '@/api/project-context';
import { useRegionData } from '@/api/region-data';
import { targetEligibility } from '@/domain/model/eligibility';
import { LOAD_BALANCER_TARGET_NOTE } from '@/domain/model/mirror-kinds';
import { useResultText } from '@/components/results/use-result-text';
import { QUOTA_DEFINITIONS } from '@/domain/model/quotas';
import type { LoadBalancer } from '@/domain/model/types';
import { findSubnet } from '@/domain/network/inventory-lookup';
import { Badge } from '@/components/ui/badge';
import { DataTable, type Column } from '@/components/table/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { EligibilityCell } from './eligibility-cell';
import { indexMirrorUsage } from './mirror-usage';
import { SessionNames } from './session-links';
import { inventoryNeeds } from './data-needs';

const SESSIONS_PER_LB_TARGET =
  QUOTA_DEFINITIONS.find((q) => q.key === 'sessions_per_elb_target')?.value ?? 200;

/** The region's load balancers and whether each can receive mirrored traffic (at its private VIP). */
export function LoadBalancersPage() {
  const region = useRegionData(useCurrentProject().id, inventoryNeeds);
  const text = useResultText();
  const { sessions, inventory } = region.data;
  const usage = useMemo(() => indexMirrorUsage(sessions ?? []), [sessions]);

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
    { header: 'VPC', cell: (lb) => inventory?.vpcs.find((v) => v.id === lb.vpc_id)?.name ?? '—' },
    {
      header: 'Subnet',
      cell: (lb) => (inventory && findSubnet(inventory, lb.vip_subnet_cidr_id)?.name) ?? '—',
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
        if (!inventory) return null;
        const verdict = targetEligibility(
          { sessions: sessions ?? [], filters: [], inventory },
          { sources: [] },
          { type: 'elb', id: lb.id },
        );
        return (
          <EligibilityCell
            what="target"
            eligibility={verdict}
            yes={`Yes (${used} / ${SESSIONS_PER_LB_TARGET} sessions)`}
          />
        );
      },
    },
  ];

  return (
    <>
      <PageHeader
        title="Load Balancers"
        description={`Load balancers of this region. A load balancer target spreads mirrored traffic across its inspection back ends; it can serve up to ${SESSIONS_PER_LB_TARGET} sessions. ${text(LOAD_BALANCER_TARGET_NOTE)}`}
      />
      <QueryState what="load balancers" state={region}>
        <DataTable
          label="Load balancers"
          columns={columns}
          rows={inventory?.load_balancers ?? []}
          rowKey={(lb) => lb.id}
          empty="This region has no load balancers."
        />
      </QueryState>
    </>
  );
}
