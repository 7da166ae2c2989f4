/**
 * The operator messages of the filter findings. Rules are named by priority and summary,
 * as in the console's rule list.
 */
import type { Direction, TrafficMirrorFilter, TrafficMirrorFilterRule } from '../model/types';
import { describeCidrProblem } from '../net/address';
import { parsePortRange } from '../net/port-range';
import { ruleProtocolNumber, UNKNOWN_PROTOCOL } from '../matcher/conditions';
import { directionWord } from '../model/direction-words';
import { capitalize, joinAnd, ruleName } from './describe';

function actionVerb(action: string, plural: boolean): string {
  const verb = action === 'accept' ? 'accept' : 'reject';
  return plural ? verb : `${verb}s`;
}

function names(rules: readonly TrafficMirrorFilterRule[]): string {
  return joinAnd(rules.map(ruleName));
}

function priorities(rules: readonly TrafficMirrorFilterRule[]): string {
  const list = joinAnd(rules.map((r) => String(r.priority)));
  return rules.length === 1 ? `rule ${list}` : `rules ${list}`;
}

/**
 * Why a shadowed rule never decides, and what to do.
 *
 * @example shadowedMessage(rule3, [rule1], [rule1])
 * // 'Rule 3 (accept TCP from 10.0.0.0/24) never decides: rule 1 (reject ALL from 10.0.0.0/16) covers all its packets, and it rejects them. Move rule 3 above rule 1 or narrow rule 1.'
 */
export function shadowedMessage(
  rule: TrafficMirrorFilterRule,
  covering: readonly TrafficMirrorFilterRule[],
  conflicting: readonly TrafficMirrorFilterRule[],
): string {
  const plural = covering.length > 1;
  const head = `${capitalize(ruleName(rule))} never decides: ${names(covering)} ${plural ? 'cover' : 'covers'} all its packets`;
  if (conflicting.length === 0) {
    const same = plural ? 'they give them the same action' : 'it gives them the same action';
    return `${head}, and ${same}. Delete rule ${rule.priority}: it changes nothing.`;
  }
  const action = conflicting[0]!.action;
  const who =
    conflicting.length === covering.length
      ? `${plural ? 'they' : 'it'} ${actionVerb(action, plural)} them`
      : `${priorities(conflicting)} ${actionVerb(action, conflicting.length > 1)} some of them`;
  const them = conflicting.length > 1 ? 'them' : `rule ${conflicting[0]!.priority}`;
  return `${head}, and ${who}. Move rule ${rule.priority} above ${priorities(conflicting)} or narrow ${them}.`;
}

/**
 * Why a rule is redundant.
 *
 * @example redundantMessage(rule2, [rule5])
 * // 'Rule 2 (accept TCP from 10.0.0.0/24) is redundant: without it, rule 5 (accept ALL) accepts every packet it decides, so no verdict would change. Delete rule 2 to keep the filter short.'
 */
export function redundantMessage(
  rule: TrafficMirrorFilterRule,
  later: readonly TrafficMirrorFilterRule[],
): string {
  const verb = actionVerb(rule.action, later.length > 1);
  return (
    `${capitalize(ruleName(rule))} is redundant: without it, ${names(later)} ${verb} every packet ` +
    `it decides, so no verdict would change. Delete rule ${rule.priority} to keep the filter short.`
  );
}

function whyEmpty(rule: TrafficMirrorFilterRule): string {
  const family =
    rule.ethertype.toLowerCase() === 'ipv4' ? 4 : rule.ethertype.toLowerCase() === 'ipv6' ? 6 : 0;
  if (family === 0) return `its type ${rule.ethertype} is neither IPv4 nor IPv6`;
  if (ruleProtocolNumber(rule.protocol) === UNKNOWN_PROTOCOL)
    return `its protocol ${rule.protocol} is unknown`;
  for (const [label, text] of [
    ['source', rule.source_cidr_block],
    ['destination', rule.destination_cidr_block],
  ] as const) {
    const problem = describeCidrProblem(text, family);
    if (problem) return `its ${label} ${text} is not usable (${problem})`;
  }
  for (const [label, text] of [
    ['source', rule.source_port_range],
    ['destination', rule.destination_port_range],
  ] as const) {
    if (text !== '' && !parsePortRange(text)) return `its ${label} port range ${text} is not valid`;
  }
  return 'it has port ranges, and only TCP and UDP packets have ports';
}

/**
 * Why a rule matches nothing.
 *
 * @example emptyRuleMessage(icmpWithPorts)
 * // 'Rule 4 (accept ICMP to any port 80) matches no packet: it has port ranges, and only TCP and UDP packets have ports. Fix the rule or delete it.'
 */
export function emptyRuleMessage(rule: TrafficMirrorFilterRule): string {
  return `${capitalize(ruleName(rule))} matches no packet: ${whyEmpty(rule)}. Fix the rule or delete it.`;
}

/**
 * Why a direction copies nothing.
 *
 * @example copiesNothingMessage(filter, 'ingress', 2, [])
 * // 'Filter "web" copies no inbound packet: it has no inbound accept rule. Add an accept rule for the inbound traffic to mirror.'
 */
export function copiesNothingMessage(
  filter: TrafficMirrorFilter,
  direction: Direction,
  ruleCount: number,
  deadAccepts: readonly TrafficMirrorFilterRule[],
): string {
  const way = directionWord(direction);
  const head = `Filter "${filter.name}" copies no ${way} packet`;
  const fix = `Add an accept rule for the ${way} traffic to mirror.`;
  if (ruleCount === 0) {
    return `${head}: it has no ${way} rule, so ${way} packets fall through to lower-priority sessions. ${fix}`;
  }
  if (deadAccepts.length === 0) return `${head}: it has no ${way} accept rule. ${fix}`;
  const plural = deadAccepts.length > 1;
  return (
    `${head}: its accept ${priorities(deadAccepts)} never ${plural ? 'decide' : 'decides'}. ` +
    `Fix ${plural ? 'them' : 'it'} as the other findings say.`
  );
}
