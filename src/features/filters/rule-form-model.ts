import { describeRule, displayCidr } from '@/domain/model/describe-rule';
import {
  nextFreeRulePriority,
  validateRuleCreate,
  validateRuleUpdate,
} from '@/domain/model/filter-constraints';
import type { FieldProblem } from '@/domain/model/fields';
import { mergeRuleUpdate, type RuleCreate, type RuleCreateInput } from '@/domain/model/rule-schema';
import type { Direction, Ethertype, TrafficMirrorFilterRule } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';

/** The fields of the rule form, in the order server messages are matched to them. */
export const RULE_FIELDS = [
  'action',
  'priority',
  'protocol',
  'ethertype',
  'source_cidr_block',
  'source_port_range',
  'destination_cidr_block',
  'destination_port_range',
  'description',
] as const;

/** Directions as the console words them. */
export const DIRECTION_WORD: Record<Direction, string> = { ingress: 'inbound', egress: 'outbound' };

/** What the form starts with: the rule's values, or a new rule at the next free priority. */
export function initialRuleValues(
  snapshot: Snapshot,
  filterId: string,
  direction: Direction,
  rule?: TrafficMirrorFilterRule,
): RuleCreateInput {
  const filter = snapshot.filters.find((f) => f.id === filterId);
  return {
    traffic_mirror_filter_id: filterId,
    direction,
    action: rule?.action ?? 'accept',
    priority: rule?.priority ?? (filter ? nextFreeRulePriority(filter, direction) : undefined) ?? 1,
    protocol: rule ? rule.protocol.toUpperCase() : 'ALL',
    ethertype: rule?.ethertype ?? ('IPv4' satisfies Ethertype),
    source_cidr_block: rule?.source_cidr_block ?? '',
    source_port_range: rule?.source_port_range ?? '',
    destination_cidr_block: rule?.destination_cidr_block ?? '',
    destination_port_range: rule?.destination_port_range ?? '',
    description: rule?.description ?? '',
  };
}

/**
 * The domain's objections to adding (or changing) a rule in its filter, as field problems:
 * a priority already used in that direction (C5), or the direction at its rule quota.
 */
export function ruleProblems(
  snapshot: Snapshot,
  parsed: RuleCreate,
  rule?: TrafficMirrorFilterRule,
): FieldProblem[] {
  const merged = rule ? mergeRuleUpdate(rule, parsed) : null;
  if (merged && !merged.ok) return merged.problems;
  const violations =
    rule && merged?.ok
      ? validateRuleUpdate(snapshot, rule, merged.value)
      : validateRuleCreate(snapshot, parsed);
  return violations.flatMap((v) => (v.fields ?? ['']).map((field) => ({ field, message: v.message })));
}

/** The hint under a CIDR field: how a block with host bits set is read, or an example. */
export function cidrHint(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  const shown = text === '' ? text : displayCidr(text);
  return shown !== text ? `Means ${shown}.` : 'Such as 10.0.0.0/24; empty for any address.';
}

/** The rule being typed, read as a sentence (whatever the form holds so far). */
export function previewSentence(values: Partial<RuleCreateInput>): string {
  return describeRule({
    protocol: String(values.protocol ?? ''),
    ethertype: values.ethertype === 'IPv6' ? 'IPv6' : 'IPv4',
    action: values.action === 'reject' ? 'reject' : 'accept',
    source_cidr_block: values.source_cidr_block ?? '',
    destination_cidr_block: values.destination_cidr_block ?? '',
    source_port_range: values.source_port_range ?? '',
    destination_port_range: values.destination_port_range ?? '',
  });
}
