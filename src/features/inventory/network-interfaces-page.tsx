import { useMemo } from 'react';
import { useCurrentProject } from '@/api/project-context';
import { useRegionData } from '@/api/region-data';
import { sourceEligibility } from '@/domain/model/eligibility';
import { QUOTA_DEFINITIONS } from '@/domain/model/quotas';
import type { Port } from '@/domain/model/types';
import { portIpv4, portIpv6, portVpcId, serverOfPort } from '@/domain/network/inventory-lookup';
import { DataTable, type Column } from '@/components/table/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { useT } from '@/i18n';
import { EligibilityCell } from './eligibility-cell';
import { indexMirrorUsage } from './mirror-usage';
import { SessionNames } from './session-links';
import { inventoryNeeds } from './data-needs';

const SESSIONS_PER_SOURCE = QUOTA_DEFINITIONS.find((q) => q.key === 'sessions_per_source')?.value ?? 3;

/** Every elastic network interface of the region, with how it takes part in mirroring. */
export function NetworkInterfacesPage() {
  const { t } = useT();
  const region = useRegionData(useCurrentProject().id, inventoryNeeds);
  const sessions = region.data.sessions;
  const usage = useMemo(() => indexMirrorUsage(sessions ?? []), [sessions]);
  const data = region.data.inventory;

  const columns: Column<Port>[] = data
    ? [
        { header: t('inventory.name'), cell: (p) => <span className="font-medium">{p.name}</span> },
        {
          header: t('inventory.eni.privateIp'),
          cell: (p) => (
            <span className="font-mono text-xs">
              {portIpv4(p)}
              {portIpv6(p) && (
                <span className="block text-slate-500 [overflow-wrap:anywhere]">{portIpv6(p)}</span>
              )}
            </span>
          ),
        },
        {
          header: t('inventory.eni.server'),
          cell: (p) => {
            const server = serverOfPort(data, p);
            return server ? (
              <>
                {server.name}
                <span className="block text-xs text-slate-500">{server.flavor.id}</span>
              </>
            ) : (
              <span className="text-slate-400">{t('inventory.eni.notAttached')}</span>
            );
          },
        },
        {
          header: t('inventory.vpc'),
          cell: (p) => data.vpcs.find((v) => v.id === portVpcId(data, p))?.name ?? '—',
        },
        { header: 'MTU', numeric: true, cell: (p) => p.mtu },
        {
          header: t('inventory.sourceOf'),
          cell: (p) => <SessionNames sessions={usage.get(p.id)?.sourceOf ?? []} />,
        },
        {
          header: t('inventory.targetOf'),
          cell: (p) => <SessionNames sessions={usage.get(p.id)?.targetOf ?? []} />,
        },
        {
          header: t('inventory.eni.canBeSource'),
          cell: (p) => {
            const verdict = sourceEligibility(
              { sessions: sessions ?? [], filters: [], inventory: data },
              { sources: [] },
              p.id,
            );
            const used = usage.get(p.id)?.sourceOf.length ?? 0;
            return (
              <EligibilityCell
                kind="source"
                eligibility={verdict}
                yes={t('inventory.yes', { used, quota: SESSIONS_PER_SOURCE })}
              />
            );
          },
        },
      ]
    : [];

  return (
    <>
      <PageHeader title={t('inventory.eni.title')} description={t('inventory.eni.description')} />
      <QueryState what={t('inventory.eni.what')} state={region}>
        <DataTable
          label={t('inventory.eni.table')}
          columns={columns}
          rows={(data?.ports ?? []).filter((p) => p.device_owner.startsWith('compute'))}
          rowKey={(p) => p.id}
          empty={t('inventory.eni.empty')}
        />
      </QueryState>
    </>
  );
}
