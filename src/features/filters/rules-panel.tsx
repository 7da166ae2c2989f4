import { useState } from 'react';
import { describeRule, displayCidr } from '@/domain/model/describe-rule';
import { filterWarnings } from '@/domain/model/warnings';
import { protocolTakesPorts } from '@/domain/model/rule-coherence';
import { parsePortRange } from '@/domain/net/port-range';
import type { Direction, TrafficMirrorFilter, TrafficMirrorFilterRule } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { DataTable, type Column } from '@/components/table/data-table';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { useT, type Translator } from '@/i18n';
import { useResultText } from '@/components/results/use-result-text';
import { RuleAnalysisCell, useRuleAnalysis } from './analysis-rule-cell';
import { DeleteRuleDialog } from './delete-rule-dialog';
import { GenericExamplesNote } from './generic-examples-note';
import { RuleCount } from './rule-count';
import { RuleForm } from './rule-form';

function portText(t: Translator['t'], range: string): string {
  if (range === '') return t('filters.rules.anyPort');
  const parsed = parsePortRange(range);
  if (parsed && parsed.from === parsed.to) return t('filters.rules.port', { port: parsed.from });
  return t('filters.rules.ports', { range });
}

function endpoint(t: Translator['t'], rule: TrafficMirrorFilterRule, cidr: string, ports: string) {
  return (
    <>
      <span className="font-mono text-xs">
        {cidr === '' ? t('filters.rules.anyAddress') : displayCidr(cidr)}
      </span>
      {protocolTakesPorts(rule.protocol) || rule.protocol.toUpperCase() === 'ALL' ? (
        <span className="block text-xs text-slate-500">{portText(t, ports)}</span>
      ) : null}
    </>
  );
}

/** Source and destination columns: shown when the table has room (64rem), else left out. */
const ENDPOINT_COLUMN = 'hidden whitespace-nowrap @5xl:table-cell';

export interface RulesPanelProps {
  filter: TrafficMirrorFilter;
  direction: Direction;
  snapshot: Snapshot;
}

/** The rules of one direction in priority order, each read as a sentence, with add, edit and delete. */
export function RulesPanel({ filter, direction, snapshot }: RulesPanelProps) {
  const { t } = useT();
  const [editing, setEditing] = useState<TrafficMirrorFilterRule | 'new' | null>(null);
  const [deleting, setDeleting] = useState<TrafficMirrorFilterRule | null>(null);
  const rules = [...(direction === 'ingress' ? filter.ingress_rules : filter.egress_rules)].sort(
    (a, b) => a.priority - b.priority,
  );
  const quota =
    (direction === 'ingress'
      ? snapshot.quotas?.ingress_rules_per_filter
      : snapshot.quotas?.egress_rules_per_filter) ?? 10;
  const result = useResultText();
  const analysis = useRuleAnalysis(filter, direction);
  const title = t('filters.rules.title', { direction });
  const full = rules.length >= quota;
  const warning = filterWarnings(filter).find((w) => w.direction === direction)?.message;
  const empty = warning ? result(warning) : t('filters.rules.none', { direction });

  const columns: Column<TrafficMirrorFilterRule>[] = [
    { header: t('ruleFields.priority'), numeric: true, cell: (r) => r.priority },
    {
      header: t('ruleFields.action'),
      cell: (r) =>
        r.action === 'accept' ? (
          <Badge tone="success">{t('filters.rules.accept')}</Badge>
        ) : (
          <Badge tone="danger">{t('filters.rules.reject')}</Badge>
        ),
    },
    {
      header: t('ruleFields.protocol'),
      cell: (r) =>
        r.protocol.toUpperCase() === 'ALL' ? t('ruleFields.protocolAll') : r.protocol.toUpperCase(),
    },
    { header: t('ruleFields.type'), cell: (r) => r.ethertype },
    // Narrow screens leave out the addresses and ports: the filtering description says them.
    {
      header: t('filters.rules.source'),
      className: ENDPOINT_COLUMN,
      cell: (r) => endpoint(t, r, r.source_cidr_block, r.source_port_range),
    },
    {
      header: t('filters.rules.destination'),
      className: ENDPOINT_COLUMN,
      cell: (r) => endpoint(t, r, r.destination_cidr_block, r.destination_port_range),
    },
    {
      header: t('filters.rules.sentence'),
      className: 'min-w-48',
      cell: (r) => (
        <>
          {result(describeRule(r))}
          {r.description && <span className="block text-xs text-slate-500">{r.description}</span>}
        </>
      ),
    },
    { header: t('filters.rules.analysis'), cell: (r) => <RuleAnalysisCell rule={r} context={analysis} /> },
    {
      header: t('filters.rules.actions'),
      cell: (r) => (
        <span className="flex gap-1">
          <Button
            variant="ghost"
            className="h-6 px-1.5 text-xs"
            aria-label={t('filters.rules.editRule', { direction, priority: r.priority })}
            onClick={() => setEditing(r)}
          >
            {t('filters.rules.edit')}
          </Button>
          <Button
            variant="ghost"
            className="h-6 px-1.5 text-xs text-red-700!"
            aria-label={t('filters.rules.deleteRule', { direction, priority: r.priority })}
            onClick={() => setDeleting(r)}
          >
            {t('filters.rules.delete')}
          </Button>
        </span>
      ),
    },
  ];

  return (
    <section aria-labelledby={`${direction}-heading`} className="rounded border border-slate-200 bg-white">
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2.5">
        <h2 id={`${direction}-heading`} className="text-sm font-semibold text-slate-800">
          {title} <RuleCount count={rules.length} quota={quota} />
        </h2>
        <div className="flex items-center gap-2">
          {full && <span className="text-xs text-slate-600">{t('filters.rules.full')}</span>}
          <Button disabled={full || editing !== null} onClick={() => setEditing('new')}>
            {t('filters.rules.add', { direction })}
          </Button>
        </div>
      </div>
      <div className="p-4">
        <DataTable label={title} columns={columns} rows={rules} rowKey={(r) => r.id} empty={empty} />
        {rules.length > 0 && (
          <div className="mt-2">
            <GenericExamplesNote basis={analysis.examples?.basis} />
          </div>
        )}
        {editing !== null && (
          <RuleForm
            key={editing === 'new' ? 'new' : editing.id}
            filterId={filter.id}
            direction={direction}
            rule={editing === 'new' ? undefined : editing}
            snapshot={snapshot}
            onDone={() => setEditing(null)}
          />
        )}
      </div>
      <DeleteRuleDialog rule={deleting} onClose={() => setDeleting(null)} />
    </section>
  );
}
