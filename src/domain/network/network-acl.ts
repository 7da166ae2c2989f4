/**
 * Network ACL (VPC v3 firewall) evaluation: rules of the packet's direction in list order,
 * disabled rules skipped, the first match decides, no match denies; a subnet without an ACL,
 * or whose ACL is administratively down, allows everything.
 */
import type { Direction, Ethertype, Inventory, NetworkAcl, NetworkAclRule } from '../model/types';
import { portListMatches, prefixMatches, protocolMatches } from './match-helpers';

/** A packet crossing the subnet boundary. Ports are absent for ICMP. */
export interface NetworkAclTraffic {
  direction: Direction;
  ethertype: Ethertype;
  /** IP protocol number: 6 TCP, 17 UDP, 1 ICMP, 58 ICMPv6. */
  protocol: number;
  source_ip: string;
  destination_ip: string;
  source_port?: number;
  destination_port?: number;
}

export interface NetworkAclVerdict {
  allowed: boolean;
  /** The deciding rule; absent when there is no ACL in force or no rule matched. */
  rule?: NetworkAclRule;
}

/**
 * The network ACL associated with a subnet, if any (the first one listing it).
 *
 * @example aclForSubnet(inventory, 'subnet-target')?.name // 'acl-mirror'
 */
export function aclForSubnet(inventory: Inventory, subnetId: string): NetworkAcl | undefined {
  return inventory.network_acls.find((acl) => acl.associations.some((a) => a.virsubnet_id === subnetId));
}

/**
 * Whether one ACL rule's conditions hold for a packet, whatever its `enabled` (the caller skips
 * disabled rules): IP version, protocol (`any` or equal), addresses (`""` or containing) and
 * port lists (`""`, `"80"`, `"1-100"`, `"80,443"`).
 *
 * @example networkAclRuleMatches({ ...rule, protocol: 'udp', destination_port: '4789' }, packet) // true for UDP to 4789
 */
export function networkAclRuleMatches(rule: NetworkAclRule, traffic: NetworkAclTraffic): boolean {
  return (
    rule.ip_version === (traffic.ethertype === 'IPv4' ? 4 : 6) &&
    protocolMatches(rule.protocol, traffic.protocol) &&
    prefixMatches(rule.source_ip_address, traffic.source_ip) &&
    prefixMatches(rule.destination_ip_address, traffic.destination_ip) &&
    portListMatches(rule.source_port, traffic.source_port) &&
    portListMatches(rule.destination_port, traffic.destination_port)
  );
}

/**
 * Decides a packet against a network ACL: no ACL or `admin_state_up: false` allows; else
 * the first enabled rule of the direction that matches decides; no match denies.
 *
 * @example evaluateNetworkAcl(acl, { direction: 'ingress', ethertype: 'IPv4', protocol: 17, source_ip: '192.168.0.27', destination_ip: '10.10.0.8', destination_port: 4789 })
 * // { allowed: true, rule: { ..., action: 'allow', protocol: 'udp', destination_port: '4789' } }
 */
export function evaluateNetworkAcl(
  acl: NetworkAcl | undefined,
  traffic: NetworkAclTraffic,
): NetworkAclVerdict {
  if (!acl || !acl.admin_state_up) return { allowed: true };
  const rules = traffic.direction === 'ingress' ? acl.ingress_rules : acl.egress_rules;
  for (const rule of rules) {
    if (rule.enabled && networkAclRuleMatches(rule, traffic))
      return { allowed: rule.action === 'allow', rule };
  }
  return { allowed: false };
}

/**
 * Where a new allow rule goes so that it decides before `blocking`, the enabled rule that now
 * denies the traffic: the id of the rule just before it, or undefined for the first place.
 * Without a blocking rule (no rule matched: the ACL's final deny), after the last rule. Why:
 * W2's fix must come before any deny rule that would block it, and no earlier than needed.
 *
 * @example insertAfterFor([allowSsh, denyAll], denyAll) // allowSsh.id
 */
export function insertAfterFor(
  rules: readonly NetworkAclRule[],
  blocking: NetworkAclRule | undefined,
): string | undefined {
  const at = blocking ? rules.findIndex((r) => r.id === blocking.id) : rules.length;
  return at > 0 ? rules[at - 1]?.id : undefined;
}
