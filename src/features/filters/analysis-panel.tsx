import { useMemo } from 'react';
import { analyzeFilterDirection, ruleName, TRAFFIC_FINDING_BADGE } from '@/domain/analysis';
import type { FilterFinding, RuleTrafficFinding } from '@/domain/analysis';
import type { TrafficMirrorFilter } from '@/domain/model/types';
import { DIRECTIONS } from '@/domain/model/direction-words';
import { Badge } from '@/components/ui/badge';
import { useResultText, type ResultDescriptor as ResultMessage } from '@/components/results/use-result-text';
import { Panel } from '@/components/ui/panel';
import { useT, type Translator } from '@/i18n';
import { rulePacket, rulesOf } from './analysis-model';
import { TesterLink } from './analysis-tester-link';
import { useFilterExamples, type FilterExamples } from './filter-examples';
import { GenericExamplesNote } from './generic-examples-note';

type Finding = FilterFinding | RuleTrafficFinding;

function badgeOf(t: Translator['t'], finding: Finding, text: (d: ResultMessage) => string) {
  switch (finding.kind) {
    case 'shadowed-rule':
      return <Badge tone={finding.dangerous ? 'danger' : 'warning'}>{t('filters.badge.shadowed')}</Badge>;
    case 'redundant-rule':
      return <Badge tone="info">{t('filters.badge.redundant')}</Badge>;
    case 'rule-matches-nothing':
      return <Badge tone="warning">{t('filters.badge.matchesNothing')}</Badge>;
    case 'direction-copies-nothing':
      return <Badge tone="warning">{t('filters.badge.copiesNothing')}</Badge>;
    default:
      return <Badge tone="warning">{text(TRAFFIC_FINDING_BADGE[finding.kind])}</Badge>;
  }
}

interface FindingProps {
  filter: TrafficMirrorFilter;
  finding: Finding;
  examples: FilterExamples | null;
}

function FindingItem({ filter, finding, examples }: FindingProps) {
  const { t } = useT();
  const rules = rulesOf(filter, finding.direction);
  const text = useResultText();
  const nameOf = (id: string) => {
    const rule = rules.find((r) => r.id === id);
    return rule ? text(ruleName(rule)) : id;
  };
  const others =
    finding.kind === 'shadowed-rule'
      ? { words: 'filters.analysis.decidedInstead' as const, ids: finding.coveringRuleIds }
      : finding.kind === 'redundant-rule'
        ? { words: 'filters.analysis.decidedWithout' as const, ids: finding.laterRuleIds }
        : null;
  const rule = 'ruleId' in finding ? rules.find((r) => r.id === finding.ruleId) : undefined;
  const packet = rule ? rulePacket(examples, rule.id) : null;
  return (
    <li className="space-y-1 py-2">
      <p className="flex items-start gap-2">
        <span className="shrink-0">{badgeOf(t, finding, text)}</span>
        <span>{text(finding.message)}</span>
      </p>
      {others && others.ids.length > 0 && (
        <p className="text-xs text-slate-600">
          {t(others.words, { rules: others.ids.map(nameOf).join('; ') })}
        </p>
      )}
      {packet && rule && (
        <TesterLink
          packet={packet}
          label={t('filters.analysis.testRule')}
          context={t('filters.analysis.ruleContext', {
            direction: finding.direction,
            priority: rule.priority,
          })}
          origin={{ rule: rule.id }}
        />
      )}
    </li>
  );
}

/**
 * What the filter's rules really do, exactly: shadowed, redundant and empty rules, directions
 * that copy nothing, and rules whose packets the sources of its sessions never carry or drop
 * before mirroring, each with its explanation, the rules that decide instead, and a packet
 * to try in the packet tester.
 */
export function FilterAnalysisPanel({ filter }: { filter: TrafficMirrorFilter }) {
  const { t } = useT();
  const examples = useFilterExamples();
  const byDirection = useMemo(
    () =>
      DIRECTIONS.map((direction) => ({
        direction,
        findings: [
          ...analyzeFilterDirection(filter, direction).findings,
          ...(examples?.findings.filter((f) => f.direction === direction) ?? []),
        ],
      })),
    [filter, examples],
  );
  const total = byDirection.reduce((n, d) => n + d.findings.length, 0);
  const withPacket = byDirection.some((d) =>
    d.findings.some((f) => 'ruleId' in f && rulePacket(examples, f.ruleId) !== null),
  );
  return (
    <Panel title={t('filters.analysis.title')}>
      {total === 0 ? (
        <p className="text-sm text-slate-600">{t('filters.analysis.clean')}</p>
      ) : (
        <div className="space-y-3 text-sm">
          {byDirection
            .filter((d) => d.findings.length > 0)
            .map(({ direction, findings }) => (
              <section key={direction} aria-label={t('filters.analysis.findings', { direction })}>
                <h3 className="text-xs font-semibold text-slate-700 uppercase">
                  {t('filters.analysis.direction', { direction })}
                </h3>
                <ul className="divide-y divide-slate-100">
                  {findings.map((finding, index) => (
                    <FindingItem
                      key={'ruleId' in finding ? `${finding.kind}-${finding.ruleId}` : `direction-${index}`}
                      filter={filter}
                      finding={finding}
                      examples={examples}
                    />
                  ))}
                </ul>
              </section>
            ))}
          {withPacket && <GenericExamplesNote basis={examples?.basis} />}
        </div>
      )}
    </Panel>
  );
}
