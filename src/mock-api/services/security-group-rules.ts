/**
 * `POST /v3/{project_id}/vpc/security-group-rules`: the console adds the inbound UDP 4789
 * rule that W1 asks for. The domain has no schema for security group rules (it evaluates
 * them), so the field rules of this one write live here.
 */
import { z } from 'zod';
import { describeCidrProblem } from '@/domain/net/address';
import { descriptionSchema, integerSchema } from '@/domain/model/fields';
import { encodeMessage, message } from '@/domain/model/message';
import { toFieldDetails } from '@/domain/model/field-details';
import { parsePortList } from '@/domain/network/match-helpers';
import type { SecurityGroupRule } from '@/domain/model/types';
import { conflict, invalidFields, notFound } from '../http/api-error';
import type { JsonObject } from '../http/body';
import type { ServiceContext } from './context';
import { nullableText, PORT_LIST_MESSAGES } from './parse';
import { requireProject } from './projects';
import { withoutProject } from './inventory';
import { SECURITY_GROUP_PROTOCOLS } from '@/domain/net/protocols';

const WRAPPER = 'security_group_rule';
const PROTOCOLS: readonly string[] = SECURITY_GROUP_PROTOCOLS;
const text = nullableText;

const ruleSchema = z
  .object({
    security_group_id: z
      .string({ error: 'Choose a security group.' })
      .min(1, { error: 'Choose a security group.' }),
    direction: z.enum(['ingress', 'egress'], { error: 'Choose a direction: ingress or egress.' }),
    ethertype: z
      .string({ error: 'Choose IPv4 or IPv6.' })
      .transform((value, ctx) => {
        const lower = value.toLowerCase();
        if (lower === 'ipv4' || lower === 'ipv6')
          return lower === 'ipv4' ? ('IPv4' as const) : ('IPv6' as const);
        ctx.addIssue({ code: 'custom', message: 'Choose IPv4 or IPv6.' });
        return z.NEVER;
      })
      .default('IPv4'),
    protocol: text('Choose a protocol: tcp, udp, icmp, icmpv6, or empty for any.')
      .transform((value) => value.toLowerCase())
      .refine((value) => PROTOCOLS.includes(value), {
        error: 'Choose a protocol: tcp, udp, icmp, icmpv6, or empty for any.',
      })
      .default(''),
    multiport: text(PORT_LIST_MESSAGES.type)
      .refine((value) => parsePortList(value) !== null, {
        error: PORT_LIST_MESSAGES.range,
      })
      .default(''),
    remote_ip_prefix: text(
      'Enter a CIDR block such as 10.0.0.3/32, or leave it empty for any address.',
    ).default(''),
    action: z.enum(['allow', 'deny'], { error: 'Choose an action: allow or deny.' }).default('allow'),
    // The SDK sends the priority as a string (`"1"`); numbers are taken too.
    priority: integerSchema(
      1,
      100,
      message('plain', { text: 'Enter a priority from 1 to 100.' }),
      true,
    ).default(1),
    description: descriptionSchema.default(''),
  })
  .superRefine((rule, ctx) => {
    const problem = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    const cidr = describeCidrProblem(rule.remote_ip_prefix, rule.ethertype === 'IPv4' ? 4 : 6);
    if (cidr) problem('remote_ip_prefix', encodeMessage(cidr));
    if (rule.multiport !== '' && rule.protocol !== 'tcp' && rule.protocol !== 'udp') {
      problem('multiport', PORT_LIST_MESSAGES.protocol);
    }
    if (rule.protocol === 'icmp' && rule.ethertype === 'IPv6') problem('protocol', 'Use icmpv6 with IPv6.');
    if (rule.protocol === 'icmpv6' && rule.ethertype === 'IPv4') problem('protocol', 'Use icmp with IPv4.');
  });

const SAME_FIELDS = [
  'direction',
  'ethertype',
  'protocol',
  'multiport',
  'remote_ip_prefix',
  'action',
  'priority',
] as const;

/**
 * Creates a security group rule after checking its fields (TM.0002), that the group exists in
 * the project (TM.0004) and that no identical rule exists (TM.0006); check and write share
 * one transaction.
 */
export async function createSecurityGroupRule(
  ctx: ServiceContext,
  project_id: string,
  body: JsonObject,
): Promise<SecurityGroupRule> {
  await requireProject(ctx, project_id);
  const parsed = ruleSchema.safeParse(body);
  if (!parsed.success) throw invalidFields(toFieldDetails(parsed.error, WRAPPER));
  const fields = parsed.data;
  const { db } = ctx;
  return db.transaction('rw', db.securityGroups, db.securityGroupRules, async () => {
    const group = await db.securityGroups.get(fields.security_group_id);
    if (!group || group.project_id !== project_id) {
      const message = `No security group has id ${fields.security_group_id} in this project.`;
      throw notFound(message, [{ field: `${WRAPPER}.security_group_id`, message }]);
    }
    const existing = await db.securityGroupRules.where('security_group_id').equals(group.id).toArray();
    if (existing.some((rule) => SAME_FIELDS.every((key) => rule[key] === fields[key]))) {
      throw conflict('The security group already has this rule. Nothing to add.');
    }
    const row = { id: ctx.newId(), project_id, ...fields };
    await db.securityGroupRules.add(row);
    return withoutProject(row);
  });
}
