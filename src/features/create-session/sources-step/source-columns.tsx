import type { QuotaValues } from '@/domain/model/quotas';
import type { Port } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import type { Translator } from '@/i18n';
import { portIpv4, portIpv6, portVpcId, serverOfPort } from '@/domain/network/inventory-lookup';
import type { SelectionColumn } from '../selection/selection-row';

/** The sources table's columns after the name: IP, ECS, flavor, VPC and sessions "n / 3". */
export function sourceColumns(
  snapshot: Snapshot & { quotas: QuotaValues },
  t: Translator['t'],
): SelectionColumn<Port>[] {
  const { inventory, quotas, sessions } = snapshot;
  return [
    {
      header: t('wizard.table.ipAddress'),
      className: 'font-mono text-xs',
      cell: (p) => (
        <>
          {portIpv4(p)}
          {portIpv6(p) && (
            <span className="block text-slate-500 [overflow-wrap:anywhere]">{portIpv6(p)}</span>
          )}
        </>
      ),
    },
    {
      header: t('wizard.table.ecs'),
      className: 'whitespace-nowrap',
      cell: (p) =>
        serverOfPort(inventory, p)?.name ?? (
          <span className="text-slate-500">{t('wizard.table.notAttached')}</span>
        ),
    },
    {
      header: t('wizard.sources.flavor'),
      className: 'whitespace-nowrap',
      cell: (p) => serverOfPort(inventory, p)?.flavor.id ?? '—',
    },
    {
      header: t('wizard.table.vpc'),
      cell: (p) => inventory.vpcs.find((v) => v.id === portVpcId(inventory, p))?.name ?? '—',
    },
    {
      header: t('wizard.table.sessions'),
      numeric: true,
      cell: (p) =>
        t('wizard.table.usage', {
          used: sessions.filter((s) => s.traffic_mirror_sources.includes(p.id)).length,
          limit: quotas.sessions_per_source,
        }),
    },
  ];
}
