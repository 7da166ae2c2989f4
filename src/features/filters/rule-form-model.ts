import { formProblems } from '@/domain/model/field-details';
import { validateRuleCreate, validateRuleUpdate } from '@/domain/model/filter-constraints';
import { mergeRuleUpdate, type RuleCreate, type RuleCreateInput } from '@/domain/model/rule-schema';
import type { Direction, TrafficMirrorFilterRule } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { ruleFormStart } from '@/shared-ui/rule-form-model';

/** Directions as the console words them. */

/** What the form starts with: the rule's values, or a new rule at the next free priority. */
export function initialRuleValues(
  snapshot: Snapshot,
  filterId: string,
  direction: Direction,
  rule?: TrafficMirrorFilterRule,
): RuleCreateInput {
  const filter = snapshot.filters.find((f) => f.id === filterId);
  return ruleFormStart(filterId, filter, direction, rule);
}

/**
 * The domain's objections to adding (or changing) a rule in its filter, as field problems:
 * a priority already used in that direction (C5), or the direction at its rule quota.
 */
export function ruleProblems(
  snapshot: Snapshot,
  parsed: RuleCreate,
  rule?: TrafficMirrorFilterRule,
): { field: string; message: string }[] {
  const merged = rule ? mergeRuleUpdate(rule, parsed) : null;
  if (merged && !merged.ok) return formProblems(merged.problems);
  const violations =
    rule && merged?.ok
      ? validateRuleUpdate(snapshot, rule, merged.value)
      : validateRuleCreate(snapshot, parsed);
  return formProblems(
    violations.flatMap((v) => (v.fields ?? ['']).map((field) => ({ field, message: v.message }))),
  );
}
