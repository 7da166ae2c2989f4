import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSgRule } from '../model/test-fixtures';
import type { SecurityGroupRule } from '../model/types';
import { evaluateSecurityGroups, securityGroupRuleMatches } from './security-group';
import type { SecurityGroupTraffic } from './security-group';

const vxlan: SecurityGroupTraffic = {
  direction: 'ingress',
  ethertype: 'IPv4',
  protocol: 17,
  remote_ip: '192.168.0.27',
  port: 4789,
};

describe('securityGroupRuleMatches', () => {
  it.each<[Partial<SecurityGroupRule>, Partial<SecurityGroupTraffic>, boolean]>([
    [{}, {}, true],
    [{ direction: 'egress' }, {}, false],
    [{ ethertype: 'IPv6' }, {}, false],
    [{ protocol: 'udp' }, {}, true],
    [{ protocol: 'tcp' }, {}, false],
    [{ protocol: '17' }, {}, true],
    [{ multiport: '4789' }, {}, true],
    [{ multiport: '80,443' }, {}, false],
    [{ multiport: '4000-5000' }, {}, true],
    [{ multiport: '4789' }, { protocol: 1, port: undefined }, false],
    [{ remote_ip_prefix: '192.168.0.0/24' }, {}, true],
    [{ remote_ip_prefix: '192.168.1.0/24' }, {}, false],
    [{ remote_ip_prefix: '::/0', ethertype: 'IPv6' }, { ethertype: 'IPv6', remote_ip: '2001:db8::1' }, true],
  ])('rule %j, packet %j -> %s', (rule, traffic, expected) => {
    expect(securityGroupRuleMatches(makeSgRule(rule), { ...vxlan, ...traffic })).toBe(expected);
  });
});

describe('evaluateSecurityGroups', () => {
  const allow = makeSgRule({ id: 'allow', protocol: 'udp', multiport: '4789', priority: 10 });
  const deny = makeSgRule({ id: 'deny', action: 'deny', priority: 10 });

  it.each<[string, SecurityGroupRule[], string[], boolean, string | undefined]>([
    ['no rule: denied', [], ['sg-target'], false, undefined],
    ['a matching allow', [allow], ['sg-target'], true, 'allow'],
    ['rules of another group are ignored', [allow], ['sg-other'], false, undefined],
    ['deny beats allow at equal priority', [allow, deny], ['sg-target'], false, 'deny'],
    ['deny beats allow at equal priority, in any order', [deny, allow], ['sg-target'], false, 'deny'],
    ['smaller priority first', [{ ...allow, priority: 9 }, deny], ['sg-target'], true, 'allow'],
    ['a smaller-priority deny wins', [allow, { ...deny, priority: 1 }], ['sg-target'], false, 'deny'],
    [
      "rules of all the port's groups count",
      [
        { ...allow, security_group_id: 'sg-2' },
        { ...deny, security_group_id: 'sg-1', priority: 50 },
      ],
      ['sg-1', 'sg-2'],
      true,
      'allow',
    ],
  ])('%s', (_name, rules, groups, allowed, ruleId) => {
    const verdict = evaluateSecurityGroups(rules, groups, vxlan);
    expect(verdict.allowed).toBe(allowed);
    expect(verdict.rule?.id).toBe(ruleId);
  });

  /** Brute force: sort every matching rule by (priority, deny first, list order) and take the head. */
  function reference(rules: SecurityGroupRule[], groups: string[], traffic: SecurityGroupTraffic) {
    const matching = rules
      .map((rule, index) => ({ rule, index }))
      .filter(
        ({ rule }) => groups.includes(rule.security_group_id) && securityGroupRuleMatches(rule, traffic),
      )
      .sort(
        (a, b) =>
          a.rule.priority - b.rule.priority ||
          (a.rule.action === 'deny' ? 0 : 1) - (b.rule.action === 'deny' ? 0 : 1) ||
          a.index - b.index,
      );
    const head = matching[0];
    return head ? { allowed: head.rule.action === 'allow', rule: head.rule } : { allowed: false };
  }

  const ruleArb = fc.record({
    id: fc.string({ maxLength: 3 }),
    security_group_id: fc.constantFrom('sg-1', 'sg-2', 'sg-3'),
    direction: fc.constantFrom('ingress' as const, 'egress' as const),
    ethertype: fc.constantFrom('IPv4' as const, 'IPv6' as const),
    protocol: fc.constantFrom('', 'tcp', 'udp', 'icmp', 'any', '6', 'UDP'),
    multiport: fc.constantFrom('', '80', '4789', '80,443', '1000-5000', 'junk'),
    remote_ip_prefix: fc.constantFrom(
      '',
      '10.0.0.0/8',
      '192.168.0.27/32',
      '192.168.0.0/24',
      '::/0',
      '2001:db8::/32',
    ),
    action: fc.constantFrom('allow' as const, 'deny' as const),
    priority: fc.integer({ min: 1, max: 4 }),
    description: fc.constant(''),
  });
  const trafficArb = fc.record({
    direction: fc.constantFrom('ingress' as const, 'egress' as const),
    ethertype: fc.constantFrom('IPv4' as const, 'IPv6' as const),
    protocol: fc.constantFrom(1, 6, 17, 58),
    remote_ip: fc.constantFrom('10.1.2.3', '192.168.0.27', '192.168.0.99', '2001:db8::1', 'fe80::1'),
    port: fc.constantFrom(undefined, 80, 443, 4789, 22),
  });

  it('agrees with a brute-force reference', () => {
    fc.assert(
      fc.property(
        fc.array(ruleArb, { maxLength: 12 }),
        fc.subarray(['sg-1', 'sg-2', 'sg-3']),
        trafficArb,
        (rules, groups, traffic) => {
          expect(evaluateSecurityGroups(rules, groups, traffic)).toEqual(reference(rules, groups, traffic));
        },
      ),
      { numRuns: 500 },
    );
  });
});
