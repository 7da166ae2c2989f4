import { targetEligibility } from '@/domain/model/eligibility';
import { findSubnet, portIpv4, portVpcId, serverOfPort } from '@/domain/network/inventory-lookup';
import type { LoadBalancer, Port, TargetType } from '@/domain/model/types';
import { useResultText } from '@/components/results/use-result-text';
import type { RowVerdict } from '../selection/selection-row';
import { SelectionTable } from '../selection/selection-table';
import { draftOf } from '../step-checks';
import { useWizard } from '../wizard-context';
import type { WizardValues } from '../wizard-values';

/** The kind of target listed, the draft it is judged for, and the choice. */
export interface TargetTableProps {
  type: TargetType;
  values: WizardValues;
  onSelect: (id: string) => void;
}

/** The candidate targets of one type, each saying whether it can receive this session's copies. */
export function TargetTable({ type, values, onSelect }: TargetTableProps) {
  const { snapshot } = useWizard();
  const text = useResultText();
  const { inventory, quotas, sessions } = snapshot;
  const draft = draftOf(values);
  const limit = type === 'eni' ? quotas.sessions_per_eni_target : quotas.sessions_per_elb_target;
  const sessionsOn = (id: string) =>
    sessions.filter((s) => s.traffic_mirror_target_type === type && s.traffic_mirror_target_id === id).length;
  const vpcName = (id: string | undefined) => inventory.vpcs.find((v) => v.id === id)?.name ?? '—';
  const verdict = (id: string): RowVerdict => {
    const { eligible, reasons } = targetEligibility(snapshot, draft, { type, id });
    if (eligible)
      return { ok: true, text: values.traffic_mirror_target_id === id ? 'Chosen.' : 'Can be the target.' };
    return {
      ok: false,
      text: [...new Set(reasons.map((r) => text(r.message)))].map((message) => (
        <span key={message} className="block">
          {message}
        </span>
      )),
    };
  };
  const common = {
    mode: 'radio' as const,
    isSelected: (row: { id: string }) => row.id === values.traffic_mirror_target_id,
    onChange: (row: { id: string }, on: boolean) => on && onSelect(row.id),
    verdict: (row: { id: string }) => verdict(row.id),
    verdictHeader: 'Available',
    rowKey: (row: { id: string }) => row.id,
    rowName: (row: { name: string }) => row.name,
  };
  const sessionsColumn = {
    header: 'Sessions',
    numeric: true,
    cell: (row: { id: string }) => `${sessionsOn(row.id)} / ${limit}`,
  };

  if (type === 'elb') {
    return (
      <SelectionTable<LoadBalancer>
        {...common}
        label="Load balancers"
        rows={inventory.load_balancers}
        rowDetail={(lb) => lb.description}
        columns={[
          { header: 'VIP', className: 'font-mono text-xs', cell: (lb) => lb.vip_address },
          { header: 'VPC', className: 'whitespace-nowrap', cell: (lb) => vpcName(lb.vpc_id) },
          {
            header: 'Subnet',
            cell: (lb) => findSubnet(inventory, lb.vip_subnet_cidr_id)?.name ?? '—',
          },
          sessionsColumn,
        ]}
        empty="This region has no load balancers. Choose a network interface as the target."
      />
    );
  }
  const sgNames = (p: Port) =>
    p.security_groups.map((id) => inventory.security_groups.find((g) => g.id === id)?.name ?? id).join(', ');
  return (
    <SelectionTable<Port>
      {...common}
      label="Network interfaces"
      rows={inventory.ports.filter((p) => p.device_owner.startsWith('compute'))}
      columns={[
        { header: 'IP address', className: 'font-mono text-xs', cell: (p) => portIpv4(p) ?? '—' },
        {
          header: 'ECS',
          className: 'whitespace-nowrap',
          cell: (p) => serverOfPort(inventory, p)?.name ?? 'Not attached',
        },
        { header: 'VPC', className: 'whitespace-nowrap', cell: (p) => vpcName(portVpcId(inventory, p)) },
        { header: 'Security groups', cell: sgNames },
        sessionsColumn,
      ]}
      empty="This region has no network interfaces attached to ECSs."
    />
  );
}
