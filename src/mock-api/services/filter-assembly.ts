/** Filters as the API shows them: the stored filter plus its rules, by direction and priority. */
import type { TrafficMirrorFilter, TrafficMirrorFilterRule } from '@/domain/model/types';
import { mirroringRowsOf, type MockDb } from '../store/db';
import type { FilterRow, RuleRow } from '../store/rows';

const byPriority = (a: TrafficMirrorFilterRule, b: TrafficMirrorFilterRule) =>
  a.priority - b.priority || (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0);

/**
 * Joins filters with their rules (`ingress_rules`, `egress_rules`, ascending priority).
 *
 * @example withRules([filterRow], [ruleRow]) // [{ ...filterRow, ingress_rules: [ruleRow], egress_rules: [] }]
 */
export function withRules(filters: readonly FilterRow[], rules: readonly RuleRow[]): TrafficMirrorFilter[] {
  const byFilter = new Map<string, RuleRow[]>();
  for (const rule of rules) {
    const list = byFilter.get(rule.traffic_mirror_filter_id) ?? [];
    list.push(rule);
    byFilter.set(rule.traffic_mirror_filter_id, list);
  }
  return filters.map((filter) => {
    const own = byFilter.get(filter.id) ?? [];
    return {
      ...filter,
      ingress_rules: own.filter((r) => r.direction === 'ingress').sort(byPriority),
      egress_rules: own.filter((r) => r.direction === 'egress').sort(byPriority),
    };
  });
}

/** Loads rows of filters with their rules from the store. */
export async function loadFilters(db: MockDb, rows: readonly FilterRow[]): Promise<TrafficMirrorFilter[]> {
  if (rows.length === 0) return [];
  const rules = await db.rules
    .where('traffic_mirror_filter_id')
    .anyOf(rows.map((row) => row.id))
    .toArray();
  return withRules(rows, rules);
}

/** Every filter of a project, with rules. */
export async function loadProjectFilters(db: MockDb, project_id: string): Promise<TrafficMirrorFilter[]> {
  const [filters, rules] = await Promise.all([
    mirroringRowsOf(db.filters, project_id).toArray(),
    mirroringRowsOf(db.rules, project_id).toArray(),
  ]);
  return withRules(filters, rules);
}
