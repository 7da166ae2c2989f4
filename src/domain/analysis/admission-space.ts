/**
 * The inbound packets that a source's subnet network ACL and security groups let in (docs/behaviour.md,
 * "Which packets are copied" step 1), as exact box sets: the same evaluation as the matcher's `admit`, over
 * every packet at once, so that example packets and findings agree with the packet tester.
 * Replies to connections the source opened pass its stateful security group; these sets
 * leave them out (an example packet is never a reply).
 */
import type { Inventory, NetworkAcl, NetworkAclRule, Port, SecurityGroupRule } from '../model/types';
import { parseCidr, parseIp } from '../net/address';
import { protocolNumberOf } from '../net/protocols';
import { parsePortList } from '../network/match-helpers';
import { aclForSubnet } from '../network/network-acl';
import { portSubnet } from '../network/inventory-lookup';
import { compact, intersect, type BoxSet, type Dims, type Family, type Interval } from './box-set';
import { firstMatch } from './first-match';
import { maxAddress, packetSpace, protocolAxis, wordsToBigint } from './rule-space';

const ANY_PORT: Interval = [-1n, 65535n];

/** The protocol axis interval of a security-group or ACL protocol, as `protocolMatches` reads it. */
function protocolInterval(text: string): Interval | null {
  const lower = text.toLowerCase();
  if (lower === '' || lower === 'any') return [0n, 255n];
  const number = protocolNumberOf(lower) ?? (/^[0-9]{1,3}$/.test(lower) ? Number(lower) : 256);
  if (number > 255) return null;
  const place = protocolAxis(number);
  return [place, place];
}

/** The addresses of a family a prefix covers, as `prefixMatches` reads it (a bare address is a host). */
function prefixInterval(prefix: string, family: Family): Interval | null {
  if (prefix === '') return [0n, maxAddress(family)];
  const bare = parseIp(prefix);
  const cidr = parseCidr(bare ? `${prefix}/${bare.family === 4 ? 32 : 128}` : prefix);
  if (!cidr || cidr.family !== family) return null;
  const low = wordsToBigint(cidr.words);
  return [low, low + (1n << BigInt((family === 4 ? 32 : 128) - cidr.prefix)) - 1n];
}

/** The ports of a port list, as `portListMatches` reads it: `""` is every port and none. */
function portIntervals(list: string): Interval[] {
  if (list === '') return [ANY_PORT];
  return (parsePortList(list) ?? []).map((r): Interval => [BigInt(r.from), BigInt(r.to)]);
}

/** The well-formed packets of a family whose fields lie in the given intervals. */
function space(family: Family, parts: (Interval | null)[], sourcePorts: Interval[], ports: Interval[]) {
  if (parts.some((part) => part === null)) return [];
  const [protocol, source, destination] = parts as Interval[];
  const boxes = sourcePorts.flatMap((from) =>
    ports.map((to) => ({ family, dims: [protocol, source, destination, from, to] as unknown as Dims })),
  );
  return intersect(packetSpace(family), boxes);
}

function securityGroupSpace(rule: SecurityGroupRule, family: Family): BoxSet {
  if (rule.direction !== 'ingress' || rule.ethertype !== (family === 4 ? 'IPv4' : 'IPv6')) return [];
  const parts = [
    protocolInterval(rule.protocol),
    prefixInterval(rule.remote_ip_prefix, family),
    [0n, maxAddress(family)] as Interval,
  ];
  return space(family, parts, [ANY_PORT], portIntervals(rule.multiport));
}

function aclRuleSpace(rule: NetworkAclRule, family: Family): BoxSet {
  if (!rule.enabled || rule.ip_version !== family) return [];
  const parts = [
    protocolInterval(rule.protocol),
    prefixInterval(rule.source_ip_address, family),
    prefixInterval(rule.destination_ip_address, family),
  ];
  return space(family, parts, portIntervals(rule.source_port), portIntervals(rule.destination_port));
}

/** The packets that first-match deciders with an `allow` action decide. */
function allowed<T extends { action: string }>(items: readonly T[], spaceOf: (item: T) => BoxSet): BoxSet {
  const { decisions } = firstMatch(items.map((item) => ({ item, space: spaceOf(item) })));
  return compact(decisions.filter((d) => d.item.action === 'allow').flatMap((d) => d.decided));
}

const everything = (): BoxSet => [...packetSpace(4), ...packetSpace(6)];

/**
 * The inbound packets a network ACL lets in: every packet without an ACL or when it is
 * administratively down; else those whose first matching enabled rule allows them.
 *
 * @example aclAdmitted(undefined).length // 4: every packet of both families
 */
export function aclAdmitted(acl: NetworkAcl | undefined): BoxSet {
  if (!acl || !acl.admin_state_up) return everything();
  return ([4, 6] as const).flatMap((family) => allowed(acl.ingress_rules, (r) => aclRuleSpace(r, family)));
}

/**
 * The inbound packets (not replies) that the security groups `groupIds` let in: among the
 * matching rules the smallest priority decides, `deny` first at equal priority; no match
 * denies. No group at all lets everything in, as in `admit`.
 *
 * @example securityGroupAdmitted(rules, []).length // 4: every packet of both families
 */
export function securityGroupAdmitted(
  rules: readonly SecurityGroupRule[],
  groupIds: readonly string[],
): BoxSet {
  if (groupIds.length === 0) return everything();
  const groups = new Set(groupIds);
  // Sorted so that the first match is the rule `evaluateSecurityGroups` picks.
  const ordered = rules
    .filter((r) => groups.has(r.security_group_id))
    .map((rule, index) => ({ rule, index }))
    .sort(
      (a, b) =>
        a.rule.priority - b.rule.priority ||
        Number(a.rule.action !== 'deny') - Number(b.rule.action !== 'deny') ||
        a.index - b.index,
    )
    .map((entry) => entry.rule);
  return ([4, 6] as const).flatMap((family) => allowed(ordered, (r) => securityGroupSpace(r, family)));
}

/** What step 1 lets in for one source: past its subnet's ACL, and past its security groups too. */
export interface SourceAdmission {
  acl: NetworkAcl | undefined;
  /** Packets its subnet's network ACL lets in. */
  pastAcl: BoxSet;
  /** Packets its security groups let in (not counting replies). */
  pastSecurityGroup: BoxSet;
}

/**
 * The inbound packets the port's subnet ACL and its security groups let in.
 *
 * @example intersect(own, sourceAdmission(inventory, port).pastAcl) // the port's packets past its ACL
 */
export function sourceAdmission(inventory: Inventory, port: Port): SourceAdmission {
  const subnet = portSubnet(inventory, port);
  const acl = subnet && aclForSubnet(inventory, subnet.id);
  return {
    acl,
    pastAcl: aclAdmitted(acl),
    pastSecurityGroup: securityGroupAdmitted(inventory.security_group_rules, port.security_groups),
  };
}
