/**
 * The order of evaluation (docs/behaviour.md, "Which packets are copied" steps 3-4): sessions by ascending priority, rules
 * by ascending priority. Ties are possible only in imported data; they are broken by the
 * older `created_at`, then the smaller id, so that every order is total and repeatable.
 */
import type {
  Direction,
  TrafficMirrorFilter,
  TrafficMirrorFilterRule,
  TrafficMirrorSession,
} from '../model/types';

interface Ordered {
  id: string;
  priority: number;
  created_at: string;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compares two sessions or two rules for evaluation order: priority, then `created_at`
 * (the API's fixed `YYYY-MM-DDThh:mm:ssZ` form sorts as text), then id.
 *
 * @example [b, a].sort(compareEvaluationOrder) // a (priority 1) before b (priority 2)
 */
export function compareEvaluationOrder(a: Ordered, b: Ordered): number {
  return a.priority - b.priority || compareText(a.created_at, b.created_at) || compareText(a.id, b.id);
}

/**
 * The sessions that list `source`, in evaluation order, enabled or not.
 *
 * @example sessionsOfSource([sessionB, sessionA], 'eni-1') // [sessionA, sessionB] when A has priority 1
 */
export function sessionsOfSource(
  sessions: readonly TrafficMirrorSession[],
  source: string,
): TrafficMirrorSession[] {
  return sessions.filter((s) => s.traffic_mirror_sources.includes(source)).sort(compareEvaluationOrder);
}

/**
 * A filter's rules of one direction, in evaluation order. The API returns them sorted;
 * they are sorted again so that hand-made configurations behave the same.
 *
 * @example rulesOfDirection(filter, 'ingress')[0]?.priority // the smallest inbound priority
 */
export function rulesOfDirection(
  filter: TrafficMirrorFilter,
  direction: Direction,
): TrafficMirrorFilterRule[] {
  const rules = direction === 'ingress' ? filter.ingress_rules : filter.egress_rules;
  return [...rules].sort(compareEvaluationOrder);
}

/**
 * Filters by id, for looking up each session's filter once.
 *
 * @example filtersById(config.filters).get(session.traffic_mirror_filter_id)
 */
export function filtersById(filters: readonly TrafficMirrorFilter[]): Map<string, TrafficMirrorFilter> {
  return new Map(filters.map((f) => [f.id, f]));
}
