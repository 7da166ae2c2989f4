/**
 * `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/insert-rules`: the console inserts the
 * inbound UDP 4789 network ACL rule that W2 asks for. Body (the real API's):
 * `{"firewall": {"ingress_rules": [...], "egress_rules": [...], "insert_after_rule": id}}`;
 * `insert_after_rule_id` is taken as a synonym. The new rules go right after that rule, or
 * first in their direction when none is named (ours: the real API leaves this unsaid). The
 * answer is the whole ACL. The domain evaluates ACL rules but has no schema for writing them,
 * so the field rules live here.
 */
import { z } from 'zod';
import { describeCidrProblem } from '@/domain/net/address';
import { encodeMessage } from '@/domain/model/message';
import { directionWord } from '@/domain/model/direction-words';
import { descriptionSchema } from '@/domain/model/fields';
import { parsePortList } from '@/domain/network/match-helpers';
import type { NetworkAcl, NetworkAclRule } from '@/domain/model/types';
import { notFound } from '../http/api-error';
import type { JsonObject } from '../http/body';
import type { ServiceContext } from './context';
import { withoutProject } from './inventory';
import { nullableText, parseFields, PORT_LIST_MESSAGES } from './parse';
import { requireProject } from './projects';
import { NETWORK_ACL_PROTOCOLS } from '@/domain/net/protocols';

const WRAPPER = 'firewall';
const PROTOCOLS: readonly string[] = NETWORK_ACL_PROTOCOLS;
const text = nullableText;

const ruleSchema = z
  .object({
    name: text('Enter the rule name as text.')
      .refine((v) => v.length <= 64, { error: 'Use at most 64 characters for the rule name.' })
      .default(''),
    description: descriptionSchema.default(''),
    action: z.enum(['allow', 'deny'], { error: 'Choose an action: allow or deny.' }),
    protocol: text('Choose a protocol: tcp, udp, icmp, icmpv6 or any.')
      .transform((v) => v.toLowerCase())
      .refine((v) => PROTOCOLS.includes(v), { error: 'Choose a protocol: tcp, udp, icmp, icmpv6 or any.' })
      .transform((v) => v as NetworkAclRule['protocol']),
    ip_version: z
      .union([z.literal(4), z.literal(6), z.literal('4'), z.literal('6')], {
        error: 'Choose ip_version 4 or 6.',
      })
      .transform((v) => (Number(v) === 6 ? 6 : 4) as 4 | 6)
      .default(4),
    source_ip_address: text(
      'Enter a CIDR block such as 10.0.0.3/32, or leave it empty for any address.',
    ).default(''),
    destination_ip_address: text(
      'Enter a CIDR block such as 10.0.0.0/24, or leave it empty for any address.',
    ).default(''),
    source_port: text(PORT_LIST_MESSAGES.type).default(''),
    destination_port: text(PORT_LIST_MESSAGES.type).default(''),
    enabled: z.boolean({ error: 'Send enabled as true or false.' }).default(true),
  })
  .superRefine((rule, ctx) => {
    const problem = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    for (const field of ['source_ip_address', 'destination_ip_address'] as const) {
      const cidr = describeCidrProblem(rule[field], rule.ip_version);
      if (cidr) problem(field, encodeMessage(cidr));
    }
    for (const field of ['source_port', 'destination_port'] as const) {
      if (parsePortList(rule[field]) === null) problem(field, PORT_LIST_MESSAGES.range);
      else if (rule[field] !== '' && rule.protocol !== 'tcp' && rule.protocol !== 'udp')
        problem(field, PORT_LIST_MESSAGES.protocol);
    }
    if (rule.protocol === 'icmp' && rule.ip_version === 6) problem('protocol', 'Use icmpv6 with IPv6.');
    if (rule.protocol === 'icmpv6' && rule.ip_version === 4) problem('protocol', 'Use icmp with IPv4.');
  });

const bodySchema = z
  .object({
    ingress_rules: z.array(ruleSchema, { error: 'Send ingress_rules as a list of rules.' }).default([]),
    egress_rules: z.array(ruleSchema, { error: 'Send egress_rules as a list of rules.' }).default([]),
    insert_after_rule: z.string({ error: 'Send insert_after_rule as a rule id.' }).optional(),
    insert_after_rule_id: z.string({ error: 'Send insert_after_rule_id as a rule id.' }).optional(),
  })
  .superRefine((body, ctx) => {
    const both = body.ingress_rules.length > 0 && body.egress_rules.length > 0;
    if (body.ingress_rules.length + body.egress_rules.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['ingress_rules'], message: 'Send at least one rule to insert.' });
    } else if (both && (body.insert_after_rule ?? body.insert_after_rule_id) !== undefined) {
      const message = 'Insert rules of one direction at a time when you name the rule to insert after.';
      ctx.addIssue({ code: 'custom', path: ['insert_after_rule'], message });
    }
  });

type NewRule = z.infer<typeof ruleSchema>;

/** `rules` with `added` right after the rule `after` (first when undefined); null when `after` is not there. */
function inserted(rules: NetworkAclRule[], added: NetworkAclRule[], after: string | undefined) {
  if (added.length === 0) return rules;
  const at = after === undefined ? 0 : rules.findIndex((r) => r.id === after) + 1;
  if (at === 0 && after !== undefined) return null;
  return [...rules.slice(0, at), ...added, ...rules.slice(at)];
}

/**
 * Inserts rules into a network ACL after checking their fields (TM.0002), that the ACL exists
 * in the project and that the rule to insert after is one of its rules in that direction
 * (TM.0004); check and write share one transaction. Answers the ACL as it now is.
 */
export async function insertFirewallRules(
  ctx: ServiceContext,
  project_id: string,
  firewall_id: string,
  body: JsonObject,
): Promise<NetworkAcl> {
  await requireProject(ctx, project_id);
  const parsed = parseFields(bodySchema, body, WRAPPER);
  const { ingress_rules, egress_rules } = parsed;
  const after = parsed.insert_after_rule ?? parsed.insert_after_rule_id;
  const withId = (rule: NewRule): NetworkAclRule => ({ id: ctx.newId(), ...rule });
  const { db } = ctx;
  return db.transaction('rw', db.firewalls, async () => {
    const acl = await db.firewalls.get(firewall_id);
    if (!acl || acl.project_id !== project_id) {
      throw notFound(`No network ACL has id ${firewall_id} in this project.`);
    }
    const ingress = inserted(acl.ingress_rules, ingress_rules.map(withId), after);
    const egress = inserted(acl.egress_rules, egress_rules.map(withId), after);
    if (!ingress || !egress) {
      const message = `Network ACL "${acl.name}" has no ${directionWord(ingress ? 'egress' : 'ingress')} rule with id ${after ?? ''}. Name one of its rules, or leave insert_after_rule out to insert first.`;
      throw notFound(message, [{ field: `${WRAPPER}.insert_after_rule`, message }]);
    }
    const row = { ...acl, ingress_rules: ingress, egress_rules: egress };
    await db.firewalls.put(row);
    return withoutProject(row);
  });
}
