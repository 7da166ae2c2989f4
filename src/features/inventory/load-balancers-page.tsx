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
import { useT } from '@/i18n';
import { EligibilityCell } from './eligibility-cell';
import { indexMirrorUsage } from './mirror-usage';
import { SessionNames } from './session-links';
import { inventoryNeeds } from './data-needs';

const SESSIONS_PER_LB_TARGET =
  QUOTA_DEFINITIONS.find((q) => q.key === 'sessions_per_elb_target')?.value ?? 200;

/** The region's load balancers and whether each can receive mirrored traffic (at its private VIP). */
export function LoadBalancersPage() {
  const { t } = useT();
  const region = useRegionData(useCurrentProject().id, inventoryNeeds);
  const text = useResultText();
  const { sessions, inventory } = region.data;
  const usage = useMemo(() => indexMirrorUsage(sessions ?? []), [sessions]);

  const columns: Column<LoadBalancer>[] = [
    {
      header: t('inventory.name'),
      cell: (lb) => (
        <>
          <span className="font-medium">{lb.name}</span>
          {lb.description && <span className="block text-xs text-slate-500">{lb.description}</span>}
        </>
      ),
    },
    {
      header: t('inventory.lb.kind'),
      className: 'whitespace-nowrap',
      cell: (lb) => t('inventory.lb.kindOf', { dedicated: String(lb.guaranteed) }),
    },
    {
      header: t('inventory.lb.vip'),
      cell: (lb) => <span className="font-mono text-xs">{lb.vip_address}</span>,
    },
    {
      header: t('inventory.vpc'),
      cell: (lb) => inventory?.vpcs.find((v) => v.id === lb.vpc_id)?.name ?? '—',
    },
    {
      header: t('inventory.lb.subnet'),
      cell: (lb) => (inventory && findSubnet(inventory, lb.vip_subnet_cidr_id)?.name) ?? '—',
    },
    {
      header: t('inventory.lb.status'),
      cell: (lb) => (
        <Badge tone={lb.provisioning_status === 'ACTIVE' ? 'success' : 'warning'}>
          {t('inventory.lb.statusOf', { status: lb.provisioning_status })}
        </Badge>
      ),
    },
    {
      header: t('inventory.targetOf'),
      cell: (lb) => <SessionNames sessions={usage.get(lb.id)?.targetOf ?? []} />,
    },
    {
      header: t('inventory.lb.canBeTarget'),
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
            kind="target"
            eligibility={verdict}
            yes={t('inventory.yes', { used, quota: SESSIONS_PER_LB_TARGET })}
          />
        );
      },
    },
  ];

  return (
    <>
      <PageHeader
        title={t('inventory.lb.title')}
        description={
          <>
            {t('inventory.lb.description', { count: SESSIONS_PER_LB_TARGET })}{' '}
            {text(LOAD_BALANCER_TARGET_NOTE)}
          </>
        }
      />
      <QueryState what={t('inventory.lb.what')} state={region}>
        <DataTable
          label={t('inventory.lb.table')}
          columns={columns}
          rows={inventory?.load_balancers ?? []}
          rowKey={(lb) => lb.id}
          empty={t('inventory.lb.empty')}
        />
      </QueryState>
    </>
  );
}
