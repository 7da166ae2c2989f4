import { targetEligibility } from '@/domain/model/eligibility';
import { findSubnet, portIpv4, portVpcId, serverOfPort } from '@/domain/network/inventory-lookup';
import type { LoadBalancer, Port, TargetType } from '@/domain/model/types';
import { useT } from '@/i18n';
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
  const { t } = useT();
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
      return {
        ok: true,
        text: t(values.traffic_mirror_target_id === id ? 'wizard.table.chosen' : 'wizard.target.canBe'),
      };
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
    verdictHeader: t('wizard.table.available'),
    rowKey: (row: { id: string }) => row.id,
    rowName: (row: { name: string }) => row.name,
  };
  const sessionsColumn = {
    header: t('wizard.table.sessions'),
    numeric: true,
    cell: (row: { id: string }) => t('wizard.table.usage', { used: sessionsOn(row.id), limit }),
  };

  if (type === 'elb') {
    return (
      <SelectionTable<LoadBalancer>
        {...common}
        label={t('wizard.target.loadBalancers')}
        rows={inventory.load_balancers}
        rowDetail={(lb) => lb.description}
        columns={[
          { header: t('wizard.target.vip'), className: 'font-mono text-xs', cell: (lb) => lb.vip_address },
          { header: t('wizard.table.vpc'), className: 'whitespace-nowrap', cell: (lb) => vpcName(lb.vpc_id) },
          {
            header: t('wizard.target.subnet'),
            cell: (lb) => findSubnet(inventory, lb.vip_subnet_cidr_id)?.name ?? '—',
          },
          sessionsColumn,
        ]}
        empty={t('wizard.target.noLoadBalancers')}
      />
    );
  }
  const sgNames = (p: Port) =>
    p.security_groups.map((id) => inventory.security_groups.find((g) => g.id === id)?.name ?? id).join(', ');
  return (
    <SelectionTable<Port>
      {...common}
      label={t('wizard.table.interfaces')}
      rows={inventory.ports.filter((p) => p.device_owner.startsWith('compute'))}
      columns={[
        {
          header: t('wizard.table.ipAddress'),
          className: 'font-mono text-xs',
          cell: (p) => portIpv4(p) ?? '—',
        },
        {
          header: t('wizard.table.ecs'),
          className: 'whitespace-nowrap',
          cell: (p) => serverOfPort(inventory, p)?.name ?? t('wizard.table.notAttached'),
        },
        {
          header: t('wizard.table.vpc'),
          className: 'whitespace-nowrap',
          cell: (p) => vpcName(portVpcId(inventory, p)),
        },
        { header: t('wizard.target.securityGroups'), cell: sgNames },
        sessionsColumn,
      ]}
      empty={t('wizard.table.noInterfaces')}
    />
  );
}
