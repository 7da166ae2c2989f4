import { analyzeFilterDirection, examplePacketForRule } from '@/domain/analysis';
import type { FilterDirectionAnalysis, RuleAnalysis } from '@/domain/analysis';
import type { MirrorPacket } from '@/domain/matcher/types';
import type {
  Direction,
  TrafficMirrorFilter,
  TrafficMirrorFilterRule,
  TrafficMirrorSession,
} from '@/domain/model/types';

/**
 * The interface to put in example packets: the first source of the first enabled session
 * using the filter (else of any session using it), so that the packet tester can evaluate
 * the packet; undefined when no session uses the filter.
 */
export function exampleSourceOf(sessions: readonly TrafficMirrorSession[]): string | undefined {
  const user = sessions.find((s) => s.enabled && s.traffic_mirror_sources.length > 0) ?? sessions[0];
  return user?.traffic_mirror_sources[0];
}

/** The rules of a direction, in priority order. */
export function rulesOf(filter: TrafficMirrorFilter, direction: Direction): TrafficMirrorFilterRule[] {
  const rules = direction === 'ingress' ? filter.ingress_rules : filter.egress_rules;
  return [...rules].sort((a, b) => a.priority - b.priority);
}

/** A filter's direction analysed, with example packets seen on `sourceId`. */
export function analyzeDirection(
  filter: TrafficMirrorFilter,
  direction: Direction,
  sourceId: string | undefined,
): FilterDirectionAnalysis {
  return analyzeFilterDirection(filter, direction, { sourceId });
}

/**
 * A packet to test for a rule: one it decides, or, when it is shadowed, one it matches (an
 * earlier rule decides it, which the tester then shows). Null when it matches nothing.
 */
export function rulePacket(
  filter: TrafficMirrorFilter,
  direction: Direction,
  entry: RuleAnalysis,
  sourceId: string | undefined,
): MirrorPacket | null {
  if (entry.example) return entry.example;
  const rule = rulesOf(filter, direction).find((r) => r.id === entry.ruleId);
  if (!rule) return null;
  const alone = {
    ...filter,
    ingress_rules: direction === 'ingress' ? [rule] : [],
    egress_rules: direction === 'egress' ? [rule] : [],
  };
  const result = examplePacketForRule(alone, rule.id, sourceId);
  return result.found ? result.packet : null;
}

/** The badge of a rule's status; null for a rule that decides packets of its own. */
export function ruleBadge(
  analysis: FilterDirectionAnalysis,
  ruleId: string,
): { label: string; tone: 'danger' | 'warning' | 'info' } | null {
  const entry = analysis.rules.find((r) => r.ruleId === ruleId);
  if (!entry || entry.status === 'decides') return null;
  if (entry.status === 'redundant') return { label: 'Redundant', tone: 'info' };
  if (entry.status === 'matches-nothing') return { label: 'Never matches', tone: 'warning' };
  const finding = analysis.findings.find((f) => f.kind === 'shadowed-rule' && f.ruleId === ruleId);
  const dangerous = finding?.kind === 'shadowed-rule' && finding.dangerous;
  return { label: 'Shadowed', tone: dangerous ? 'danger' : 'warning' };
}
