/**
 * The operator messages of the filter findings, as message descriptors. Rules are named by
 * priority and summary, as in the console's rule list.
 */
import type { Direction, TrafficMirrorFilter, TrafficMirrorFilterRule } from '../model/types';
import { describeCidrProblem } from '../net/address';
import { parsePortRange } from '../net/port-range';
import { ruleProtocolNumber, UNKNOWN_PROTOCOL } from '../matcher/conditions';
import { ruleName } from './describe';
import { directionWord, message, type AnalysisMessage } from './messages';

const names = (rules: readonly TrafficMirrorFilterRule[]) => rules.map((r) => ruleName(r));
const priorities = (rules: readonly TrafficMirrorFilterRule[]) => rules.map((r) => r.priority);

/**
 * Why a shadowed rule never decides, and what to do.
 *
 * @example shadowedMessage(rule3, [rule1], [rule1])
 * // reads 'Rule 3 (accept TCP from 10.0.0.0/24) never decides: rule 1 (reject ALL from 10.0.0.0/16) covers all its packets, and it rejects them. Move rule 3 above rule 1 or narrow rule 1.'
 */
export function shadowedMessage(
  rule: TrafficMirrorFilterRule,
  covering: readonly TrafficMirrorFilterRule[],
  conflicting: readonly TrafficMirrorFilterRule[],
): AnalysisMessage {
  const common = {
    rule: ruleName(rule, true),
    covering: names(covering),
    count: covering.length,
    priority: rule.priority,
  };
  if (conflicting.length === 0) return message('finding.shadowed.same', common);
  return message(conflicting.length === covering.length ? 'finding.shadowed.all' : 'finding.shadowed.some', {
    ...common,
    action: conflicting[0]!.action,
    conflicting: priorities(conflicting),
    conflictCount: conflicting.length,
  });
}

/**
 * Why a rule is redundant.
 *
 * @example redundantMessage(rule2, [rule5])
 * // reads 'Rule 2 (accept TCP from 10.0.0.0/24) is redundant: without it, rule 5 (accept ALL) accepts every packet it decides, so no verdict would change. Delete rule 2 to keep the filter short.'
 */
export function redundantMessage(
  rule: TrafficMirrorFilterRule,
  later: readonly TrafficMirrorFilterRule[],
): AnalysisMessage {
  return message('finding.redundant', {
    rule: ruleName(rule, true),
    later: names(later),
    count: later.length,
    action: rule.action,
    priority: rule.priority,
  });
}

function whyEmpty(rule: TrafficMirrorFilterRule): AnalysisMessage {
  const family =
    rule.ethertype.toLowerCase() === 'ipv4' ? 4 : rule.ethertype.toLowerCase() === 'ipv6' ? 6 : 0;
  if (family === 0) return message('empty.type', { type: rule.ethertype });
  if (ruleProtocolNumber(rule.protocol) === UNKNOWN_PROTOCOL)
    return message('empty.protocol', { protocol: rule.protocol });
  for (const [end, text] of [
    ['source', rule.source_cidr_block],
    ['destination', rule.destination_cidr_block],
  ] as const) {
    if (describeCidrProblem(text, family)) return message('empty.cidr', { end, text, family });
  }
  for (const [end, text] of [
    ['source', rule.source_port_range],
    ['destination', rule.destination_port_range],
  ] as const) {
    if (text !== '' && !parsePortRange(text)) return message('empty.portRange', { end, text });
  }
  return message('empty.ports');
}

/**
 * Why a rule matches nothing.
 *
 * @example emptyRuleMessage(icmpWithPorts)
 * // reads 'Rule 4 (accept ICMP to any port 80) matches no packet: it has port ranges, and only TCP and UDP packets have ports. Fix the rule or delete it.'
 */
export function emptyRuleMessage(rule: TrafficMirrorFilterRule): AnalysisMessage {
  return message('finding.matchesNothing', { rule: ruleName(rule, true), why: whyEmpty(rule) });
}

/**
 * Why a direction copies nothing.
 *
 * @example copiesNothingMessage(filter, 'ingress', 2, [])
 * // reads 'Filter "web" copies no inbound packet: it has no inbound accept rule. Add an accept rule for the inbound traffic to mirror.'
 */
export function copiesNothingMessage(
  filter: TrafficMirrorFilter,
  direction: Direction,
  ruleCount: number,
  deadAccepts: readonly TrafficMirrorFilterRule[],
): AnalysisMessage {
  const common = { filter: filter.name, way: directionWord(direction) };
  if (ruleCount === 0) return message('finding.copiesNothing.noRule', common);
  if (deadAccepts.length === 0) return message('finding.copiesNothing.noAccept', common);
  return message('finding.copiesNothing.deadAccepts', {
    ...common,
    priorities: priorities(deadAccepts),
    count: deadAccepts.length,
  });
}
