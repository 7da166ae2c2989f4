import { describeRule } from '@/domain/model/describe-rule';
import { useResultText } from '@/components/results/use-result-text';
import type { TrafficMirrorFilter } from '@/domain/model/types';
import { MoreList } from '@/components/ui/more-list';
import { useT } from '@/i18n';
import type { RowVerdict } from '../selection/selection-row';
import { SelectionTable } from '../selection/selection-table';
import { useWizard } from '../wizard-context';

function RuleSentences({ filter }: { filter: TrafficMirrorFilter }) {
  const { t } = useT();
  const text = useResultText();
  const rules = [...filter.ingress_rules, ...filter.egress_rules];
  if (rules.length === 0) return <span className="text-slate-500">{t('wizard.filter.noRules')}</span>;
  return (
    <MoreList
      noun="rules"
      items={rules.map((rule) => ({
        key: rule.id,
        content: (
          <span className="flex gap-1">
            <span className="w-12 shrink-0 font-medium whitespace-nowrap text-slate-500">
              {t('wizard.filter.ruleTag', { direction: rule.direction, priority: rule.priority })}
            </span>
            <span>{text(describeRule(rule))}</span>
          </span>
        ),
      }))}
    />
  );
}

/** Which directions of a filter have no rules (and so copy nothing): the usable verdict's case. */
function emptyDirections(f: TrafficMirrorFilter): 'ingress' | 'egress' | 'both' | 'none' {
  const noIn = f.ingress_rules.length === 0;
  const noOut = f.egress_rules.length === 0;
  if (noIn && noOut) return 'both';
  return noIn ? 'ingress' : noOut ? 'egress' : 'none';
}

/** The region's filters to choose from, with their rules in words and their use. */
export function FilterTable({ selected, onSelect }: { selected: string; onSelect: (id: string) => void }) {
  const { t } = useT();
  const { snapshot } = useWizard();
  const { quotas, sessions } = snapshot;
  const usedBy = (f: TrafficMirrorFilter) =>
    sessions.filter((s) => s.traffic_mirror_filter_id === f.id).length;
  const verdict = (f: TrafficMirrorFilter): RowVerdict => {
    const used = usedBy(f);
    if (used >= quotas.sessions_per_filter)
      return { ok: false, text: t('wizard.filter.full', { count: used }) };
    return { ok: true, text: t('wizard.filter.usable', { empty: emptyDirections(f) }) };
  };
  const usage = (used: number, limit: number) => t('wizard.table.usage', { used, limit });
  return (
    <SelectionTable
      label={t('wizard.filter.table')}
      mode="radio"
      rows={snapshot.filters}
      rowKey={(f) => f.id}
      rowName={(f) => f.name}
      rowDetail={(f) => f.description}
      isSelected={(f) => f.id === selected}
      onChange={(f, on) => on && onSelect(f.id)}
      verdict={verdict}
      verdictHeader={t('wizard.table.available')}
      columns={[
        {
          header: t('wizard.filter.inbound'),
          numeric: true,
          cell: (f) => usage(f.ingress_rules.length, quotas.ingress_rules_per_filter),
        },
        {
          header: t('wizard.filter.outbound'),
          numeric: true,
          cell: (f) => usage(f.egress_rules.length, quotas.egress_rules_per_filter),
        },
        {
          header: t('wizard.table.sessions'),
          numeric: true,
          cell: (f) => usage(usedBy(f), quotas.sessions_per_filter),
        },
        {
          header: t('wizard.filter.rules'),
          className: 'min-w-64 text-xs text-slate-700',
          cell: (f) => <RuleSentences filter={f} />,
        },
      ]}
      empty={t('wizard.filter.empty')}
    />
  );
}
