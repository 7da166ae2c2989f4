import type { QuotaValues } from '@/domain/model/quotas';
import type { Port } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { portIpv4, portIpv6, portVpcId, serverOfPort } from '@/domain/network/inventory-lookup';
import type { SelectionColumn } from '../selection/selection-row';

/** The sources table's columns after the name: IP, ECS, flavor, VPC and sessions "n / 3". */
export function sourceColumns(snapshot: Snapshot & { quotas: QuotaValues }): SelectionColumn<Port>[] {
  const { inventory, quotas, sessions } = snapshot;
  return [
    {
      header: 'IP address',
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
      header: 'ECS',
      className: 'whitespace-nowrap',
      cell: (p) => serverOfPort(inventory, p)?.name ?? <span className="text-slate-500">Not attached</span>,
    },
    {
      header: 'Flavor',
      className: 'whitespace-nowrap',
      cell: (p) => serverOfPort(inventory, p)?.flavor.id ?? '—',
    },
    { header: 'VPC', cell: (p) => inventory.vpcs.find((v) => v.id === portVpcId(inventory, p))?.name ?? '—' },
    {
      header: 'Sessions',
      numeric: true,
      cell: (p) =>
        `${sessions.filter((s) => s.traffic_mirror_sources.includes(p.id)).length} / ${quotas.sessions_per_source}`,
    },
  ];
}
