/**
 * The operator messages about packets a source never carries or never lets in (docs/behaviour.md,
 * "Example packets"): the rule findings and the session's "copies nothing" lines
 * say it in the same words, written here once.
 */
import type { Direction, Inventory, TrafficMirrorFilterRule } from '../model/types';
import { directionWord } from '../model/direction-words';
import { capitalize, joinAnd, ruleName } from './describe';
import type { SourceTraffic } from './source-traffic';

/** The badge of each finding about the packets a rule's sources carry, wherever it is shown. */
export const TRAFFIC_FINDING_BADGE = {
  'rule-never-carried': 'Never carried',
  'rule-dropped-before-mirroring': 'Dropped before mirroring',
} as const;

/**
 * A source as named in these messages: its name and addresses.
 *
 * @example sourceLabel(traffic) // 'interface "pay-api-02-eth0" (10.0.1.12)'
 */
export function sourceLabel(traffic: SourceTraffic): string {
  const list = traffic.addresses.join(', ');
  return `interface "${traffic.port.name}"${list ? ` (${list})` : ''}`;
}

/** Which end of a packet holds the source's own address. */
function ownEnd(direction: Direction): 'destination' | 'source' {
  return direction === 'ingress' ? 'destination' : 'source';
}

function howCarried(direction: Direction): string {
  return direction === 'ingress'
    ? 'an inbound packet is addressed to its source'
    : 'an outbound packet comes from its source';
}

/**
 * Why a rule matches no packet its sources carry, and what to do.
 *
 * @example neverCarriedMessage(egressRule, [payApi02])
 * // 'Rule 1 (reject ALL from 192.168.0.0/24 to 10.2.0.0/24) never matches a packet its sources carry: an outbound packet comes from its source, and the rule's source 192.168.0.0/24 holds no address of interface "pay-api-02-eth0" (10.0.1.12). Make its source hold one of these addresses, or delete the rule.'
 */
export function neverCarriedMessage(
  rule: TrafficMirrorFilterRule,
  sources: readonly SourceTraffic[],
): string {
  const end = ownEnd(rule.direction);
  const cidr = rule.direction === 'ingress' ? rule.destination_cidr_block : rule.source_cidr_block;
  const named = joinAnd(sources.map(sourceLabel));
  const why =
    cidr === ''
      ? `the rule matches only ${rule.ethertype} packets, and ${named} ${sources.length > 1 ? 'have' : 'has'} no ${rule.ethertype} address`
      : `the rule's ${end} ${cidr} holds no address of ${named}`;
  return (
    `${capitalize(ruleName(rule))} never matches a packet its sources carry: ${howCarried(rule.direction)}, ` +
    `and ${why}. Make its ${end} hold one of these addresses, or delete the rule.`
  );
}

/**
 * What drops a source's inbound packets before mirroring: its subnet's network ACL when it
 * lets none of `packets` in, else its security groups.
 *
 * @example dropCause(inventory, traffic, true) // 'the network ACL "acl-web" of its subnet'
 */
export function dropCause(inventory: Inventory, traffic: SourceTraffic, byAcl: boolean): string {
  const acl = traffic.admission?.acl;
  if (byAcl)
    return `the network ACL "${acl?.name || acl?.id || ''}" of the subnet of ${sourceLabel(traffic)}`;
  const groups = traffic.port.security_groups.map(
    (id) => inventory.security_groups.find((g) => g.id === id)?.name ?? id,
  );
  const plural = groups.length > 1;
  return `the security ${plural ? 'groups' : 'group'} ${joinAnd(groups)} of ${sourceLabel(traffic)}`;
}

const REPLY_NOTE =
  'Replies to connections the interface opens still pass its security group and are decided as usual.';

/**
 * Why a rule's packets are all dropped before mirroring (inbound), and what to do.
 *
 * @example droppedRuleMessage(rule, ['the security group sg-web of interface "web-prod-01-eth0" (10.0.0.3)'], false)
 * // 'Rule 30 (accept ICMP) matches only inbound packets that never reach their source: the security group sg-web of ... lets none of them in. ...'
 */
export function droppedRuleMessage(
  rule: TrafficMirrorFilterRule,
  causes: readonly string[],
  onlySecurityGroups: boolean,
): string {
  return (
    `${capitalize(ruleName(rule))} matches only inbound packets that never reach their source: ` +
    `${joinAnd(causes)} ${causes.length > 1 ? 'let' : 'lets'} none of them in, so they are dropped before mirroring. ` +
    `Allow them there if they should be mirrored, or change the rule.${onlySecurityGroups ? ` ${REPLY_NOTE}` : ''}`
  );
}

/**
 * Why a session copies nothing from a source whose packets its accept rules never match.
 *
 * @example neverCarriedCopyMessage('Session "web" (priority 1)', payApi02Inbound)
 * // 'Session "web" (priority 1) copies no packet from interface "pay-api-02-eth0" (10.0.1.12): its filter accepts only inbound packets whose destination is another address. Add an accept rule whose destination holds 10.0.1.12.'
 */
export function neverCarriedCopyMessage(name: string, traffic: SourceTraffic): string {
  const end = ownEnd(traffic.direction);
  const way = directionWord(traffic.direction);
  return (
    `${name} copies no packet from ${sourceLabel(traffic)}: its filter accepts only ${way} packets whose ` +
    `${end} is another address. Add an accept rule whose ${end} holds ${traffic.addresses[0] ?? 'its address'}.`
  );
}

/**
 * Why a session copies no inbound packet from a source that drops all it would copy.
 *
 * @example droppedCopyMessage('Session "web" (priority 1)', 'the security group sg-web of ...', false)
 */
export function droppedCopyMessage(name: string, cause: string, bySecurityGroup: boolean): string {
  return (
    `${name} copies no packet: ${cause} lets in none of the inbound packets its filter accepts, so they are ` +
    `dropped before mirroring. Allow them there if they should be mirrored, or accept other packets.` +
    `${bySecurityGroup ? ` ${REPLY_NOTE}` : ''}`
  );
}
