/**
 * Create and update bodies of `traffic_mirror_filter_rule` (docs/behaviour.md, "Resources and their fields"): field rules,
 * case rules (protocol any case and echoed as sent; ethertype any case, normalised to
 * `IPv4`/`IPv6`; action and direction exactly as the API spells them) and coherence.
 */
import { z } from 'zod';
import { describeCidrProblem } from '../net/address';
import { describePortRangeProblem } from '../net/port-range';
import { descriptionSchema, idSchema, integerSchema, optionalTextSchema } from './fields';
import type { FieldProblem, MergeResult } from './fields';
import { encodeMessage, message } from './message';
import { normaliseProtocol, ruleCoherenceProblems } from './rule-coherence';
import type { Ethertype, TrafficMirrorFilterRule } from './types';

export const RULE_PRIORITY_MAX = 65535;

/** Every message of the rule's fields, as the form and the API's details give them. */
export const RULE_MESSAGES = {
  filter: message('ruleField.filter'),
  direction: message('ruleField.direction'),
  protocol: message('ruleField.protocol'),
  ethertype: message('ruleField.ethertype'),
  action: message('ruleField.action'),
  priority: message('ruleField.priority', { max: RULE_PRIORITY_MAX }),
  cidr: message('ruleField.cidr'),
  ports: message('ruleField.ports'),
  moveFilter: message('ruleField.moveFilter'),
  moveDirection: message('ruleField.moveDirection'),
} as const;

const PROTOCOL = encodeMessage(RULE_MESSAGES.protocol);
const ETHERTYPE = encodeMessage(RULE_MESSAGES.ethertype);
const directionSchema = z.enum(['ingress', 'egress'], { error: encodeMessage(RULE_MESSAGES.direction) });
const protocolSchema = z.string({ error: PROTOCOL }).superRefine((text, ctx) => {
  if (normaliseProtocol(text) === null) ctx.addIssue({ code: 'custom', message: PROTOCOL });
});
const ethertypeSchema = z.string({ error: ETHERTYPE }).transform((text, ctx): Ethertype => {
  const lower = text.toLowerCase();
  if (lower === 'ipv4') return 'IPv4';
  if (lower === 'ipv6') return 'IPv6';
  ctx.addIssue({ code: 'custom', message: ETHERTYPE });
  return z.NEVER;
});
const actionSchema = z.enum(['accept', 'reject'], { error: encodeMessage(RULE_MESSAGES.action) });
const prioritySchema = integerSchema(1, RULE_PRIORITY_MAX, RULE_MESSAGES.priority);
const cidrSchema = optionalTextSchema((text) => describeCidrProblem(text), RULE_MESSAGES.cidr);
const portsSchema = optionalTextSchema(describePortRangeProblem, RULE_MESSAGES.ports);

function addProblems(problems: readonly FieldProblem[], ctx: z.RefinementCtx): void {
  for (const { field, message: problem } of problems)
    ctx.addIssue({ code: 'custom', path: [field], message: encodeMessage(problem) });
}

/**
 * Body of `POST traffic-mirror-filter-rules`. Unset CIDRs, port ranges and description
 * become `""`. A CIDR with host bits set is accepted and kept as sent (show it with
 * `displayCidr`); coherence problems are reported on the field to change.
 */
export const ruleCreateSchema = z
  .object({
    traffic_mirror_filter_id: idSchema(RULE_MESSAGES.filter),
    direction: directionSchema,
    protocol: protocolSchema,
    ethertype: ethertypeSchema,
    action: actionSchema,
    priority: prioritySchema,
    source_cidr_block: cidrSchema.default(''),
    destination_cidr_block: cidrSchema.default(''),
    source_port_range: portsSchema.default(''),
    destination_port_range: portsSchema.default(''),
    description: descriptionSchema.default(''),
  })
  .superRefine((rule, ctx) => addProblems(ruleCoherenceProblems(rule), ctx));
export type RuleCreate = z.infer<typeof ruleCreateSchema>;
export type RuleCreateInput = z.input<typeof ruleCreateSchema>;

/**
 * Body of `PUT traffic-mirror-filter-rules/{id}`: every field optional, absent = unchanged.
 * `traffic_mirror_filter_id` and `direction` may be sent but only with the rule's current
 * values ({@link mergeRuleUpdate} refuses a change with a clear message rather than
 * silently ignoring it). Coherence is checked on the merged rule, not here.
 */
export const ruleUpdateSchema = z.object({
  traffic_mirror_filter_id: idSchema(RULE_MESSAGES.filter).optional(),
  direction: directionSchema.optional(),
  protocol: protocolSchema.optional(),
  ethertype: ethertypeSchema.optional(),
  action: actionSchema.optional(),
  priority: prioritySchema.optional(),
  source_cidr_block: cidrSchema.optional(),
  destination_cidr_block: cidrSchema.optional(),
  source_port_range: portsSchema.optional(),
  destination_port_range: portsSchema.optional(),
  description: descriptionSchema.optional(),
});
export type RuleUpdate = z.infer<typeof ruleUpdateSchema>;
export type RuleUpdateInput = z.input<typeof ruleUpdateSchema>;

/**
 * Applies a parsed update to a rule: refuses a change of filter or direction, then checks
 * coherence on the merged rule (existing + patch), reporting each problem on its field.
 * Timestamps are left to the caller.
 *
 * @example mergeRuleUpdate(ipv4TcpRule, { ethertype: 'IPv6' })
 * // { ok: false, problems: [{ field: 'source_cidr_block', message: { id: 'coherence.family', ... } }] }
 */
export function mergeRuleUpdate(
  existing: TrafficMirrorFilterRule,
  patch: RuleUpdate,
): MergeResult<TrafficMirrorFilterRule> {
  const problems: FieldProblem[] = [];
  if (
    patch.traffic_mirror_filter_id !== undefined &&
    patch.traffic_mirror_filter_id !== existing.traffic_mirror_filter_id
  ) {
    problems.push({ field: 'traffic_mirror_filter_id', message: RULE_MESSAGES.moveFilter });
  }
  if (patch.direction !== undefined && patch.direction !== existing.direction) {
    problems.push({ field: 'direction', message: RULE_MESSAGES.moveDirection });
  }
  if (problems.length > 0) return { ok: false, problems };
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const merged: TrafficMirrorFilterRule = { ...existing, ...defined };
  const incoherent = ruleCoherenceProblems(merged);
  return incoherent.length > 0 ? { ok: false, problems: incoherent } : { ok: true, value: merged };
}
