import { useMemo } from 'react';
import { ruleName } from '@/domain/analysis';
import type { FilterDirectionAnalysis, FilterFinding } from '@/domain/analysis';
import type { Direction, TrafficMirrorFilter, TrafficMirrorSession } from '@/domain/model/types';
import { Badge } from '@/components/ui/badge';
import { Panel } from '@/components/ui/panel';
import { analyzeDirection, exampleSourceOf, rulePacket, rulesOf } from './analysis-model';
import { TesterLink } from './analysis-tester-link';

const WORD: Record<Direction, string> = { ingress: 'inbound', egress: 'outbound' };

function badgeOf(finding: FilterFinding) {
  switch (finding.kind) {
    case 'shadowed-rule':
      return <Badge tone={finding.dangerous ? 'danger' : 'warning'}>Shadowed</Badge>;
    case 'redundant-rule':
      return <Badge tone="info">Redundant</Badge>;
    case 'rule-matches-nothing':
      return <Badge tone="warning">Never matches</Badge>;
    case 'direction-copies-nothing':
      return <Badge tone="warning">Copies nothing</Badge>;
  }
}

interface FindingProps {
  filter: TrafficMirrorFilter;
  analysis: FilterDirectionAnalysis;
  finding: FilterFinding;
  sourceId: string | undefined;
}

function FindingItem({ filter, analysis, finding, sourceId }: FindingProps) {
  const rules = rulesOf(filter, analysis.direction);
  const nameOf = (id: string) => {
    const rule = rules.find((r) => r.id === id);
    return rule ? ruleName(rule) : id;
  };
  const others =
    finding.kind === 'shadowed-rule'
      ? { words: 'Decided instead by', ids: finding.coveringRuleIds }
      : finding.kind === 'redundant-rule'
        ? { words: 'Without it, decided by', ids: finding.laterRuleIds }
        : null;
  const entry = 'ruleId' in finding ? analysis.rules.find((r) => r.ruleId === finding.ruleId) : undefined;
  const packet = entry ? rulePacket(filter, analysis.direction, entry, sourceId) : null;
  return (
    <li className="space-y-1 py-2">
      <p className="flex items-start gap-2">
        <span className="shrink-0">{badgeOf(finding)}</span>
        <span>{finding.message}</span>
      </p>
      {others && others.ids.length > 0 && (
        <p className="text-xs text-slate-600">
          {others.words}: {others.ids.map(nameOf).join('; ')}
        </p>
      )}
      {packet && entry && (
        <TesterLink
          packet={packet}
          label="Test this rule's packet"
          context={`${WORD[analysis.direction]} rule ${entry.priority}`}
          origin={{ rule: entry.ruleId }}
        />
      )}
    </li>
  );
}

/**
 * What the filter's rules really do, exactly: shadowed, redundant and empty rules and
 * directions that copy nothing, each with its explanation, the rules that decide instead,
 * and a packet to try in the packet tester.
 */
export function FilterAnalysisPanel({
  filter,
  sessions,
}: {
  filter: TrafficMirrorFilter;
  sessions: readonly TrafficMirrorSession[];
}) {
  const sourceId = exampleSourceOf(sessions);
  const analyses = useMemo(
    () => (['ingress', 'egress'] as const).map((d) => analyzeDirection(filter, d, sourceId)),
    [filter, sourceId],
  );
  const total = analyses.reduce((n, a) => n + a.findings.length, 0);
  return (
    <Panel title="Rule analysis">
      {total === 0 ? (
        <p className="text-sm text-slate-600">
          Every rule decides packets of its own, and both directions copy packets. Nothing to fix.
        </p>
      ) : (
        <div className="space-y-3 text-sm">
          {analyses
            .filter((a) => a.findings.length > 0)
            .map((analysis) => (
              <section key={analysis.direction} aria-label={`${WORD[analysis.direction]} findings`}>
                <h3 className="text-xs font-semibold text-slate-700 uppercase">{WORD[analysis.direction]}</h3>
                <ul className="divide-y divide-slate-100">
                  {analysis.findings.map((finding, index) => (
                    <FindingItem
                      key={'ruleId' in finding ? finding.ruleId : `direction-${index}`}
                      filter={filter}
                      analysis={analysis}
                      finding={finding}
                      sourceId={sourceId}
                    />
                  ))}
                </ul>
              </section>
            ))}
          {!sourceId && (
            <p className="text-xs text-slate-600">
              No session uses this filter: choose a network interface in the packet tester to test a packet.
            </p>
          )}
        </div>
      )}
    </Panel>
  );
}
