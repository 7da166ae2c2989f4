import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { analyzeFilterDirection, type FilterDirectionAnalysis } from '@/domain/analysis';
import type { Direction, TrafficMirrorFilter, TrafficMirrorFilterRule } from '@/domain/model/types';
import { Badge } from '@/components/ui/badge';
import { useResultText } from '@/components/results/use-result-text';
import { useT } from '@/i18n';
import { ruleBadge, rulePacket, ruleTrafficBadge } from './analysis-model';
import { testerSearchOfPacket } from './analysis-tester-link';
import { useFilterExamples, type FilterExamples } from './filter-examples';

/** What the rule table of one direction needs to show each rule's analysis. */
export interface RuleAnalysisContext {
  direction: Direction;
  analysis: FilterDirectionAnalysis;
  examples: FilterExamples | null;
}

/** The analysis of a filter's direction, recomputed when the filter changes. */
export function useRuleAnalysis(filter: TrafficMirrorFilter, direction: Direction): RuleAnalysisContext {
  const examples = useFilterExamples();
  const analysis = useMemo(() => analyzeFilterDirection(filter, direction), [filter, direction]);
  return { direction, analysis, examples };
}

/**
 * A rule's analysis in its table row: a badge when it is shadowed (red when an earlier rule
 * gives its packets the other action), redundant, matches nothing, or matches only packets
 * its sources never carry or drop before mirroring, and a link that opens a packet of one of
 * its sources that it decides in the packet tester.
 */
export function RuleAnalysisCell({
  rule,
  context,
}: {
  rule: TrafficMirrorFilterRule;
  context: RuleAnalysisContext;
}) {
  const { t } = useT();
  const { direction, analysis, examples } = context;
  const text = useResultText();
  const badges = [ruleBadge(t, analysis, rule.id), ruleTrafficBadge(examples, rule.id, text)].filter(
    (b) => b !== null,
  );
  const packet = rulePacket(examples, rule.id);
  return (
    <span className="flex flex-col items-start gap-1">
      {badges.map((badge) => (
        <Badge key={badge.label} tone={badge.tone}>
          {badge.label}
        </Badge>
      ))}
      {packet && (
        <Link
          to="/packet-tester"
          search={testerSearchOfPacket(packet, { rule: rule.id })}
          aria-label={t('exampleLink.name', {
            label: t('filters.analysis.testRule'),
            context: t('filters.analysis.ruleContext', { direction, priority: rule.priority }),
          })}
          className="text-xs font-medium text-brand-700 underline underline-offset-2"
        >
          {t('filters.analysis.testRule')}
        </Link>
      )}
    </span>
  );
}
