import { describe, expect, it } from 'vitest';
import { makeAclRule, makeInventory } from '../model/test-fixtures';
import type { NetworkAcl, NetworkAclRule } from '../model/types';
import { aclForSubnet, evaluateNetworkAcl, insertAfterFor, networkAclRuleMatches } from './network-acl';
import type { NetworkAclTraffic } from './network-acl';

const packet: NetworkAclTraffic = {
  direction: 'ingress',
  ethertype: 'IPv4',
  protocol: 17,
  source_ip: '192.168.0.27',
  destination_ip: '10.10.0.8',
  source_port: 50000,
  destination_port: 4789,
};

function acl(ingress: NetworkAclRule[], extra: Partial<NetworkAcl> = {}): NetworkAcl {
  return {
    id: 'acl',
    name: 'acl',
    admin_state_up: true,
    associations: [],
    ingress_rules: ingress,
    egress_rules: [],
    ...extra,
  };
}

describe('networkAclRuleMatches', () => {
  it.each<[Partial<NetworkAclRule>, Partial<NetworkAclTraffic>, boolean]>([
    [{}, {}, true],
    [{ ip_version: 6 }, {}, false],
    [{ protocol: 'udp' }, {}, true],
    [{ protocol: 'tcp' }, {}, false],
    [{ protocol: 'icmp' }, { protocol: 1, source_port: undefined, destination_port: undefined }, true],
    [{ source_ip_address: '192.168.0.27' }, {}, true],
    [{ source_ip_address: '192.168.0.0/24' }, {}, true],
    [{ source_ip_address: '192.168.1.0/24' }, {}, false],
    [{ destination_ip_address: '10.10.0.0/24' }, {}, true],
    [{ destination_ip_address: '10.20.0.0/24' }, {}, false],
    [{ destination_port: '4789' }, {}, true],
    [{ destination_port: '1-100' }, {}, false],
    [{ destination_port: '80,4789' }, {}, true],
    [{ source_port: '1-100' }, {}, false],
    [{ source_port: '1-100' }, { source_port: undefined }, false],
  ])('rule %j, packet %j -> %s', (rule, traffic, expected) => {
    expect(networkAclRuleMatches(makeAclRule(rule), { ...packet, ...traffic })).toBe(expected);
  });
});

describe('evaluateNetworkAcl', () => {
  const allowVxlan = makeAclRule({ id: 'vxlan', protocol: 'udp', destination_port: '4789' });
  const denyAll = makeAclRule({ id: 'deny', action: 'deny' });

  it.each<[string, NetworkAcl | undefined, boolean, string | undefined]>([
    ['no ACL allows', undefined, true, undefined],
    ['an ACL that is down allows', acl([denyAll], { admin_state_up: false }), true, undefined],
    ['no matching rule denies', acl([]), false, undefined],
    ['first match decides (allow)', acl([allowVxlan, denyAll]), true, 'vxlan'],
    ['first match decides (deny)', acl([denyAll, allowVxlan]), false, 'deny'],
    ['disabled rules are skipped', acl([{ ...denyAll, enabled: false }, allowVxlan]), true, 'vxlan'],
    ['egress rules do not apply to ingress', acl([], { egress_rules: [allowVxlan] }), false, undefined],
  ])('%s', (_name, list, allowed, ruleId) => {
    const verdict = evaluateNetworkAcl(list, packet);
    expect(verdict.allowed).toBe(allowed);
    expect(verdict.rule?.id).toBe(ruleId);
  });

  it('reads egress rules for egress packets', () => {
    expect(
      evaluateNetworkAcl(acl([], { egress_rules: [allowVxlan] }), { ...packet, direction: 'egress' }).allowed,
    ).toBe(true);
  });
});

describe('aclForSubnet', () => {
  it.each([
    ['sub-t', 'acl-t'],
    ['sub-a', undefined],
  ])('%s -> %s', (subnet, id) => {
    expect(aclForSubnet(makeInventory(), subnet)?.id).toBe(id);
  });
});

describe('insertAfterFor', () => {
  const a = makeAclRule({ id: 'a' });
  const deny = makeAclRule({ id: 'deny', action: 'deny' });
  const c = makeAclRule({ id: 'c' });
  it.each<[string, NetworkAclRule[], NetworkAclRule | undefined, string | undefined]>([
    ['just before the blocking rule', [a, deny, c], deny, 'a'],
    ['first when the blocking rule is first', [deny, a, c], deny, undefined],
    ['after the last rule when none matched (the final deny)', [a, c], undefined, 'c'],
    ['first in an ACL without rules', [], undefined, undefined],
  ])('%s', (_case, rules, blocking, expected) => {
    expect(insertAfterFor(rules, blocking)).toBe(expected);
  });
});
