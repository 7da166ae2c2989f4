/**
 * The filter created in place on the filter step: its name, description and rules, checked
 * with the domain's rule schema (fields and coherence), C5 and the rules-per-direction quota.
 */
import { EMPTY_INVENTORY } from '@/domain/network/inventory-lookup';
import { z } from 'zod';
import { DIRECTIONS } from '@/domain/model/direction-words';
import { descriptionSchema, nameSchema } from '@/domain/model/fields';
import { validateRuleCreate } from '@/domain/model/filter-constraints';
import { encodeMessage } from '@/domain/model/message';
import type { QuotaValues } from '@/domain/model/quotas';
import { ruleCreateSchema } from '@/domain/model/rule-schema';
import type { Direction, TrafficMirrorFilter, TrafficMirrorFilterRule } from '@/domain/model/types';
import type { RuleFieldValues } from '@/shared-ui/rule-form-model';

/** One rule as the form holds it (filter id and direction are implied). */
export type RuleDraft = RuleFieldValues;

/** The filter being created in place. */
export interface NewFilterValues {
  name: string;
  description: string;
  ingress: RuleDraft[];
  egress: RuleDraft[];
}

/** An empty new filter: no name, no rules. */
export const blankNewFilter = (): NewFilterValues => ({ name: '', description: '', ingress: [], egress: [] });

const storedNumber = z.union([z.number(), z.null()]).transform((n) => n ?? Number.NaN);
const ruleDraftSchema = z.object({
  priority: storedNumber,
  action: z.enum(['accept', 'reject']),
  protocol: z.string(),
  ethertype: z.enum(['IPv4', 'IPv6']),
  source_cidr_block: z.string(),
  destination_cidr_block: z.string(),
  source_port_range: z.string(),
  destination_port_range: z.string(),
  description: z.string(),
});

/** The shape of a saved in-place filter (loose: values are checked by the form). */
export const newFilterDraftSchema = z.object({
  name: z.string(),
  description: z.string(),
  ingress: z.array(ruleDraftSchema),
  egress: z.array(ruleDraftSchema),
});

const DRAFT_FILTER_ID = 'new-filter';

/** A rule draft as the API would hold it, so the domain's filter checks can read it. */
function asRule(rule: RuleDraft, direction: Direction, index: number): TrafficMirrorFilterRule {
  return {
    ...rule,
    id: `${DRAFT_FILTER_ID}-${direction}-${index}`,
    project_id: '',
    traffic_mirror_filter_id: DRAFT_FILTER_ID,
    direction,
    created_at: '',
    updated_at: '',
  };
}

/**
 * The filter being written as the API would hold it, so that the domain's filter checks
 * (C5, the rules quota, the next free rule priority) can read it.
 */
export function draftFilterOf(
  ingress: readonly RuleDraft[],
  egress: readonly RuleDraft[],
): TrafficMirrorFilter {
  return {
    id: DRAFT_FILTER_ID,
    project_id: '',
    name: '',
    description: '',
    type: 'eni',
    ingress_rules: ingress.map((r, i) => asRule(r, 'ingress', i)),
    egress_rules: egress.map((r, i) => asRule(r, 'egress', i)),
    created_at: '',
    updated_at: '',
  };
}

/**
 * Problems of one direction's rules: each rule through the API's rule schema, then against
 * the rules before it (C5: a priority used twice; the rules-per-direction quota).
 */
function ruleProblems(
  rules: readonly RuleDraft[],
  direction: Direction,
  quotas: QuotaValues,
  ctx: z.RefinementCtx,
) {
  rules.forEach((rule, index) => {
    const parsed = ruleCreateSchema.safeParse({
      ...rule,
      traffic_mirror_filter_id: DRAFT_FILTER_ID,
      direction,
    });
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      ctx.addIssue({
        code: 'custom',
        path: [direction, index, ...issue.path.map(String)],
        message: issue.message,
      });
    }
    const before = rules.slice(0, index);
    const filter = direction === 'ingress' ? draftFilterOf(before, []) : draftFilterOf([], before);
    const snapshot = { sessions: [], filters: [filter], inventory: EMPTY_INVENTORY, quotas };
    for (const violation of validateRuleCreate(snapshot, asRule(rule, direction, index))) {
      const path = violation.fields?.[0] === 'priority' ? [direction, index, 'priority'] : [direction];
      ctx.addIssue({ code: 'custom', path, message: encodeMessage(violation.message) });
    }
  });
}

/** The in-place filter form's schema, for the quotas in force. */
export function newFilterFormSchema(quotas: QuotaValues) {
  return z
    .object({
      name: nameSchema,
      description: descriptionSchema,
      ingress: z.array(z.custom<RuleDraft>()),
      egress: z.array(z.custom<RuleDraft>()),
    })
    .superRefine((filter, ctx) => {
      for (const direction of DIRECTIONS) ruleProblems(filter[direction], direction, quotas, ctx);
    });
}
