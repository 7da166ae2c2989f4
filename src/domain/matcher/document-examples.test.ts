/**
 * The examples of the product document (seed/traffic-mirroring-overview.txt): Table 1's four
 * packets through the Figure 1 session whose filter holds Table 2's rules, Figure 2 (session
 * priority, fall-through) and Figure 3 (rule priority, reject first).
 */
import { describe, expect, it } from 'vitest';
import type { MirrorConfig } from '../model/types';
import { compileConfig } from './compile-config';
import { evaluatePacket } from './evaluate-packet';
import { makeFilter, makeRule, makeSession } from './fixtures';
import { referenceEvaluate } from './reference-evaluate';
import type { MirrorPacket } from './types';

/** Table 2: the filter of the Figure 1 session. */
const table2 = makeFilter('filter-fig1', [
  makeRule({
    id: 'rule-in-1',
    direction: 'ingress',
    priority: 1,
    protocol: 'TCP',
    action: 'accept',
    ethertype: 'IPv4',
    source_cidr_block: '172.16.0.0/24',
    source_port_range: '10000-10001',
    destination_cidr_block: '10.0.0.3/32',
    destination_port_range: '80-80',
  }),
  makeRule({
    id: 'rule-out-1',
    direction: 'egress',
    priority: 1,
    protocol: 'All',
    action: 'reject',
    ethertype: 'IPv4',
    source_cidr_block: '192.168.0.0/24',
    destination_cidr_block: '10.2.0.0/24',
  }),
]);

/** Figure 1: one session, sources network interface-B and -C, target a load balancer. */
const figure1: MirrorConfig = {
  sessions: [
    makeSession({
      id: 'session-fig1',
      traffic_mirror_sources: ['eni-b', 'eni-c'],
      traffic_mirror_filter_id: 'filter-fig1',
      traffic_mirror_target_id: 'elb-1',
      traffic_mirror_target_type: 'elb',
    }),
  ],
  filters: [table2],
};

// ECS-B 192.168.0.10 talks to ECS-A 10.2.0.5; a client on the Internet side (172.16.0.8)
// reaches ECS-C 10.0.0.3 on port 80.
const tcp = (fields: Omit<MirrorPacket, 'ethertype' | 'protocol'>): MirrorPacket => ({
  ethertype: 'IPv4',
  protocol: 'TCP',
  ...fields,
});
const packet01 = tcp({
  source: 'eni-b',
  direction: 'egress',
  source_ip: '192.168.0.10',
  destination_ip: '10.2.0.5',
  source_port: 40000,
  destination_port: 80,
});
const packet02 = tcp({
  source: 'eni-b',
  direction: 'ingress',
  source_ip: '10.2.0.5',
  destination_ip: '192.168.0.10',
  source_port: 80,
  destination_port: 40000,
});
const packet03 = tcp({
  source: 'eni-c',
  direction: 'ingress',
  source_ip: '172.16.0.8',
  destination_ip: '10.0.0.3',
  source_port: 10000,
  destination_port: 80,
});
const packet04 = tcp({
  source: 'eni-c',
  direction: 'egress',
  source_ip: '10.0.0.3',
  destination_ip: '172.16.0.8',
  source_port: 80,
  destination_port: 10000,
});

describe('Table 1 packets through the Figure 1 session with Table 2 rules', () => {
  it.each([
    ['request 01, B outbound: Table 2 outbound reject holds', packet01, 'REJECTED', 'rule-out-1', null],
    ['response 02, B inbound: not from 172.16.0.0/24', packet02, 'NO_MATCH', null, null],
    ['request 03, C inbound: Table 2 inbound accept holds', packet03, 'ACCEPTED', 'rule-in-1', 'elb-1'],
    ['response 04, C outbound: not 192.168.0.0/24 to 10.2.0.0/24', packet04, 'NO_MATCH', null, null],
  ] as const)('%s', (_name, packet, reason, ruleId, targetId) => {
    const verdict = evaluatePacket(figure1, packet);
    expect(verdict).toMatchObject({
      reason,
      rule_id: ruleId,
      target_id: targetId,
      mirrored: reason === 'ACCEPTED',
    });
    expect(compileConfig(figure1).evaluate(packet)).toMatchObject({
      reason,
      rule_id: ruleId,
      target_id: targetId,
    });
    expect(referenceEvaluate(figure1, packet).reason).toBe(reason);
  });

  it('names the first failing condition of packet 02', () => {
    expect(evaluatePacket(figure1, packet02).trace).toEqual([
      {
        session_id: 'session-fig1',
        session_name: 'session-fig1',
        priority: 1,
        filter_id: 'filter-fig1',
        skipped: null,
        filter_missing: false,
        decided: false,
        rules: [
          {
            rule_id: 'rule-in-1',
            priority: 1,
            action: 'accept',
            held: false,
            failed: { field: 'source_cidr_block', rule_value: '172.16.0.0/24', packet_value: '10.2.0.5' },
          },
        ],
      },
    ]);
  });

  it.each([
    ['source port 10001 (upper end, inclusive)', { source_port: 10001 }, 'ACCEPTED', null],
    ['source port 10002', { source_port: 10002 }, 'NO_MATCH', ['source_port_range', '10000-10001', '10002']],
    ['source port 9999', { source_port: 9999 }, 'NO_MATCH', ['source_port_range', '10000-10001', '9999']],
    ['destination port 81', { destination_port: 81 }, 'NO_MATCH', ['destination_port_range', '80-80', '81']],
    [
      'destination 10.0.0.4',
      { destination_ip: '10.0.0.4' },
      'NO_MATCH',
      ['destination_cidr_block', '10.0.0.3/32', '10.0.0.4'],
    ],
    [
      'source 172.16.1.8',
      { source_ip: '172.16.1.8' },
      'NO_MATCH',
      ['source_cidr_block', '172.16.0.0/24', '172.16.1.8'],
    ],
    ['UDP', { protocol: 'UDP' }, 'NO_MATCH', ['protocol', 'TCP', 'UDP']],
    ['protocol number 6', { protocol: 6 }, 'ACCEPTED', null],
  ] as const)('packet 03 with %s', (_name, change, reason, failed) => {
    const verdict = evaluatePacket(figure1, { ...packet03, ...change });
    expect(verdict.reason).toBe(reason);
    const rule = verdict.trace[0]?.rules[0];
    if (failed)
      expect(rule?.failed).toEqual({ field: failed[0], rule_value: failed[1], packet_value: failed[2] });
    else expect(rule).toMatchObject({ held: true });
  });

  it('the outbound reject holds for any protocol and port (All)', () => {
    const icmp: MirrorPacket = {
      ...packet01,
      protocol: 'ICMP',
      source_port: undefined,
      destination_port: undefined,
    };
    expect(evaluatePacket(figure1, icmp)).toMatchObject({
      reason: 'REJECTED',
      rule_id: 'rule-out-1',
      mirrored: false,
    });
  });
});

describe('Figure 2: sessions in priority order, falling through', () => {
  const config: MirrorConfig = {
    sessions: [
      makeSession({
        id: 'session-b',
        priority: 2,
        traffic_mirror_sources: ['eni-1'],
        traffic_mirror_filter_id: 'filter-b',
        traffic_mirror_target_id: 'target-b',
      }),
      makeSession({
        id: 'session-a',
        priority: 1,
        traffic_mirror_sources: ['eni-1'],
        traffic_mirror_filter_id: 'filter-a',
        traffic_mirror_target_id: 'target-a',
      }),
    ],
    filters: [
      makeFilter('filter-a', [makeRule({ id: 'rule-a', protocol: 'TCP', destination_port_range: '80-80' })]),
      makeFilter('filter-b', [makeRule({ id: 'rule-b', protocol: 'ALL' })]),
    ],
  };
  const base: MirrorPacket = {
    source: 'eni-1',
    direction: 'ingress',
    ethertype: 'IPv4',
    protocol: 'TCP',
    source_ip: '10.0.0.9',
    destination_ip: '10.0.0.1',
    source_port: 5000,
    destination_port: 80,
  };

  it('a packet matching both sessions goes to session A only', () => {
    const verdict = evaluatePacket(config, base);
    expect(verdict).toMatchObject({
      reason: 'ACCEPTED',
      session_id: 'session-a',
      rule_id: 'rule-a',
      target_id: 'target-a',
    });
    expect(verdict.trace.map((s) => s.session_id)).toEqual(['session-a']);
  });

  it('a packet session A does not match is matched against session B', () => {
    const verdict = evaluatePacket(config, { ...base, protocol: 'UDP', destination_port: 53 });
    expect(verdict).toMatchObject({
      reason: 'ACCEPTED',
      session_id: 'session-b',
      rule_id: 'rule-b',
      target_id: 'target-b',
    });
    expect(verdict.trace.map((s) => [s.session_id, s.decided])).toEqual([
      ['session-a', false],
      ['session-b', true],
    ]);
  });
});

describe('Figure 3: rule A (priority 1, reject) before rule B (priority 2, accept)', () => {
  const conditions = { protocol: 'TCP', source_cidr_block: '10.0.0.0/24', destination_port_range: '22-22' };
  const config: MirrorConfig = {
    sessions: [makeSession({ id: 'session-a', traffic_mirror_sources: ['eni-1'] })],
    filters: [
      makeFilter('filter-1', [
        makeRule({ id: 'rule-b', priority: 2, action: 'accept', ...conditions }),
        makeRule({ id: 'rule-a', priority: 1, action: 'reject', ...conditions }),
      ]),
    ],
  };
  const packet: MirrorPacket = {
    source: 'eni-1',
    direction: 'ingress',
    ethertype: 'IPv4',
    protocol: 'TCP',
    source_ip: '10.0.0.7',
    destination_ip: '10.0.1.1',
    source_port: 50000,
    destination_port: 22,
  };

  it('the packet is rejected by rule A and rule B is never looked at', () => {
    const verdict = evaluatePacket(config, packet);
    expect(verdict).toMatchObject({
      mirrored: false,
      reason: 'REJECTED',
      session_id: 'session-a',
      rule_id: 'rule-a',
      target_id: null,
    });
    expect(verdict.trace[0]?.rules.map((r) => r.rule_id)).toEqual(['rule-a']);
    expect(compileConfig(config).evaluate(packet)).toMatchObject({ reason: 'REJECTED', rule_id: 'rule-a' });
  });
});
