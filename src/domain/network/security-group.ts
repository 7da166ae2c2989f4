/**
 * Security-group evaluation with Huawei VPC v3 semantics: the rules of all the port's
 * groups together; smaller priority first; at equal priority `deny` beats `allow`; a packet
 * that no rule matches is denied.
 */
import type { Direction, Ethertype, SecurityGroupRule } from '../model/types';
import { portListMatches, prefixMatches, protocolMatches } from './match-helpers';

/** A packet as a security group sees it, from the port's point of view. */
export interface SecurityGroupTraffic {
  direction: Direction;
  ethertype: Ethertype;
  /** IP protocol number: 6 TCP, 17 UDP, 1 ICMP, 58 ICMPv6. */
  protocol: number;
  /** The far end: the packet's source for ingress, its destination for egress. */
  remote_ip: string;
  /** The port on this side's service: destination port for ingress. Absent for ICMP. */
  port?: number;
}

export interface SecurityGroupVerdict {
  allowed: boolean;
  /** The deciding rule; absent when no rule matched (denied by default). */
  rule?: SecurityGroupRule;
}

/**
 * Whether one rule matches a packet: same direction and ethertype, protocol `""` or equal,
 * port list `""` or containing the port, remote prefix `""` or containing the remote IP.
 *
 * @example securityGroupRuleMatches({ ...rule, protocol: 'udp', multiport: '4789' }, { direction: 'ingress', ethertype: 'IPv4', protocol: 17, remote_ip: '192.168.0.27', port: 4789 }) // true
 */
export function securityGroupRuleMatches(rule: SecurityGroupRule, traffic: SecurityGroupTraffic): boolean {
  return (
    rule.direction === traffic.direction &&
    rule.ethertype === traffic.ethertype &&
    protocolMatches(rule.protocol, traffic.protocol) &&
    portListMatches(rule.multiport, traffic.port) &&
    prefixMatches(rule.remote_ip_prefix, traffic.remote_ip)
  );
}

/**
 * Decides a packet against the security groups `groupIds` of a port. Among the matching
 * rules of those groups the smallest priority wins, and at equal priority a `deny` rule
 * beats an `allow` one (the first in list order is reported); no match means denied.
 * Statefulness (replies to allowed connections) is the caller's business.
 *
 * @example evaluateSecurityGroups(rules, ['sg-target'], { direction: 'ingress', ethertype: 'IPv4', protocol: 17, remote_ip: '192.168.0.27', port: 4789 })
 * // { allowed: true, rule: { ..., protocol: 'udp', multiport: '4789', action: 'allow' } }
 */
export function evaluateSecurityGroups(
  rules: readonly SecurityGroupRule[],
  groupIds: readonly string[],
  traffic: SecurityGroupTraffic,
): SecurityGroupVerdict {
  const groups = new Set(groupIds);
  let best: SecurityGroupRule | undefined;
  for (const rule of rules) {
    if (!groups.has(rule.security_group_id) || !securityGroupRuleMatches(rule, traffic)) continue;
    if (
      best === undefined ||
      rule.priority < best.priority ||
      (rule.priority === best.priority && rule.action === 'deny' && best.action === 'allow')
    ) {
      best = rule;
    }
  }
  return best === undefined ? { allowed: false } : { allowed: best.action === 'allow', rule: best };
}
