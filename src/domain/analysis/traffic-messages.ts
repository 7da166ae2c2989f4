/**
 * The operator messages about packets a source never carries or never lets in (docs/behaviour.md,
 * "Example packets"), as message descriptors: the rule findings and the session's "copies
 * nothing" lines say it in the same words, written here once.
 */
import type { Inventory, TrafficMirrorFilterRule } from '../model/types';
import { ruleName } from './describe';
import { directionWord, message, type AnalysisMessage, type AnalysisParam } from './messages';
import type { SourceTraffic } from './source-traffic';

/** The badge of each finding about the packets a rule's sources carry, wherever it is shown. */
export const TRAFFIC_FINDING_BADGE = {
  'rule-never-carried': message('badge.neverCarried'),
  'rule-dropped-before-mirroring': message('badge.droppedBeforeMirroring'),
} as const satisfies Record<string, AnalysisMessage>;

/**
 * A source as named in these messages: its name and addresses.
 *
 * @example sourceLabel(traffic) // reads 'interface "pay-api-02-eth0" (10.0.1.12)'
 */
export function sourceLabel(traffic: SourceTraffic): AnalysisMessage {
  const addresses = traffic.addresses.join(', ');
  const name = traffic.port.name;
  return addresses
    ? message('interface.withAddresses', { name, addresses })
    : message('interface.named', { name });
}

/**
 * Why a rule matches no packet its sources carry, and what to do.
 *
 * @example neverCarriedMessage(egressRule, [payApi02])
 * // reads 'Rule 1 (reject ALL from 192.168.0.0/24 to 10.2.0.0/24) never matches a packet its sources carry: an outbound packet comes from its source, and the rule's source 192.168.0.0/24 holds no address of interface "pay-api-02-eth0" (10.0.1.12). Make its source hold one of these addresses, or delete the rule.'
 */
export function neverCarriedMessage(
  rule: TrafficMirrorFilterRule,
  sources: readonly SourceTraffic[],
): AnalysisMessage {
  const cidr = rule.direction === 'ingress' ? rule.destination_cidr_block : rule.source_cidr_block;
  const common = { direction: rule.direction, rule: ruleName(rule, true), sources: sources.map(sourceLabel) };
  return cidr === ''
    ? message('finding.neverCarried.family', { ...common, ethertype: rule.ethertype, count: sources.length })
    : message('finding.neverCarried.cidr', { ...common, cidr });
}

/**
 * What drops a source's inbound packets before mirroring: its subnet's network ACL when it
 * lets none of `packets` in, else its security groups.
 *
 * @example dropCause(inventory, traffic, true) // reads 'the network ACL "acl-web" of the subnet of interface "web-01" (10.0.0.3)'
 */
export function dropCause(inventory: Inventory, traffic: SourceTraffic, byAcl: boolean): AnalysisMessage {
  const acl = traffic.admission?.acl;
  const source = sourceLabel(traffic);
  if (byAcl) return message('cause.networkAcl', { acl: acl?.name || acl?.id || '', source });
  const groups = traffic.port.security_groups.map(
    (id) => inventory.security_groups.find((g) => g.id === id)?.name ?? id,
  );
  return message('cause.securityGroups', { groups, count: groups.length, source });
}

/** The note that replies still pass a security group, when only security groups drop packets. */
const replyNote = (shown: boolean): AnalysisParam => (shown ? message('note.reply') : '');

/**
 * Why a rule's packets are all dropped before mirroring (inbound), and what to do.
 *
 * @example droppedRuleMessage(rule, [dropCause(inventory, web01, false)], true)
 * // reads 'Rule 30 (accept ICMP) matches only inbound packets that never reach their source: the security group sg-web of ... lets none of them in. ...'
 */
export function droppedRuleMessage(
  rule: TrafficMirrorFilterRule,
  causes: readonly AnalysisMessage[],
  onlySecurityGroups: boolean,
): AnalysisMessage {
  return message('finding.dropped', {
    rule: ruleName(rule, true),
    causes,
    count: causes.length,
    replyNote: replyNote(onlySecurityGroups),
  });
}

/**
 * Why a session copies nothing from a source whose packets its accept rules never match.
 *
 * @example neverCarriedCopyMessage(sessionName(web, true), payApi02Inbound)
 * // reads 'Session "web" (priority 1) copies no packet from interface "pay-api-02-eth0" (10.0.1.12): its filter accepts only inbound packets whose destination is another address. Add an accept rule whose destination holds 10.0.1.12.'
 */
export function neverCarriedCopyMessage(name: AnalysisMessage, traffic: SourceTraffic): AnalysisMessage {
  return message('copy.neverCarried', {
    direction: traffic.direction,
    session: name,
    source: sourceLabel(traffic),
    way: directionWord(traffic.direction),
    address: traffic.addresses[0] ?? message('copy.itsAddress'),
  });
}

/**
 * Why a session copies no inbound packet from a source that drops all it would copy.
 *
 * @example droppedCopyMessage(sessionName(web, true), dropCause(inventory, web01, false), true)
 */
export function droppedCopyMessage(
  name: AnalysisMessage,
  cause: AnalysisMessage,
  bySecurityGroup: boolean,
): AnalysisMessage {
  return message('copy.dropped', { session: name, cause, replyNote: replyNote(bySecurityGroup) });
}
