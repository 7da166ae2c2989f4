import { describeRule } from '@/domain/model/describe-rule';
import { useResultText } from '@/components/results/use-result-text';
import type { TrafficMirrorFilter } from '@/domain/model/types';
import { directionWord } from '@/domain/model/direction-words';
import { MoreList } from '@/components/ui/more-list';
import type { RowVerdict } from '../selection/selection-row';
import { SelectionTable } from '../selection/selection-table';
import { useWizard } from '../wizard-context';

function RuleSentences({ filter }: { filter: TrafficMirrorFilter }) {
  const text = useResultText();
  const rules = [
    ...filter.ingress_rules.map((rule) => ({ rule, word: 'In' })),
    ...filter.egress_rules.map((rule) => ({ rule, word: 'Out' })),
  ];
  if (rules.length === 0)
    return <span className="text-slate-500">No rules: a session with this filter copies nothing.</span>;
  return (
    <MoreList
      noun="rules"
      items={rules.map(({ rule, word }) => ({
        key: rule.id,
        content: (
          <span className="flex gap-1">
            <span className="w-12 shrink-0 font-medium whitespace-nowrap text-slate-500">
              {word} {rule.priority}
            </span>
            <span>{text(describeRule(rule))}</span>
          </span>
        ),
      }))}
    />
  );
}

/** The region's filters to choose from, with their rules in plain English and their use. */
export function FilterTable({ selected, onSelect }: { selected: string; onSelect: (id: string) => void }) {
  const { snapshot } = useWizard();
  const { quotas, sessions } = snapshot;
  const usedBy = (f: TrafficMirrorFilter) =>
    sessions.filter((s) => s.traffic_mirror_filter_id === f.id).length;
  const verdict = (f: TrafficMirrorFilter): RowVerdict => {
    const used = usedBy(f);
    if (used >= quotas.sessions_per_filter) {
      return {
        ok: false,
        text: `Already used by ${used} sessions, the most a filter can serve. Choose another filter or create one.`,
      };
    }
    const empty = [
      f.ingress_rules.length === 0 ? directionWord('ingress') : null,
      f.egress_rules.length === 0 ? directionWord('egress') : null,
    ].filter(Boolean);
    return {
      ok: true,
      text:
        empty.length > 0 ? `Can be used; copies nothing ${empty.join(' or ')} (no rules).` : 'Can be used.',
    };
  };
  return (
    <SelectionTable
      label="Mirror filters"
      mode="radio"
      rows={snapshot.filters}
      rowKey={(f) => f.id}
      rowName={(f) => f.name}
      rowDetail={(f) => f.description}
      isSelected={(f) => f.id === selected}
      onChange={(f, on) => on && onSelect(f.id)}
      verdict={verdict}
      verdictHeader="Available"
      columns={[
        {
          header: 'Inbound',
          numeric: true,
          cell: (f) => `${f.ingress_rules.length} / ${quotas.ingress_rules_per_filter}`,
        },
        {
          header: 'Outbound',
          numeric: true,
          cell: (f) => `${f.egress_rules.length} / ${quotas.egress_rules_per_filter}`,
        },
        { header: 'Sessions', numeric: true, cell: (f) => `${usedBy(f)} / ${quotas.sessions_per_filter}` },
        {
          header: 'Rules',
          className: 'min-w-64 text-xs text-slate-700',
          cell: (f) => <RuleSentences filter={f} />,
        },
      ]}
      empty="This region has no mirror filters yet. Create one with the option above."
    />
  );
}
