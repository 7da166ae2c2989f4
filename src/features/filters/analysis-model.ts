import { TRAFFIC_FINDING_BADGE } from '@/domain/analysis';
import type { FilterDirectionAnalysis } from '@/domain/analysis';
import type { MirrorPacket } from '@/domain/matcher/types';
import type { ResultDescriptor as ResultMessage } from '@/components/results/use-result-text';
import type { Direction, TrafficMirrorFilter, TrafficMirrorFilterRule } from '@/domain/model/types';
import type { Translator } from '@/i18n';
import type { FilterExamples } from './filter-examples';

/** The rules of a direction, in priority order. */
export function rulesOf(filter: TrafficMirrorFilter, direction: Direction): TrafficMirrorFilterRule[] {
  const rules = direction === 'ingress' ? filter.ingress_rules : filter.egress_rules;
  return [...rules].sort((a, b) => a.priority - b.priority);
}

/**
 * A packet to test for a rule: one a source of the filter's sessions carries that the rule
 * decides (or, when it is shadowed, matches; the tester then shows the rule deciding it).
 * Null when it matches no packet its sources carry, or none at all.
 */
export function rulePacket(examples: FilterExamples | null, ruleId: string): MirrorPacket | null {
  return examples?.byRule.get(ruleId)?.packet ?? null;
}

type Tone = 'danger' | 'warning' | 'info';

/** The badge of a rule's status; null for a rule that decides packets of its own. */
export function ruleBadge(
  t: Translator['t'],
  analysis: FilterDirectionAnalysis,
  ruleId: string,
): { label: string; tone: Tone } | null {
  const entry = analysis.rules.find((r) => r.ruleId === ruleId);
  if (!entry || entry.status === 'decides') return null;
  if (entry.status === 'redundant') return { label: t('filters.badge.redundant'), tone: 'info' };
  if (entry.status === 'matches-nothing')
    return { label: t('filters.badge.matchesNothing'), tone: 'warning' };
  const finding = analysis.findings.find((f) => f.kind === 'shadowed-rule' && f.ruleId === ruleId);
  const dangerous = finding?.kind === 'shadowed-rule' && finding.dangerous;
  return { label: t('filters.badge.shadowed'), tone: dangerous ? 'danger' : 'warning' };
}

/** The badge of a rule's traffic finding (never carried, dropped before mirroring), if it has one. */
export function ruleTrafficBadge(
  examples: FilterExamples | null,
  ruleId: string,
  text: (d: ResultMessage) => string,
): { label: string; tone: Tone } | null {
  const finding = examples?.findings.find((f) => f.ruleId === ruleId);
  return finding ? { label: text(TRAFFIC_FINDING_BADGE[finding.kind]), tone: 'warning' } : null;
}
