/**
 * Protocol vocabulary of mirror filter rules and the coherence rules between fields (docs/behaviour.md,
 * "Resources and their fields"): ICMP only with IPv4, ICMPV6 only with IPv6, port ranges only with TCP and UDP,
 * CIDR blocks of the rule's ethertype.
 */
import { parseCidr } from '../net/address';
import type { FieldProblem } from './fields';
import { message } from './message';
import type { Ethertype } from './types';

export const RULE_PROTOCOLS = ['TCP', 'UDP', 'ICMP', 'ICMPV6', 'ALL'] as const;
export type RuleProtocol = (typeof RULE_PROTOCOLS)[number];

/**
 * The canonical (upper-case) protocol of a rule, or null when the text is not one. Rules echo
 * the protocol as the client sent it (`tcp`, `Tcp`) and compare it case-blind through this.
 *
 * @example normaliseProtocol('icmpv6') // 'ICMPV6'
 */
export function normaliseProtocol(text: string): RuleProtocol | null {
  const upper = text.toUpperCase();
  return (RULE_PROTOCOLS as readonly string[]).includes(upper) ? (upper as RuleProtocol) : null;
}

/**
 * Whether rules of this protocol may carry port ranges (TCP and UDP only).
 *
 * @example protocolTakesPorts('udp') // true
 */
export function protocolTakesPorts(protocol: string): boolean {
  const canonical = normaliseProtocol(protocol);
  return canonical === 'TCP' || canonical === 'UDP';
}

/** The fields of a rule that must agree with each other. */
export interface RuleConditions {
  protocol: string;
  ethertype: Ethertype;
  source_cidr_block: string;
  destination_cidr_block: string;
  source_port_range: string;
  destination_port_range: string;
}

const CIDR_FIELDS = [
  ['source_cidr_block', 'source'],
  ['destination_cidr_block', 'destination'],
] as const;
const PORT_FIELDS = [
  ['source_port_range', 'source'],
  ['destination_port_range', 'destination'],
] as const;

/**
 * The coherence problems of a rule whose fields are each valid on their own, one per field
 * (protocol, port ranges, CIDR blocks). Used by the create schema and, on update, on the
 * merged rule (existing rule + patch), because a patch can break coherence with a field it
 * does not touch (switching to IPv6 with an IPv4 CIDR in place).
 *
 * @example ruleCoherenceProblems({ protocol: 'icmp', ethertype: 'IPv6', ... })
 * // [{ field: 'protocol', message: { id: 'coherence.icmpV4' } }] ('ICMP rules must use IPv4. ...')
 */
export function ruleCoherenceProblems(rule: RuleConditions): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const protocol = normaliseProtocol(rule.protocol);
  if (protocol === 'ICMP' && rule.ethertype === 'IPv6') {
    problems.push({ field: 'protocol', message: message('coherence.icmpV4') });
  }
  if (protocol === 'ICMPV6' && rule.ethertype === 'IPv4') {
    problems.push({ field: 'protocol', message: message('coherence.icmpV6') });
  }
  if (protocol !== null && !protocolTakesPorts(protocol)) {
    for (const [field, side] of PORT_FIELDS) {
      if (rule[field] === '') continue;
      problems.push({ field, message: message('coherence.ports', { side }) });
    }
  }
  const family = rule.ethertype === 'IPv4' ? 4 : 6;
  for (const [field, side] of CIDR_FIELDS) {
    const cidr = parseCidr(rule[field]);
    if (!cidr || cidr.family === family) continue;
    const params = { side, ethertype: rule.ethertype, cidr: rule[field], family: cidr.family };
    problems.push({ field, message: message('coherence.family', params) });
  }
  return problems;
}
