/** docs/behaviour.md, "Which packets are copied", steps 2-6, one table per step (step 1 is in inventory-steps.test.ts). */
import { english } from '@/components/results/test-english';
import { describe, expect, it } from 'vitest';
import type { MirrorConfig, TrafficMirrorFilterRule } from '../model/types';
import { describeConditionFailure } from './conditions';
import { compileConfig } from './compile-config';
import { evaluatePacket } from './evaluate-packet';
import { makeFilter, makeRule, makeSession } from './fixtures';
import { referenceEvaluate } from './reference-evaluate';
import type { MirrorPacket } from './types';

const packet: MirrorPacket = {
  source: 'eni-1',
  direction: 'ingress',
  ethertype: 'IPv4',
  protocol: 'TCP',
  source_ip: '10.0.0.9',
  destination_ip: '10.1.0.1',
  source_port: 1234,
  destination_port: 80,
};

/** Evaluates with all three implementations and checks they agree on the verdict. */
function evaluateAll(config: MirrorConfig, p: MirrorPacket) {
  const verdict = evaluatePacket(config, p);
  const { trace: _trace, ...core } = verdict;
  expect(compileConfig(config).evaluate(p)).toEqual(core);
  const { session: _session, ...reference } = referenceEvaluate(config, p);
  expect(reference).toEqual(core);
  return verdict;
}

function oneRule(rule: Partial<TrafficMirrorFilterRule>): MirrorConfig {
  return {
    sessions: [makeSession({ id: 's1', traffic_mirror_sources: ['eni-1'] })],
    filters: [makeFilter('filter-1', [makeRule({ id: 'r1', ...rule })])],
  };
}

describe('step 2: sessions of the source', () => {
  it('a packet on an ENI no session lists is NOT_A_SOURCE', () => {
    const verdict = evaluateAll(oneRule({}), { ...packet, source: 'eni-9' });
    expect(verdict).toMatchObject({ reason: 'NOT_A_SOURCE', mirrored: false, session_id: null, trace: [] });
  });

  it('when every session is disabled: NO_ENABLED_SESSION, each noted as skipped', () => {
    const config: MirrorConfig = {
      sessions: [
        makeSession({ id: 's2', priority: 2, enabled: false, traffic_mirror_sources: ['eni-1'] }),
        makeSession({ id: 's1', priority: 1, enabled: false, traffic_mirror_sources: ['eni-1'] }),
      ],
      filters: [makeFilter('filter-1', [makeRule({ id: 'r1' })])],
    };
    const verdict = evaluateAll(config, packet);
    expect(verdict.reason).toBe('NO_ENABLED_SESSION');
    expect(verdict.trace.map((s) => [s.session_id, s.skipped, s.rules.length])).toEqual([
      ['s1', 'disabled', 0],
      ['s2', 'disabled', 0],
    ]);
  });

  it('a disabled session is skipped and the next one decides', () => {
    const config: MirrorConfig = {
      sessions: [
        makeSession({
          id: 's1',
          priority: 1,
          enabled: false,
          traffic_mirror_sources: ['eni-1'],
          traffic_mirror_target_id: 't1',
        }),
        makeSession({
          id: 's2',
          priority: 2,
          traffic_mirror_sources: ['eni-1', 'eni-2'],
          traffic_mirror_target_id: 't2',
        }),
      ],
      filters: [makeFilter('filter-1', [makeRule({ id: 'r1' })])],
    };
    const verdict = evaluateAll(config, packet);
    expect(verdict).toMatchObject({
      reason: 'ACCEPTED',
      session_id: 's2',
      target_id: 't2',
      target_type: 'eni',
    });
    expect(verdict.trace.map((s) => s.skipped)).toEqual(['disabled', null]);
  });
});

describe('step 3: session order', () => {
  const session = (id: string, priority: number, created_at: string, target: string) =>
    makeSession({
      id,
      priority,
      created_at,
      traffic_mirror_sources: ['eni-1'],
      traffic_mirror_target_id: target,
    });
  it.each([
    [
      'smaller priority first',
      [session('s1', 3, '2024-01-01T00:00:00Z', 'a'), session('s2', 2, '2024-06-01T00:00:00Z', 'b')],
      's2',
    ],
    [
      'equal priority: older first',
      [session('s1', 1, '2024-06-01T00:00:00Z', 'a'), session('s2', 1, '2024-01-01T00:00:00Z', 'b')],
      's2',
    ],
    [
      'equal priority and time: smaller id first',
      [session('s9', 1, '2024-01-01T00:00:00Z', 'a'), session('s10', 1, '2024-01-01T00:00:00Z', 'b')],
      's10',
    ],
  ])('%s', (_name, sessions, winner) => {
    const config = { sessions, filters: [makeFilter('filter-1', [makeRule({ id: 'r1' })])] };
    expect(evaluateAll(config, packet).session_id).toBe(winner);
  });
});

describe('step 4: rules of the direction, first that holds decides', () => {
  it('uses only the rules of the packet direction', () => {
    const config = oneRule({ direction: 'egress' });
    expect(evaluateAll(config, packet).reason).toBe('NO_MATCH');
    expect(evaluateAll(config, { ...packet, direction: 'egress' }).reason).toBe('ACCEPTED');
  });

  it('sorts rules by priority even when the filter lists them otherwise, and stops at the first', () => {
    const config: MirrorConfig = {
      sessions: [makeSession({ id: 's1', traffic_mirror_sources: ['eni-1'] })],
      filters: [
        makeFilter('filter-1', [
          makeRule({ id: 'r3', priority: 30, action: 'accept' }),
          makeRule({ id: 'r1', priority: 10, protocol: 'UDP' }),
          makeRule({ id: 'r2', priority: 20, action: 'reject' }),
        ]),
      ],
    };
    const verdict = evaluateAll(config, packet);
    expect(verdict).toMatchObject({ reason: 'REJECTED', rule_id: 'r2', target_id: null, mirrored: false });
    expect(verdict.trace[0]?.rules.map((r) => [r.rule_id, r.held])).toEqual([
      ['r1', false],
      ['r2', true],
    ]);
  });

  it.each<[string, Partial<TrafficMirrorFilterRule>, Partial<MirrorPacket>, boolean]>([
    ['protocol compared case-blind', { protocol: 'tcp' }, {}, true],
    ['protocol number against a name', { protocol: 'Tcp' }, { protocol: 6 }, true],
    ['ALL matches any protocol number', { protocol: 'all' }, { protocol: 47 }, true],
    ['ICMP rule, ICMP packet', { protocol: 'ICMP' }, { protocol: 'ICMP' }, true],
    [
      'ICMPV6 rule, ICMPv6 packet',
      { protocol: 'ICMPV6', ethertype: 'IPv6' },
      { protocol: 58, ethertype: 'IPv6', source_ip: '::1', destination_ip: '::2' },
      true,
    ],
    ['ethertype must equal', { ethertype: 'IPv6' }, {}, false],
    [
      'empty CIDR means any',
      { source_cidr_block: '', destination_cidr_block: '' },
      { source_ip: '203.0.113.1' },
      true,
    ],
    ['CIDR with host bits is its network', { source_cidr_block: '10.0.0.200/24' }, {}, true],
    [
      'IPv6 CIDR holds',
      { ethertype: 'IPv6', destination_cidr_block: '2001:db8::/32' },
      { ethertype: 'IPv6', source_ip: 'fe80::1', destination_ip: '2001:db8:1::5' },
      true,
    ],
    [
      'IPv6 CIDR does not hold',
      { ethertype: 'IPv6', destination_cidr_block: '2001:db8::/32' },
      { ethertype: 'IPv6', source_ip: 'fe80::1', destination_ip: '2001:db9::5' },
      false,
    ],
    ['port range lower end included', { protocol: 'TCP', destination_port_range: '80-90' }, {}, true],
    ['port range upper end included', { protocol: 'TCP', destination_port_range: '70-80' }, {}, true],
    ['port range excludes the next port', { protocol: 'TCP', destination_port_range: '81-90' }, {}, false],
    [
      'a port range never matches ICMP',
      { protocol: 'ALL', destination_port_range: '1-65535' },
      { protocol: 'ICMP' },
      false,
    ],
    [
      'a port range never matches a TCP packet without ports',
      { protocol: 'TCP', source_port_range: '1-65535' },
      { source_port: undefined },
      false,
    ],
    [
      'ports given with ICMP are ignored',
      { protocol: 'ALL', destination_port_range: '80-80' },
      { protocol: 1 },
      false,
    ],
    ['a malformed CIDR never holds', { source_cidr_block: '010.0.0.0/8' }, {}, false],
    ['a CIDR of the other family never holds', { source_cidr_block: '::/0' }, {}, false],
    ['a malformed port range never holds', { protocol: 'TCP', destination_port_range: '80' }, {}, false],
    ['an unknown protocol never holds', { protocol: 'GRE' }, { protocol: 47 }, false],
    [
      'a packet address that does not parse is in no CIDR',
      { source_cidr_block: '0.0.0.0/0' },
      { source_ip: 'nonsense' },
      false,
    ],
    ['a packet address that does not parse is still any', {}, { source_ip: 'nonsense' }, true],
  ])('%s', (_name, rule, change, held) => {
    expect(evaluateAll(oneRule(rule), { ...packet, ...change }).reason).toBe(held ? 'ACCEPTED' : 'NO_MATCH');
  });
});

describe('trace: the first condition that failed', () => {
  it.each<
    [string, Partial<TrafficMirrorFilterRule>, Partial<MirrorPacket>, [string, string, string | null], string]
  >([
    [
      'ethertype before everything',
      { ethertype: 'IPv6', protocol: 'UDP' },
      {},
      ['ethertype', 'IPv6', 'IPv4'],
      'Type: the rule wants IPv6, the packet is IPv4.',
    ],
    [
      'protocol before addresses',
      { protocol: 'UDP', source_cidr_block: '1.0.0.0/8' },
      {},
      ['protocol', 'UDP', 'TCP'],
      'Protocol: the rule wants UDP, the packet is TCP.',
    ],
    [
      'source before destination',
      { source_cidr_block: '1.0.0.0/8', destination_cidr_block: '2.0.0.0/8' },
      {},
      ['source_cidr_block', '1.0.0.0/8', '10.0.0.9'],
      "Source: the packet's 10.0.0.9 is not in 1.0.0.0/8.",
    ],
    [
      'destination before ports',
      { destination_cidr_block: '2.0.0.0/8', source_port_range: '1-2' },
      {},
      ['destination_cidr_block', '2.0.0.0/8', '10.1.0.1'],
      "Destination: the packet's 10.1.0.1 is not in 2.0.0.0/8.",
    ],
    [
      'source ports before destination ports',
      { source_port_range: '1-2', destination_port_range: '1-2' },
      {},
      ['source_port_range', '1-2', '1234'],
      "Source port range: the packet's 1234 is not in 1-2.",
    ],
    [
      'no ports on the packet',
      { destination_port_range: '1-2' },
      { protocol: 'ICMP' },
      ['destination_port_range', '1-2', null],
      'Destination port range: the rule wants ports 1-2, and the packet has no ports (only TCP and UDP have).',
    ],
    [
      'malformed block',
      { source_cidr_block: '10.1/16' },
      {},
      ['source_cidr_block', '10.1/16', '10.0.0.9'],
      "Source: the rule's 10.1/16 is not a valid CIDR block, so the rule matches nothing.",
    ],
  ])('%s', (_name, rule, change, [field, ruleValue, packetValue], sentence) => {
    const failed = evaluateAll(oneRule(rule), { ...packet, ...change }).trace[0]?.rules[0]?.failed;
    expect(failed).toEqual({ field, rule_value: ruleValue, packet_value: packetValue });
    expect(failed && english(describeConditionFailure(failed))).toBe(sentence);
  });
});

describe('steps 5 and 6: fall-through and NO_MATCH', () => {
  const twoSessions = (secondRule: Partial<TrafficMirrorFilterRule>): MirrorConfig => ({
    sessions: [
      makeSession({
        id: 's1',
        priority: 1,
        traffic_mirror_sources: ['eni-1'],
        traffic_mirror_filter_id: 'f1',
      }),
      makeSession({
        id: 's2',
        priority: 2,
        traffic_mirror_sources: ['eni-1'],
        traffic_mirror_filter_id: 'f2',
        traffic_mirror_target_id: 'lb',
        traffic_mirror_target_type: 'elb',
      }),
    ],
    filters: [
      makeFilter('f1', [makeRule({ id: 'r1', protocol: 'UDP' })]),
      makeFilter('f2', [makeRule({ id: 'r2', ...secondRule })]),
    ],
  });

  it('no rule of session 1 holds: session 2 decides', () => {
    expect(evaluateAll(twoSessions({}), packet)).toMatchObject({
      reason: 'ACCEPTED',
      session_id: 's2',
      target_id: 'lb',
      target_type: 'elb',
    });
  });

  it('a reject in session 1 stops before session 2', () => {
    const config = twoSessions({});
    config.filters[0] = makeFilter('f1', [makeRule({ id: 'r1', action: 'reject' })]);
    expect(evaluateAll(config, packet)).toMatchObject({ reason: 'REJECTED', session_id: 's1' });
  });

  it('no rule of any session holds: NO_MATCH, every session in the trace', () => {
    const verdict = evaluateAll(twoSessions({ protocol: 'ICMP' }), packet);
    expect(verdict).toMatchObject({ reason: 'NO_MATCH', session_id: null, rule_id: null });
    expect(verdict.trace.map((s) => [s.session_id, s.decided, s.rules.length])).toEqual([
      ['s1', false, 1],
      ['s2', false, 1],
    ]);
  });

  it('a session whose filter is missing has no rules', () => {
    const config: MirrorConfig = {
      sessions: [
        makeSession({ id: 's1', traffic_mirror_sources: ['eni-1'], traffic_mirror_filter_id: 'gone' }),
      ],
      filters: [],
    };
    const verdict = evaluateAll(config, packet);
    expect(verdict.reason).toBe('NO_MATCH');
    expect(verdict.trace[0]).toMatchObject({ filter_missing: true, rules: [] });
  });

  it('a filter without rules in the direction copies nothing (W4)', () => {
    expect(evaluateAll(oneRule({ direction: 'egress' }), packet).reason).toBe('NO_MATCH');
  });
});
