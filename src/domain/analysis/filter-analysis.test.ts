/**
 * Hand-built filters: the document's Table 2 and Figure 3, the operator example of issue 8,
 * port-less packets, redundancy with a rule of the other action in between, empty rules.
 */
import { english, readable } from '@/components/results/test-english';
import { describe, expect, it } from 'vitest';
import type { TrafficMirrorFilterRule } from '../model/types';
import { evaluatePacket } from '../matcher/evaluate-packet';
import { makeFilter, makeRule, makeSession } from '../matcher/fixtures';
import type { MirrorPacket } from '../matcher/types';
import { analyzeFilterDirection } from './filter-analysis';
import { examplePacketForRule } from './examples';

const rule = (id: string, priority: number, fields: Partial<TrafficMirrorFilterRule> = {}) =>
  makeRule({ id, priority, ...fields });

/** The verdict of a packet through one session holding the filter. */
function verdict(rules: TrafficMirrorFilterRule[], packet: MirrorPacket) {
  const config = {
    sessions: [makeSession({ id: 's', traffic_mirror_sources: [packet.source] })],
    filters: [makeFilter('filter-1', rules)],
  };
  return evaluatePacket(config, packet);
}

const table2 = [
  rule('rule-in-1', 1, {
    protocol: 'TCP',
    source_cidr_block: '172.16.0.0/24',
    source_port_range: '10000-10001',
    destination_cidr_block: '10.0.0.3/32',
    destination_port_range: '80-80',
  }),
  rule('rule-out-1', 1, {
    direction: 'egress',
    protocol: 'All',
    action: 'reject',
    source_cidr_block: '192.168.0.0/24',
    destination_cidr_block: '10.2.0.0/24',
  }),
];

describe('Table 2', () => {
  it('the inbound rule decides; its example packet is the nicest one it matches', () => {
    const result = analyzeFilterDirection(makeFilter('filter-1', table2), 'ingress', { sourceId: 'eni-c' });
    expect(result.findings).toEqual([]);
    const packet: MirrorPacket = {
      source: 'eni-c',
      direction: 'ingress',
      ethertype: 'IPv4',
      protocol: 'TCP',
      source_ip: '172.16.0.1',
      destination_ip: '10.0.0.3',
      source_port: 10000,
      destination_port: 80,
    };
    expect(result.rules).toEqual([
      {
        ruleId: 'rule-in-1',
        priority: 1,
        status: 'decides',
        example: packet,
        removalExample: packet,
        coveringRuleIds: [],
      },
    ]);
    expect(examplePacketForRule(makeFilter('filter-1', table2), 'rule-in-1', 'eni-c')).toEqual({
      found: true,
      packet,
    });
  });

  it('the outbound direction copies nothing: its only rule rejects', () => {
    const result = analyzeFilterDirection(makeFilter('filter-1', table2), 'egress');
    expect(result.copiesNothing).toBe(true);
    expect(readable(result.findings)).toEqual([
      {
        kind: 'direction-copies-nothing',
        filterId: 'filter-1',
        direction: 'egress',
        acceptRuleIds: [],
        severity: 'warning',
        message:
          'Filter "filter-1" copies no outbound packet: it has no outbound accept rule. Add an accept rule for the outbound traffic to mirror.',
      },
    ]);
    const example = examplePacketForRule(makeFilter('filter-1', table2), 'rule-out-1', 'eni-b');
    expect(example).toMatchObject({
      found: true,
      packet: { source_ip: '192.168.0.1', destination_ip: '10.2.0.1' },
    });
    if (example.found)
      expect(verdict(table2, example.packet)).toMatchObject({ reason: 'REJECTED', rule_id: 'rule-out-1' });
  });
});

describe('shadowed rules', () => {
  it('Figure 3: rule B (accept) has the same conditions as rule A (reject): dangerous', () => {
    const conditions = { protocol: 'TCP', source_cidr_block: '10.0.0.0/24', destination_port_range: '22-22' };
    const filter = makeFilter('filter-1', [
      rule('rule-b', 2, { action: 'accept', ...conditions }),
      rule('rule-a', 1, { action: 'reject', ...conditions }),
    ]);
    const result = analyzeFilterDirection(filter, 'ingress');
    expect(result.rules.map((r) => [r.ruleId, r.status])).toEqual([
      ['rule-a', 'decides'],
      ['rule-b', 'shadowed'],
    ]);
    expect(readable(result.findings[0])).toEqual({
      kind: 'shadowed-rule',
      filterId: 'filter-1',
      direction: 'ingress',
      ruleId: 'rule-b',
      coveringRuleIds: ['rule-a'],
      conflictingRuleIds: ['rule-a'],
      dangerous: true,
      severity: 'danger',
      message:
        'Rule 2 (accept TCP from 10.0.0.0/24 to any port 22) never decides: rule 1 (reject TCP from 10.0.0.0/24 to any port 22) covers all its packets, and it rejects them. Move rule 2 above rule 1 or narrow rule 1.',
    });
    expect(result.findings[1]).toMatchObject({ kind: 'direction-copies-nothing', acceptRuleIds: ['rule-b'] });
    expect(examplePacketForRule(filter, 'rule-b')).toMatchObject({
      found: false,
      reason: 'shadowed',
      coveringIds: ['rule-a'],
    });
  });

  it.each([
    [
      'the operator example of issue 8',
      [
        rule('r1', 1, { action: 'reject', source_cidr_block: '10.0.0.0/16' }),
        rule('r3', 3, { protocol: 'TCP', source_cidr_block: '10.0.0.0/24' }),
      ],
      'Rule 3 (accept TCP from 10.0.0.0/24) never decides: rule 1 (reject ALL from 10.0.0.0/16) covers all its packets, and it rejects them. Move rule 3 above rule 1 or narrow rule 1.',
    ],
    [
      'two covering rules, one of the other action',
      [
        rule('r1', 1, { action: 'reject', protocol: 'TCP', source_cidr_block: '10.0.0.0/25' }),
        rule('r2', 2, { protocol: 'TCP', source_cidr_block: '10.0.0.128/25' }),
        rule('r3', 3, { protocol: 'TCP', source_cidr_block: '10.0.0.0/24' }),
      ],
      'Rule 3 (accept TCP from 10.0.0.0/24) never decides: rule 1 (reject TCP from 10.0.0.0/25) and rule 2 (accept TCP from 10.0.0.128/25) cover all its packets, and rule 1 rejects some of them. Move rule 3 above rule 1 or narrow rule 1.',
    ],
    [
      'a rule without ports covers one with ports, same action',
      [
        rule('r1', 1, { protocol: 'UDP' }),
        rule('r2', 2, { protocol: 'udp', destination_port_range: '53-53' }),
      ],
      'Rule 2 (accept UDP to any port 53) never decides: rule 1 (accept UDP) covers all its packets, and it gives them the same action. Delete rule 2: it changes nothing.',
    ],
  ])('%s', (_name, rules, message) => {
    const result = analyzeFilterDirection(makeFilter('filter-1', rules), 'ingress');
    const shadowed = result.findings.filter((f) => f.kind === 'shadowed-rule');
    expect(shadowed.map((f) => english(f.message))).toEqual([message]);
  });

  it('a rule with ports does not cover the same rule without ports (packets without ports)', () => {
    const rules = [
      rule('r1', 1, { protocol: 'TCP', source_port_range: '1-65535', destination_port_range: '1-65535' }),
      rule('r2', 2, { protocol: 'TCP', action: 'reject' }),
    ];
    const result = analyzeFilterDirection(makeFilter('filter-1', rules), 'ingress', { sourceId: 'eni-1' });
    const example = result.rules[1]!.example!;
    expect(verdict(rules, example)).toMatchObject({ reason: 'REJECTED', rule_id: 'r2' });
    expect(example.protocol).toBe('TCP');
  });

  it('an ALL rule with ports (imported) covers only TCP and UDP', () => {
    const rules = [
      rule('r1', 1, { action: 'reject', destination_port_range: '1-65535' }),
      rule('r2', 2, { protocol: 'ICMP' }),
    ];
    const result = analyzeFilterDirection(makeFilter('filter-1', rules), 'ingress');
    expect(result.rules.map((r) => r.status)).toEqual(['decides', 'decides']);
    expect(result.rules[1]!.example).toMatchObject({ protocol: 'ICMP', source_ip: '10.0.0.1' });
    expect(result.rules[1]!.example).not.toHaveProperty('destination_port');
  });
});
