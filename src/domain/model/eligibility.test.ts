import { inEnglish } from '@/i18n/test-english';
import { describe, expect, it } from 'vitest';
import { sourceEligibility, suggestPriority, targetEligibility } from './eligibility';
import type { SessionDraft } from './eligibility';
import { nextFreePriority } from './session-checks';
import { makeSession, makeSnapshot } from './test-fixtures';
import type { TrafficMirrorSession } from './types';

const codes = (e: { reasons: { code: string }[] }) => e.reasons.map((r) => r.code);

describe('sourceEligibility', () => {
  it.each<[string, SessionDraft, string, TrafficMirrorSession[], string[]]>([
    ['an eligible c7t ENI', { sources: [] }, 'p1', [], []],
    ['an unknown port', { sources: [] }, 'nope', [], ['C6']],
    ['not a c7t ECS (C1)', { sources: [] }, 'p-s6', [], ['C1']],
    ['the draft target (C2)', { sources: [], target: { type: 'eni', id: 'p2' } }, 'p2', [], ['C2']],
    [
      'a target elsewhere (C2)',
      { sources: [] },
      'p2',
      [makeSession({ id: 'x', traffic_mirror_sources: ['p3'], traffic_mirror_target_id: 'p2' })],
      ['C2'],
    ],
    [
      'already in 3 sessions',
      { sources: [] },
      'p1',
      [1, 2, 3].map((p) => makeSession({ id: `x${p}`, priority: p })),
      ['QUOTA'],
    ],
    [
      'a session on it has this priority (C4)',
      { sources: [], priority: 1 },
      'p1',
      [makeSession({ id: 'x' })],
      ['C4'],
    ],
    [
      'its own session being edited does not count',
      { sources: ['p1'], priority: 1, session_id: 'x' },
      'p1',
      [makeSession({ id: 'x' })],
      [],
    ],
    [
      'cannot reach the chosen target (C3)',
      { sources: [], target: { type: 'elb', id: 'lb-1' } },
      'pe',
      [],
      ['C3'],
    ],
  ])('%s', (_name, draft, portId, sessions, expected) => {
    const result = sourceEligibility(makeSnapshot(sessions), draft, portId);
    expect(inEnglish(codes(result))).toEqual(inEnglish(expected));
    expect(inEnglish(result.eligible)).toBe(inEnglish(expected.length === 0));
  });

  it('gives every reason with its message', () => {
    const result = sourceEligibility(
      makeSnapshot(),
      { sources: [], target: { type: 'eni', id: 'p-s6' } },
      'p-s6',
    );
    expect(inEnglish(result.reasons)).toEqual(
      inEnglish([
        { code: 'C1', message: expect.stringContaining('s6.large.2') },
        {
          code: 'C2',
          message:
            '"eni-p-s6" is this session\'s mirror target. An interface cannot be a source and a target at the same time; choose another source.',
        },
      ]),
    );
  });
});

describe('C3 refusals name VPCs', () => {
  it('by their names, as the tables do, not by their ids', () => {
    const snapshot = makeSnapshot();
    const vpcs = snapshot.inventory.vpcs.map((v) => ({
      ...v,
      name: `${v.id.slice(4).toUpperCase()} network`,
    }));
    const named = { ...snapshot, inventory: { ...snapshot.inventory, vpcs } };
    const [reason] = targetEligibility(named, { sources: ['pe'] }, { type: 'elb', id: 'lb-1' }).reasons;
    expect(inEnglish(reason?.message)).toMatch(
      /^"eni-pe" \(VPC "E network"\) cannot reach load balancer "[^"]+" \(VPC "A network"\)\./,
    );
  });
});

describe('targetEligibility', () => {
  it.each<[string, SessionDraft, { type: 'eni' | 'elb'; id: string }, TrafficMirrorSession[], string[]]>([
    ['an ENI in the same VPC', { sources: ['p1'] }, { type: 'eni', id: 'pt' }, [], []],
    ['a load balancer', { sources: ['p1', 'pb'] }, { type: 'elb', id: 'lb-1' }, [], []],
    ['an unknown load balancer', { sources: ['p1'] }, { type: 'elb', id: 'x' }, [], ['C6']],
    ['a chosen source (C2)', { sources: ['p1'] }, { type: 'eni', id: 'p1' }, [], ['C2']],
    [
      'a source elsewhere (C2)',
      { sources: ['p1'] },
      { type: 'eni', id: 'p3' },
      [makeSession({ id: 'x', traffic_mirror_sources: ['p3'] })],
      ['C2'],
    ],
    [
      'an ENI at 10 sessions',
      { sources: ['p1'] },
      { type: 'eni', id: 'pt' },
      Array.from({ length: 10 }, (_, i) =>
        makeSession({ id: `x${i}`, traffic_mirror_sources: ['p2'], priority: i + 1 }),
      ),
      ['QUOTA'],
    ],
    [
      'not reachable from two sources (C3)',
      { sources: ['p1', 'pc', 'pe'] },
      { type: 'eni', id: 'pt' },
      [],
      ['C3', 'C3'],
    ],
  ])('%s', (_name, draft, target, sessions, expected) => {
    expect(inEnglish(codes(targetEligibility(makeSnapshot(sessions), draft, target)))).toEqual(
      inEnglish(expected),
    );
  });

  it('quotes the load balancer quota of 200', () => {
    const sessions = Array.from({ length: 200 }, (_, i) =>
      makeSession({
        id: `x${i}`,
        traffic_mirror_sources: [`q${i}`],
        traffic_mirror_target_type: 'elb',
        traffic_mirror_target_id: 'lb-1',
      }),
    );
    const [reason] = targetEligibility(
      makeSnapshot(sessions),
      { sources: ['p1'] },
      { type: 'elb', id: 'lb-1' },
    ).reasons;
    expect(inEnglish(reason?.message)).toBe(
      inEnglish(
        'load balancer "lb-1" already receives 200 mirror sessions (quota "Mirror sessions per load balancer target": 200, in use: 200). Choose another target or delete one of its sessions.',
      ),
    );
  });
});

describe('priorities', () => {
  const sessions = [
    makeSession({ id: 'a', priority: 1, traffic_mirror_sources: ['p1'] }),
    makeSession({ id: 'b', priority: 2, traffic_mirror_sources: ['p2'] }),
    makeSession({ id: 'c', priority: 4, traffic_mirror_sources: ['p1', 'p3'] }),
  ];

  it.each<[string[], number | undefined]>([
    [[], 1],
    [['p1'], 2],
    [['p1', 'p2'], 3],
    [['p3'], 1],
  ])('suggests for %j -> %s', (sources, expected) => {
    expect(inEnglish(suggestPriority(makeSnapshot(sessions), { sources }))).toBe(inEnglish(expected));
  });

  it('leaves the edited session out', () => {
    expect(inEnglish(suggestPriority(makeSnapshot(sessions), { sources: ['p1'], session_id: 'a' }))).toBe(1);
  });

  it('starts from a given priority and gives up past 32766', () => {
    expect(inEnglish(nextFreePriority(sessions, ['p1'], 4))).toBe(5);
    expect(inEnglish(nextFreePriority([makeSession({ priority: 32766 })], ['p1'], 32766))).toBeUndefined();
  });
});
