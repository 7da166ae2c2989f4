/**
 * Sessions sharing a source: Figure 2 (fall-through), sessions that never receive a packet,
 * overlaps decided by priority, and example packets a session copies.
 */
import { readable } from '@/components/results/test-english';
import { describe, expect, it } from 'vitest';
import type { MirrorConfig, TrafficMirrorFilterRule } from '../model/types';
import { evaluatePacket } from '../matcher/evaluate-packet';
import { makeFilter, makeRule, sessionOnEni1 } from '../matcher/fixtures';
import { examplePacketForSession } from './examples';
import { analyzeSource } from './source-analysis';

const session = sessionOnEni1;
const rule = (id: string, fields: Partial<TrafficMirrorFilterRule> = {}) => makeRule({ id, ...fields });

/** Figure 2: session A copies TCP to port 80, session B everything. */
const figure2: MirrorConfig = {
  sessions: [session('b', 2, 'filter-b'), session('a', 1, 'filter-a')],
  filters: [
    makeFilter('filter-a', [rule('rule-a', { protocol: 'TCP', destination_port_range: '80-80' })]),
    makeFilter('filter-b', [rule('rule-b')]),
  ],
};

describe('analyzeSource', () => {
  it('Figure 2: both sessions receive packets; TCP to port 80 goes to A only because of priority', () => {
    const result = analyzeSource(figure2, 'eni-1');
    expect(result.sessionIds).toEqual(['a', 'b']);
    expect(result.reach.filter((r) => r.direction === 'ingress')).toMatchObject([
      { sessionId: 'a', matchesPackets: true, receives: true },
      { sessionId: 'b', matchesPackets: true, receives: true },
    ]);
    expect(result.reach.filter((r) => r.direction === 'egress')).toMatchObject([
      { sessionId: 'a', matchesPackets: false, receives: false, copyExample: null },
      { sessionId: 'b', matchesPackets: false, receives: false, copyExample: null },
    ]);
    expect(readable(result.findings)).toEqual([
      {
        kind: 'priority-overlap',
        sourceId: 'eni-1',
        direction: 'ingress',
        higherSessionId: 'a',
        lowerSessionId: 'b',
        rulePairs: [{ higherRuleId: 'rule-a', lowerRuleId: 'rule-b' }],
        example: {
          source: 'eni-1',
          direction: 'ingress',
          ethertype: 'IPv4',
          protocol: 'TCP',
          source_ip: '10.0.0.1',
          destination_ip: '10.0.0.2',
          source_port: 40000,
          destination_port: 80,
        },
        severity: 'info',
        message:
          'Inbound packets such as TCP 10.0.0.1:40000 -> 10.0.0.2:80 match session "a" (priority 1), which copies them to interface target-a, and session "b" (priority 2), which would copy them to interface target-b. Only session "a" sees them because its priority is smaller: if session "b" should, give it the smaller priority or narrow the filter of session "a".',
      },
    ]);
  });

  it('a session behind another with the same filter never receives a packet', () => {
    const config: MirrorConfig = {
      sessions: [session('a', 1, 'f'), session('b', 2, 'f', { traffic_mirror_target_id: 'target-a' })],
      filters: [makeFilter('f', [rule('r', { protocol: 'UDP' }), rule('e', { direction: 'egress' })])],
    };
    const findings = analyzeSource(config, 'eni-1').findings;
    expect(findings.map((f) => [f.kind, f.direction])).toEqual([
      ['session-never-receives', 'ingress'],
      ['session-never-receives', 'egress'],
    ]);
    expect(readable(findings[0])).toMatchObject({
      sessionId: 'b',
      coveringSessionIds: ['a'],
      message:
        'Session "b" (priority 2) never receives an inbound packet from eni-1: session "a" (priority 1) decides every inbound packet its filter matches. Give session "b" a smaller priority than session "a", or narrow the filter of session "a".',
    });
  });

  it('the example of analyzeSource: a shared filter, two targets', () => {
    const config: MirrorConfig = {
      sessions: [session('a', 1, 'f'), session('b', 2, 'f')],
      filters: [makeFilter('f', [rule('r', { protocol: 'TCP' })])],
    };
    const findings = analyzeSource(config, 'eni-1').findings;
    expect(findings.map((f) => [f.kind, f.direction])).toEqual([
      ['priority-overlap', 'ingress'],
      ['session-never-receives', 'ingress'],
    ]);
  });

  it('names every higher session that takes a share', () => {
    const config: MirrorConfig = {
      sessions: [session('a', 1, 'fa'), session('b', 2, 'fb'), session('c', 3, 'fc')],
      filters: [
        makeFilter('fa', [rule('ra', { action: 'reject', source_cidr_block: '10.0.0.0/9' })]),
        makeFilter('fb', [rule('rb', { action: 'reject', source_cidr_block: '10.128.0.0/9' })]),
        makeFilter('fc', [rule('rc', { action: 'reject', source_cidr_block: '10.0.0.0/8' })]),
      ],
    };
    const findings = analyzeSource(config, 'eni-1').findings;
    expect(findings).toMatchObject([
      { kind: 'session-never-receives', sessionId: 'c', coveringSessionIds: ['a', 'b'] },
    ]);
  });

  it('a disabled session is left out and a missing filter decides nothing', () => {
    const config: MirrorConfig = {
      sessions: [session('a', 1, 'f', { enabled: false }), session('m', 2, 'missing'), session('b', 3, 'f')],
      filters: [makeFilter('f', [rule('r')])],
    };
    const result = analyzeSource(config, 'eni-1');
    expect(result.sessionIds).toEqual(['m', 'b']);
    expect(result.findings).toEqual([]);
    expect(result.reach.find((r) => r.sessionId === 'b' && r.direction === 'ingress')?.receives).toBe(true);
  });
});

describe('examplePacketForSession', () => {
  it('Figure 2: a packet session B copies is one session A does not take', () => {
    const result = examplePacketForSession(figure2, 'b', 'eni-1');
    expect(result.found).toBe(true);
    if (!result.found) return;
    expect(result.packet).toMatchObject({ protocol: 'TCP', destination_port: 443 });
    expect(evaluatePacket(figure2, result.packet)).toMatchObject({ reason: 'ACCEPTED', session_id: 'b' });
  });

  it.each<[string, string, MirrorConfig, string]>([
    ['unknown-session', 'nope', figure2, 'There is no session nope.'],
    [
      'not-a-source',
      'a',
      { ...figure2, sessions: [session('a', 1, 'filter-a', { traffic_mirror_sources: ['eni-2'] })] },
      'Session "a" (priority 1) does not mirror eni-1. Add the interface as a source first.',
    ],
    [
      'disabled',
      'a',
      { ...figure2, sessions: [session('a', 1, 'filter-a', { enabled: false })] },
      'Session "a" (priority 1) is disabled and copies nothing. Enable it.',
    ],
    [
      'copies-nothing',
      'a',
      { ...figure2, filters: [makeFilter('filter-a', [rule('x', { action: 'reject' })])] },
      'Session "a" (priority 1) copies no inbound or outbound packet: its filter accepts none. Add an accept rule to its filter.',
    ],
    [
      'preempted',
      'b',
      {
        ...figure2,
        filters: [makeFilter('filter-a', [rule('x', { action: 'reject' })]), figure2.filters[1]!],
      },
      'Session "b" (priority 2) copies no inbound or outbound packet from eni-1: session "a" (priority 1) decides every packet it would copy. Give it a smaller priority or narrow the other filters.',
    ],
  ])('%s', (reason, id, config, message) => {
    expect(readable(examplePacketForSession(config, id, 'eni-1'))).toEqual({
      found: false,
      reason,
      coveringIds: reason === 'preempted' ? ['a'] : [],
      message,
    });
  });
});
