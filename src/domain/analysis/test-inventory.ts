/**
 * An inventory around one mirror source `eni-1` for the tests of the packets a source
 * carries: its addresses, security group rules and subnet network ACL, built by hand or at
 * random from small pools that overlap the packet pools of `test-arbitraries`.
 */
import fc from 'fast-check';
import type { Inventory, NetworkAclRule, Port, SecurityGroupRule } from '../model/types';
import { EMPTY_INVENTORY } from '../network/inventory-lookup';
import { makeAclRule, makePort, makeSgRule } from '../model/test-fixtures';

/** A port on subnet `subnet-1` in security group `sg-1`. */
export function testPort(id: string, addresses: string[], groups = ['sg-1']): Port {
  const ips = addresses.map((ip): [string, string] => ['subnet-1', ip]);
  return makePort(id, `ecs-${id}`, ips, { name: `${id}-name`, security_groups: groups, mtu: 1500 });
}

/** An inbound IPv4 rule of `sg-1` allowing everything, unless told otherwise. */
export function testSgRule(id: string, fields: Partial<SecurityGroupRule> = {}): SecurityGroupRule {
  return makeSgRule({ id, security_group_id: 'sg-1', ...fields });
}

/** An IPv4 ACL rule allowing everything, unless told otherwise. */
export function testAclRule(id: string, fields: Partial<NetworkAclRule> = {}): NetworkAclRule {
  return makeAclRule({ id, name: id, ...fields });
}

/** Ports, security group `sg-1` with its rules, and ACL `acl-1` on `subnet-1` (none when `acl` is null). */
export function testInventory(
  ports: Port[],
  sgRules: SecurityGroupRule[],
  acl: NetworkAclRule[] | null,
): Inventory {
  return {
    ...EMPTY_INVENTORY,
    ports,
    security_groups: [{ id: 'sg-1', name: 'sg-web', description: '' }],
    security_group_rules: sgRules,
    network_acls: acl
      ? [
          {
            id: 'acl-1',
            name: 'acl-web',
            admin_state_up: true,
            associations: [{ virsubnet_id: 'subnet-1' }],
            ingress_rules: acl,
            egress_rules: [],
          },
        ]
      : [],
    subnets: [
      {
        id: 'subnet-1',
        name: 'subnet-1',
        cidr: '10.0.0.0/16',
        vpc_id: 'vpc-1',
        gateway_ip: '10.0.0.1',
        availability_zone: 'az1',
        ipv6_enable: true,
        cidr_v6: '2001:db8::/64',
      },
    ],
  };
}

const PREFIXES = ['', '', '10.0.0.0/24', '10.0.0.3', '172.16.0.0/24', '0.0.0.0/1', '10.0.1.5/32', 'junk'];
const V6_PREFIXES = ['', '2001:db8::/32', '::/0', 'fd00::1'];
const PORT_LISTS = ['', '', '80', '443', '80,443', '1-1024', '1000-2000', '22', 'x'];
const PROTOCOLS = ['', 'tcp', 'udp', 'icmp', 'TCP', '6', '47', 'any'];
const ACL_PROTOCOLS = ['any', 'any', 'tcp', 'udp', 'icmp', 'icmpv6'] as const;

const sgRuleArb = fc.record({
  v6: fc.boolean(),
  protocol: fc.constantFrom(...PROTOCOLS),
  multiport: fc.constantFrom(...PORT_LISTS),
  prefix: fc.nat(),
  action: fc.constantFrom('allow' as const, 'allow' as const, 'deny' as const),
  priority: fc.integer({ min: 1, max: 3 }),
  direction: fc.constantFrom('ingress' as const, 'ingress' as const, 'egress' as const),
});

const aclRuleArb = fc.record({
  v6: fc.boolean(),
  protocol: fc.constantFrom(...ACL_PROTOCOLS),
  source: fc.constantFrom(...PREFIXES),
  destination: fc.constantFrom('', '', '10.0.0.3', '10.0.0.0/25', '10.0.0.128/25'),
  sourcePort: fc.constantFrom(...PORT_LISTS),
  destinationPort: fc.constantFrom(...PORT_LISTS),
  action: fc.constantFrom('allow' as const, 'allow' as const, 'deny' as const),
  enabled: fc.constantFrom(true, true, true, false),
});

/** `eni-1` with one or two addresses, random security group rules and, mostly, a random ACL. */
export const sourceInventoryArb: fc.Arbitrary<Inventory> = fc
  .record({
    address: fc.constantFrom('10.0.0.3', '10.0.0.1', '10.0.0.128', '172.16.0.8'),
    v6: fc.option(fc.constantFrom('2001:db8::1', 'fd00::1')),
    sg: fc.array(sgRuleArb, { maxLength: 5 }),
    acl: fc.option(fc.array(aclRuleArb, { maxLength: 4 }), { freq: 4 }),
  })
  .map(({ address, v6, sg, acl }) => {
    const sgRules = sg.map((r, i) =>
      testSgRule(`sg-rule-${i}`, {
        ethertype: r.v6 ? 'IPv6' : 'IPv4',
        protocol: r.protocol,
        multiport: r.multiport,
        remote_ip_prefix: r.v6
          ? V6_PREFIXES[r.prefix % V6_PREFIXES.length]!
          : PREFIXES[r.prefix % PREFIXES.length]!,
        action: r.action,
        priority: r.priority,
        direction: r.direction,
      }),
    );
    const aclRules = acl?.map((r, i) =>
      testAclRule(`acl-rule-${i}`, {
        ip_version: r.v6 ? 6 : 4,
        protocol: r.protocol,
        source_ip_address: r.v6 ? '' : r.source,
        destination_ip_address: r.v6 ? '' : r.destination,
        source_port: r.sourcePort,
        destination_port: r.destinationPort,
        action: r.action,
        enabled: r.enabled,
      }),
    );
    const addresses = v6 ? [address, v6] : [address];
    return testInventory([testPort('eni-1', addresses)], sgRules, aclRules ?? null);
  });
