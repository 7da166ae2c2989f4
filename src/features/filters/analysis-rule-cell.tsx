import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { FilterDirectionAnalysis } from '@/domain/analysis';
import type {
  Direction,
  TrafficMirrorFilter,
  TrafficMirrorFilterRule,
  TrafficMirrorSession,
} from '@/domain/model/types';
import { Badge } from '@/components/ui/badge';
import { analyzeDirection, exampleSourceOf, ruleBadge, rulePacket } from './analysis-model';
import { testerSearchOfPacket } from './analysis-tester-link';

/** What the rule table of one direction needs to show each rule's analysis. */
export interface RuleAnalysisContext {
  filter: TrafficMirrorFilter;
  direction: Direction;
  analysis: FilterDirectionAnalysis;
  sourceId: string | undefined;
}

/** The analysis of a filter's direction, recomputed when the filter or its sessions change. */
export function useRuleAnalysis(
  filter: TrafficMirrorFilter,
  direction: Direction,
  sessions: readonly TrafficMirrorSession[],
): RuleAnalysisContext {
  const sourceId = exampleSourceOf(sessions);
  const analysis = useMemo(
    () => analyzeDirection(filter, direction, sourceId),
    [filter, direction, sourceId],
  );
  return { filter, direction, analysis, sourceId };
}

const WORD: Record<Direction, string> = { ingress: 'inbound', egress: 'outbound' };

/**
 * A rule's analysis in its table row: a badge when it is shadowed (red when an earlier rule
 * gives its packets the other action), redundant or matches nothing, and a link that opens a
 * packet it matches in the packet tester.
 */
export function RuleAnalysisCell({
  rule,
  context,
}: {
  rule: TrafficMirrorFilterRule;
  context: RuleAnalysisContext;
}) {
  const { filter, direction, analysis, sourceId } = context;
  const badge = ruleBadge(analysis, rule.id);
  const entry = analysis.rules.find((r) => r.ruleId === rule.id);
  const packet = entry ? rulePacket(filter, direction, entry, sourceId) : null;
  return (
    <span className="flex flex-col items-start gap-1">
      {badge && <Badge tone={badge.tone}>{badge.label}</Badge>}
      {packet && (
        <Link
          to="/packet-tester"
          search={testerSearchOfPacket(packet, { rule: rule.id })}
          aria-label={`Test this rule's packet: ${WORD[direction]} rule ${rule.priority}`}
          className="text-xs font-medium text-brand-700 underline underline-offset-2"
        >
          Test this rule&apos;s packet
        </Link>
      )}
    </span>
  );
}
