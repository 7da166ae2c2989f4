/**
 * Redundant rules (deleting one alone changes no verdict), rules that match nothing, and
 * directions that copy nothing.
 */
import { readable } from '@/components/results/test-english';
import { describe, expect, it } from 'vitest';
import type { TrafficMirrorFilterRule } from '../model/types';
import { evaluatePacket } from '../matcher/evaluate-packet';
import { makeFilter, makeRule, makeSession } from '../matcher/fixtures';
import type { MirrorPacket } from '../matcher/types';
import { analyzeFilterDirection } from './filter-analysis';

const rule = (id: string, priority: number, fields: Partial<TrafficMirrorFilterRule> = {}) =>
  makeRule({ id, priority, ...fields });

function reason(rules: TrafficMirrorFilterRule[], packet: MirrorPacket): string {
  const config = {
    sessions: [makeSession({ id: 's', traffic_mirror_sources: [packet.source] })],
    filters: [makeFilter('filter-1', rules)],
  };
  return evaluatePacket(config, packet).reason;
}

function statuses(rules: TrafficMirrorFilterRule[]) {
  return analyzeFilterDirection(makeFilter('filter-1', rules), 'ingress').rules.map((r) => [
    r.ruleId,
    r.status,
    r.coveringRuleIds,
  ]);
}

describe('redundant rules', () => {
  it.each([
    [
      'a narrower accept before a broader accept',
      [rule('r1', 1, { protocol: 'TCP', source_cidr_block: '10.0.0.0/24' }), rule('r2', 2)],
      [
        ['r1', 'redundant', ['r2']],
        ['r2', 'decides', []],
      ],
    ],
    [
      'a reject of the other action in between makes it necessary',
      [
        rule('r1', 1, { protocol: 'TCP', source_cidr_block: '10.0.0.0/24' }),
        rule('r2', 2, { action: 'reject', protocol: 'TCP', source_cidr_block: '10.0.0.0/25' }),
        rule('r3', 3),
      ],
      [
        ['r1', 'decides', []],
        ['r2', 'shadowed', ['r1']],
        ['r3', 'decides', []],
      ],
    ],
    [
      'a reject no later rule covers is necessary (its packets would fall through)',
      [rule('r1', 1, { action: 'reject', protocol: 'UDP' })],
      [['r1', 'decides', []]],
    ],
    [
      'two later rules with the same action take over together',
      [
        rule('r1', 1, { action: 'reject', source_cidr_block: '10.0.0.0/24' }),
        rule('r2', 2, { action: 'reject', source_cidr_block: '10.0.0.0/25' }),
        rule('r3', 3, { action: 'reject', source_cidr_block: '10.0.0.128/25' }),
      ],
      [
        ['r1', 'redundant', ['r2', 'r3']],
        ['r2', 'shadowed', ['r1']],
        ['r3', 'shadowed', ['r1']],
      ],
    ],
    [
      'identical rules: the second is shadowed, the first redundant (each alone can go)',
      [rule('r1', 1, { protocol: 'TCP' }), rule('r2', 2, { protocol: 'TCP' })],
      [
        ['r1', 'redundant', ['r2']],
        ['r2', 'shadowed', ['r1']],
      ],
    ],
  ])('%s', (_name, rules, expected) => {
    expect(statuses(rules)).toEqual(expected);
  });

  it('names the later rule in the message', () => {
    const rules = [rule('r1', 2, { protocol: 'TCP', source_cidr_block: '10.0.0.0/24' }), rule('r2', 5)];
    const result = analyzeFilterDirection(makeFilter('filter-1', rules), 'ingress');
    expect(readable(result.findings)).toEqual([
      {
        kind: 'redundant-rule',
        filterId: 'filter-1',
        direction: 'ingress',
        ruleId: 'r1',
        laterRuleIds: ['r2'],
        severity: 'info',
        message:
          'Rule 2 (accept TCP from 10.0.0.0/24) is redundant: without it, rule 5 (accept ALL) accepts every packet it decides, so no verdict would change. Delete rule 2 to keep the filter short.',
      },
    ]);
  });

  it('the removal example of a necessary rule changes verdict when the rule is deleted', () => {
    const rules = [
      rule('r1', 1, { protocol: 'TCP', source_cidr_block: '10.0.0.0/24' }),
      rule('r2', 2, { action: 'reject', protocol: 'TCP', source_cidr_block: '10.0.0.0/25' }),
      rule('r3', 3),
    ];
    const result = analyzeFilterDirection(makeFilter('filter-1', rules), 'ingress', { sourceId: 'eni-1' });
    const packet = result.rules[0]!.removalExample!;
    expect(packet).toMatchObject({ protocol: 'TCP', source_ip: '10.0.0.1' });
    expect(reason(rules, packet)).toBe('ACCEPTED');
    expect(reason(rules.slice(1), packet)).toBe('REJECTED');
  });
});

describe('rules that match nothing', () => {
  it.each([
    [
      'ports on ICMP',
      { protocol: 'ICMP', destination_port_range: '80-80' },
      'Rule 1 (accept ICMP to any port 80) matches no packet: it has port ranges, and only TCP and UDP packets have ports. Fix the rule or delete it.',
    ],
    [
      'an IPv4 block in an IPv6 rule',
      { ethertype: 'IPv6' as const, source_cidr_block: '10.0.0.0/8' },
      'Rule 1 (accept ALL IPv6 from 10.0.0.0/8) matches no packet: its source 10.0.0.0/8 is not an IPv6 CIDR block. Fix the rule or delete it.',
    ],
    [
      'an unknown protocol',
      { protocol: 'GRE' },
      'Rule 1 (accept GRE) matches no packet: its protocol GRE is unknown. Fix the rule or delete it.',
    ],
    [
      'a bare port',
      { protocol: 'TCP', source_port_range: '80' },
      'Rule 1 (accept TCP from any ports 80) matches no packet: its source port range 80 is not valid. Fix the rule or delete it.',
    ],
  ])('%s', (_name, fields, message) => {
    const result = analyzeFilterDirection(makeFilter('filter-1', [rule('r1', 1, fields)]), 'ingress');
    expect(result.rules[0]).toMatchObject({ status: 'matches-nothing', example: null });
    expect(readable(result.findings[0])).toMatchObject({
      kind: 'rule-matches-nothing',
      ruleId: 'r1',
      message,
    });
  });
});

describe('directions that copy nothing', () => {
  it.each([
    [
      'no rule at all',
      [],
      [],
      'Filter "filter-1" copies no inbound packet: it has no inbound rule, so inbound packets fall through to lower-priority sessions. Add an accept rule for the inbound traffic to mirror.',
    ],
    [
      'an accept rule shadowed by a reject',
      [rule('r1', 1, { action: 'reject' }), rule('r2', 2, { protocol: 'TCP' })],
      ['r2'],
      'Filter "filter-1" copies no inbound packet: its accept rule 2 never decides. Fix it as the other findings say.',
    ],
  ])('%s', (_name, rules, acceptRuleIds, message) => {
    const result = analyzeFilterDirection(makeFilter('filter-1', rules), 'ingress');
    expect(result.copiesNothing).toBe(true);
    expect(readable(result.findings.at(-1))).toMatchObject({
      kind: 'direction-copies-nothing',
      acceptRuleIds,
      message,
    });
  });

  it('a direction with a deciding accept rule copies something', () => {
    const result = analyzeFilterDirection(
      makeFilter('filter-1', [rule('r1', 1, { protocol: 'TCP' })]),
      'ingress',
    );
    expect(result.copiesNothing).toBe(false);
    expect(result.findings).toEqual([]);
  });
});
