/**
 * Constraints on filters and their rules: C5 (rule priorities unique per filter and
 * direction), the rules-per-direction quota, and C6 (a filter used by a session cannot be
 * deleted; a rule names an existing filter).
 */
import { quotasOf } from './session-checks';
import { message } from './message';
import { quotaLabel } from './quotas';
import type { Direction, TrafficMirrorFilter, TrafficMirrorFilterRule, TrafficMirrorSession } from './types';
import type { Snapshot, Violation } from './violations';
import { RULE_PRIORITY_MAX } from './rule-schema';

type RuleShape = Pick<TrafficMirrorFilterRule, 'traffic_mirror_filter_id' | 'direction' | 'priority'>;

function rulesOf(filter: TrafficMirrorFilter, direction: Direction): TrafficMirrorFilterRule[] {
  return direction === 'ingress' ? filter.ingress_rules : filter.egress_rules;
}

/**
 * The smallest rule priority from `from` up that no rule of the filter's direction uses, or
 * undefined when none is left. The rule form suggests it.
 *
 * @example nextFreeRulePriority(filter, 'ingress') // 2 when the only inbound rule has priority 1
 */
export function nextFreeRulePriority(
  filter: TrafficMirrorFilter,
  direction: Direction,
  from = 1,
): number | undefined {
  const used = new Set(rulesOf(filter, direction).map((r) => r.priority));
  for (let p = Math.max(1, from); p <= RULE_PRIORITY_MAX; p++) if (!used.has(p)) return p;
  return undefined;
}

function priorityConflict(
  filter: TrafficMirrorFilter,
  rule: RuleShape,
  selfId: string | undefined,
): Violation | null {
  const clash = rulesOf(filter, rule.direction).find((r) => r.priority === rule.priority && r.id !== selfId);
  if (!clash) return null;
  const next = nextFreeRulePriority(filter, rule.direction, rule.priority);
  const text = message('rule.priorityTaken', {
    direction: rule.direction,
    priority: rule.priority,
    next: next ?? 'none',
  });
  return { code: 'C5', kind: 'conflict', message: text, fields: ['priority'], resources: [clash.id] };
}

function findFilter(snapshot: Snapshot, filterId: string): TrafficMirrorFilter | Violation {
  const filter = snapshot.filters.find((f) => f.id === filterId);
  if (filter) return filter;
  return {
    code: 'C6',
    kind: 'not_found',
    message: message('filter.missing', { id: filterId }),
    fields: ['traffic_mirror_filter_id'],
    resources: [filterId],
  };
}

/**
 * Violations of creating a rule: its filter exists (C6), its priority is free in that filter
 * and direction (C5), and the direction has room (10 rules per direction).
 *
 * @example validateRuleCreate(snapshot, { traffic_mirror_filter_id: 'f-1', direction: 'ingress', priority: 1 })
 * // [{ code: 'C5', kind: 'conflict', fields: ['priority'], message: { id: 'rule.priorityTaken', ... } }]
 */
export function validateRuleCreate(snapshot: Snapshot, rule: RuleShape): Violation[] {
  const filter = findFilter(snapshot, rule.traffic_mirror_filter_id);
  if ('code' in filter) return [filter];
  const out: Violation[] = [];
  const conflict = priorityConflict(filter, rule, undefined);
  if (conflict) out.push(conflict);
  const key = rule.direction === 'ingress' ? 'ingress_rules_per_filter' : 'egress_rules_per_filter';
  const value = quotasOf(snapshot)[key];
  const used = rulesOf(filter, rule.direction).length;
  if (used >= value) {
    const label = quotaLabel(key);
    out.push({
      code: 'QUOTA',
      kind: 'quota',
      message: message('quota.rulesPerFilter', { label, value, used, direction: rule.direction }),
      fields: ['direction'],
      resources: [filter.id],
      quota: { key, value, used },
    });
  }
  return out;
}

/**
 * Violations of updating a rule, checked on the merged rule (see `mergeRuleUpdate`): its
 * priority must stay unique in its filter and direction (C5); the rule itself does not count.
 *
 * @example validateRuleUpdate(snapshot, rule, { ...rule, priority: 2 }) // [] when 2 is free
 */
export function validateRuleUpdate(
  snapshot: Snapshot,
  existing: TrafficMirrorFilterRule,
  merged: RuleShape,
): Violation[] {
  const filter = findFilter(snapshot, merged.traffic_mirror_filter_id);
  if ('code' in filter) return [filter];
  const conflict = priorityConflict(filter, merged, existing.id);
  return conflict ? [conflict] : [];
}

/**
 * A session's filter must exist (C6) and have room for one more session (1,000 per filter);
 * `others` are the sessions other than the one being created or edited.
 *
 * @example checkSessionFilter(snapshot, snapshot.sessions, 'f-x') // [{ code: 'C6', kind: 'not_found', fields: ['traffic_mirror_filter_id'], ... }]
 */
export function checkSessionFilter(
  snapshot: Snapshot,
  others: readonly TrafficMirrorSession[],
  filterId: string,
): Violation[] {
  const field = 'traffic_mirror_filter_id';
  if (!snapshot.filters.some((f) => f.id === filterId)) {
    const text = message('filter.missing', { id: filterId });
    return [{ code: 'C6', kind: 'not_found', message: text, fields: [field], resources: [filterId] }];
  }
  const value = quotasOf(snapshot).sessions_per_filter;
  const used = others.filter((s) => s.traffic_mirror_filter_id === filterId).length;
  if (used < value) return [];
  const label = quotaLabel('sessions_per_filter');
  return [
    {
      code: 'QUOTA',
      kind: 'quota',
      message: message('quota.sessionsPerFilter', { label, value, used }),
      fields: [field],
      resources: [filterId],
      quota: { key: 'sessions_per_filter', value, used },
    },
  ];
}

/**
 * Violations of deleting a filter: a filter that a session uses cannot go (C6, conflict);
 * the message names the sessions.
 *
 * @example validateFilterDelete(snapshot, 'f-1')
 * // [{ code: 'C6', kind: 'conflict', message: { id: 'filter.inUse', params: { count: 1, names: [{ id: 'label.quoted', params: { name: 'web' } }] } } }]
 */
export function validateFilterDelete(snapshot: Snapshot, filterId: string): Violation[] {
  const users = snapshot.sessions.filter((s) => s.traffic_mirror_filter_id === filterId);
  if (users.length === 0) return [];
  const more = users.length - 3;
  const names = [
    ...users.slice(0, 3).map((s) => message('label.quoted', { name: s.name })),
    ...(more > 0 ? [message('label.more', { count: more })] : []),
  ];
  const text = message('filter.inUse', { count: users.length, names });
  return [{ code: 'C6', kind: 'conflict', message: text, resources: users.map((s) => s.id) }];
}
