import { inEnglish } from '@/i18n/test-english';
import { describe, expect, it } from 'vitest';
import { resolveQuotas } from './quotas';
import type { SessionShape } from './session-constraints';
import {
  validateAddSources,
  validateRemoveSources,
  validateSessionCreate,
  validateSessionUpdate,
  updateChangesShape,
} from './session-constraints';
import { makeSession, makeSnapshot } from './test-fixtures';
import type { TrafficMirrorSession } from './types';

const draft: SessionShape = {
  traffic_mirror_filter_id: 'f-1',
  traffic_mirror_sources: ['p1'],
  traffic_mirror_target_id: 'pt',
  traffic_mirror_target_type: 'eni',
  priority: 1,
};

/** `[code, kind, fields]` of each violation, for compact expectations. */
const brief = (violations: ReturnType<typeof validateSessionCreate>) =>
  violations.map((v) => [v.code, v.kind, v.fields ?? []]);

describe('validateSessionCreate', () => {
  it('accepts a valid session', () => {
    expect(inEnglish(validateSessionCreate(makeSnapshot(), draft))).toEqual(inEnglish([]));
  });

  it.each<[string, Partial<SessionShape>, TrafficMirrorSession[], unknown[]]>([
    [
      'missing filter (C6)',
      { traffic_mirror_filter_id: 'f-x' },
      [],
      [['C6', 'not_found', ['traffic_mirror_filter_id']]],
    ],
    [
      'missing source (C6)',
      { traffic_mirror_sources: ['p1', 'nope'] },
      [],
      [['C6', 'not_found', ['traffic_mirror_sources.1']]],
    ],
    [
      'missing ENI target (C6)',
      { traffic_mirror_target_id: 'nope' },
      [],
      [['C6', 'not_found', ['traffic_mirror_target_id']]],
    ],
    [
      'missing load balancer (C6)',
      { traffic_mirror_target_type: 'elb' },
      [],
      [['C6', 'not_found', ['traffic_mirror_target_id']]],
    ],
    [
      'duplicate source (C6)',
      { traffic_mirror_sources: ['p1', 'p2', 'p1'] },
      [],
      [['C6', 'conflict', ['traffic_mirror_sources.2']]],
    ],
    [
      'non-c7t source (C1)',
      { traffic_mirror_sources: ['p-s6'] },
      [],
      [['C1', 'constraint', ['traffic_mirror_sources.0']]],
    ],
    [
      'detached source (C1)',
      { traffic_mirror_sources: ['p-loose'] },
      [],
      [['C1', 'constraint', ['traffic_mirror_sources.0']]],
    ],
    [
      'target among the sources (C2)',
      { traffic_mirror_sources: ['p1', 'p2'], traffic_mirror_target_id: 'p2' },
      [],
      [['C2', 'constraint', ['traffic_mirror_target_id']]],
    ],
    [
      'source is a target elsewhere (C2)',
      { traffic_mirror_sources: ['p2'] },
      [makeSession({ id: 'x', traffic_mirror_sources: ['p3'], traffic_mirror_target_id: 'p2' })],
      [['C2', 'constraint', ['traffic_mirror_sources.0']]],
    ],
    [
      'target is a source elsewhere (C2)',
      { traffic_mirror_target_id: 'p3' },
      [makeSession({ id: 'x', traffic_mirror_sources: ['p3'] })],
      [['C2', 'constraint', ['traffic_mirror_target_id']]],
    ],
    [
      'VPC with a pending peering (C3)',
      { traffic_mirror_sources: ['pc'] },
      [],
      [['C3', 'constraint', ['traffic_mirror_sources.0']]],
    ],
    [
      'VPC with a pending router attachment (C3)',
      { traffic_mirror_sources: ['pe'], traffic_mirror_target_type: 'elb', traffic_mirror_target_id: 'lb-1' },
      [],
      [['C3', 'constraint', ['traffic_mirror_sources.0']]],
    ],
    [
      'priority shared with a session on the source (C4)',
      {},
      [makeSession({ id: 'x', traffic_mirror_target_id: 'pt2' })],
      [['C4', 'conflict', ['priority']]],
    ],
    [
      'source already in 3 sessions',
      { priority: 4 },
      [1, 2, 3].map((p) => makeSession({ id: `x${p}`, priority: p, traffic_mirror_target_id: 'pt2' })),
      [['QUOTA', 'quota', ['traffic_mirror_sources.0']]],
    ],
  ])('%s', (_name, change, sessions, expected) => {
    expect(inEnglish(brief(validateSessionCreate(makeSnapshot(sessions), { ...draft, ...change })))).toEqual(
      inEnglish(expected),
    );
  });

  it.each([
    ['peering', 'pb'],
    ['enterprise router', 'pd'],
  ])('lets a source reach the target over an active %s (C3)', (_via, source) => {
    expect(
      inEnglish(validateSessionCreate(makeSnapshot(), { ...draft, traffic_mirror_sources: [source] })),
    ).toEqual(inEnglish([]));
  });

  it('says what to do, with the next free priority', () => {
    const sessions = [
      makeSession({ id: 'x', name: 'web', priority: 1 }),
      makeSession({ id: 'y', name: 'db', priority: 2 }),
    ];
    const [c4] = validateSessionCreate(
      makeSnapshot(sessions, { quotas: resolveQuotas({ sessions_per_eni_target: 50 }) }),
      draft,
    );
    expect(inEnglish(c4?.message)).toBe(
      inEnglish(
        'Session "web" already mirrors "eni-p1" at priority 1. Sessions that share a source need different priorities; choose another priority, such as 3.',
      ),
    );
    expect(inEnglish(c4?.resources)).toEqual(inEnglish(['p1', 'x']));
  });

  it('names the flavor of a non-c7t source', () => {
    const [c1] = validateSessionCreate(makeSnapshot(), { ...draft, traffic_mirror_sources: ['p-s6'] });
    expect(inEnglish(c1?.message)).toBe(
      inEnglish(
        '"eni-p-s6" cannot be a mirror source: its ECS "srv-s6" is s6.large.2. Only interfaces of c7t ECSs can be sources; choose another interface.',
      ),
    );
  });

  it.each<
    [
      string,
      Parameters<typeof resolveQuotas>[0],
      Partial<SessionShape>,
      TrafficMirrorSession[],
      string[],
      string,
    ]
  >([
    [
      'sources per session',
      { sources_per_session: 1 },
      { traffic_mirror_sources: ['p1', 'p2'] },
      [],
      ['traffic_mirror_sources'],
      'quota "Mirror sources per session": 1, in use: 0',
    ],
    [
      'sessions per ENI target',
      { sessions_per_eni_target: 1 },
      {},
      [makeSession({ id: 'x', traffic_mirror_sources: ['p2'] })],
      ['traffic_mirror_target_id'],
      'quota "Mirror sessions per network interface target": 1, in use: 1',
    ],
    [
      'sessions per load balancer',
      { sessions_per_elb_target: 1 },
      { traffic_mirror_target_type: 'elb', traffic_mirror_target_id: 'lb-1' },
      [
        makeSession({
          id: 'x',
          traffic_mirror_sources: ['p2'],
          traffic_mirror_target_type: 'elb',
          traffic_mirror_target_id: 'lb-1',
        }),
      ],
      ['traffic_mirror_target_id'],
      'quota "Mirror sessions per load balancer target": 1, in use: 1',
    ],
    [
      'sessions per filter',
      { sessions_per_filter: 1 },
      {},
      [makeSession({ id: 'x', traffic_mirror_sources: ['p2'], traffic_mirror_target_id: 'pt2' })],
      ['traffic_mirror_filter_id'],
      'quota "Mirror sessions per filter": 1, in use: 1',
    ],
    [
      'sessions per region',
      { sessions_per_region: 1 },
      {},
      [makeSession({ id: 'x', traffic_mirror_sources: ['p2'], traffic_mirror_target_id: 'pt2' })],
      [],
      'quota "Mirror sessions per region": 1, in use: 1',
    ],
  ])('enforces the %s quota', (_name, quotas, change, sessions, fields, text) => {
    const found = validateSessionCreate(makeSnapshot(sessions, { quotas: resolveQuotas(quotas) }), {
      ...draft,
      ...change,
    });
    expect(inEnglish(found)).toHaveLength(1);
    expect(inEnglish(found[0])).toMatchObject(inEnglish({ code: 'QUOTA', kind: 'quota' }));
    expect(inEnglish(found[0]?.fields ?? [])).toEqual(inEnglish(fields));
    expect(inEnglish(found[0]?.message)).toContain(inEnglish(text));
  });

  it.each([
    [1, 2, false],
    [2, 2, true],
    [5, 2, true],
  ])(
    'counts %i sessions of the region given as a count against a quota of %i as it counts them listed',
    (count, quota, refused) => {
      const quotas = resolveQuotas({ sessions_per_region: quota });
      const listed = Array.from({ length: count }, (_, i) =>
        makeSession({ id: `x${i}`, traffic_mirror_sources: [`other-${i}`], traffic_mirror_target_id: 'pt2' }),
      );
      const counted = validateSessionCreate(makeSnapshot([], { quotas, sessionCount: count }), draft);
      expect(inEnglish(counted)).toEqual(
        inEnglish(validateSessionCreate(makeSnapshot(listed, { quotas }), draft)),
      );
      expect(inEnglish(counted.some((v) => v.quota?.key === 'sessions_per_region'))).toBe(inEnglish(refused));
    },
  );

  it('counts sessions up to the quota as allowed', () => {
    const sessions = [1, 2].map((p) => makeSession({ id: `x${p}`, priority: p }));
    expect(inEnglish(validateSessionCreate(makeSnapshot(sessions), { ...draft, priority: 3 }))).toEqual(
      inEnglish([]),
    );
  });
});

describe('validateSessionUpdate', () => {
  const s1 = makeSession({ id: 's-1', priority: 1 });
  const s2 = makeSession({ id: 's-2', priority: 2, traffic_mirror_target_id: 'pt2' });
  const snapshot = makeSnapshot([s1, s2], {
    quotas: resolveQuotas({ sessions_per_eni_target: 1, sessions_per_region: 2 }),
  });

  it.each<[string, Partial<TrafficMirrorSession>, unknown[]]>([
    ['nothing changed (the session does not count against itself)', {}, []],
    ['a free priority', { priority: 3 }, []],
    ['a priority used on a shared source (C4)', { priority: 2 }, [['C4', 'conflict', ['priority']]]],
    [
      'a missing filter',
      { traffic_mirror_filter_id: 'f-x' },
      [['C6', 'not_found', ['traffic_mirror_filter_id']]],
    ],
    [
      'its own source as target (C2)',
      { traffic_mirror_target_id: 'p1' },
      [['C2', 'constraint', ['traffic_mirror_target_id']]],
    ],
    [
      'a target the sources cannot reach (C3)',
      { traffic_mirror_target_id: 'pe' },
      [['C3', 'constraint', ['traffic_mirror_target_id']]],
    ],
    [
      'a target at its quota',
      { traffic_mirror_target_id: 'pt2' },
      [['QUOTA', 'quota', ['traffic_mirror_target_id']]],
    ],
    [
      'a load balancer that does not exist',
      { traffic_mirror_target_type: 'elb' },
      [['C6', 'not_found', ['traffic_mirror_target_id']]],
    ],
  ])('%s', (_name, change, expected) => {
    expect(inEnglish(brief(validateSessionUpdate(snapshot, s1, { ...s1, ...change })))).toEqual(
      inEnglish(expected),
    );
  });
});

describe('validateAddSources and validateRemoveSources', () => {
  const s1 = makeSession({ id: 's-1', priority: 1 });
  const s2 = makeSession({
    id: 's-2',
    priority: 1,
    traffic_mirror_sources: ['p3'],
    traffic_mirror_target_id: 'pt2',
  });
  const snapshot = makeSnapshot([s1, s2]);

  it.each<[string, string[], unknown[]]>([
    ['a valid source', ['p2'], []],
    ['a source already in the session', ['p1'], [['C6', 'conflict', ['traffic_mirror_sources.0']]]],
    ['a repeated id', ['p2', 'p2'], [['C6', 'conflict', ['traffic_mirror_sources.1']]]],
    ['an unknown port', ['nope'], [['C6', 'not_found', ['traffic_mirror_sources.0']]]],
    ['a non-c7t port (C1)', ['p2', 'p-s6'], [['C1', 'constraint', ['traffic_mirror_sources.1']]]],
    ['an unreachable port (C3)', ['pc'], [['C3', 'constraint', ['traffic_mirror_sources.0']]]],
    [
      'a port whose session has this priority (C4)',
      ['p3'],
      [['C4', 'conflict', ['traffic_mirror_sources.0']]],
    ],
  ])('add-sources: %s', (_name, ids, expected) => {
    expect(inEnglish(brief(validateAddSources(snapshot, s1, ids)))).toEqual(inEnglish(expected));
  });

  it('add-sources: enforces the sources-per-session quota', () => {
    const found = validateAddSources({ ...snapshot, quotas: resolveQuotas({ sources_per_session: 1 }) }, s1, [
      'p2',
    ]);
    expect(inEnglish(found)).toMatchObject(
      inEnglish([{ code: 'QUOTA', quota: { key: 'sources_per_session', value: 1, used: 1 } }]),
    );
    expect(inEnglish(found[0]?.message)).toBe(
      inEnglish(
        'A session can have at most 1 sources and this one would have 2 (quota "Mirror sources per session": 1, in use: 1). Remove sources, or raise the quota in Settings.',
      ),
    );
  });

  it('remove-sources: only sources of the session', () => {
    expect(inEnglish(validateRemoveSources(snapshot, s1, ['p1']))).toEqual(inEnglish([]));
    expect(inEnglish(brief(validateRemoveSources(snapshot, s1, ['p1', 'p2'])))).toEqual(
      inEnglish([['C6', 'not_found', ['traffic_mirror_sources.1']]]),
    );
  });
});

describe('updateChangesShape', () => {
  const stored = makeSession({ traffic_mirror_sources: ['p1', 'p2'] });
  it.each<[string, Partial<TrafficMirrorSession>, boolean]>([
    [
      'a new name, description, VNI, packet length and enabled',
      { name: 'n', description: 'd', virtual_network_id: 9, packet_length: 64, enabled: false },
      false,
    ],
    ['every field the same', {}, false],
    ['a new priority', { priority: 2 }, true],
    ['a new filter', { traffic_mirror_filter_id: 'f-2' }, true],
    ['a new target', { traffic_mirror_target_id: 'p3' }, true],
    ['a new target type', { traffic_mirror_target_type: 'elb' }, true],
    ['other sources', { traffic_mirror_sources: ['p1', 'p3'] }, true],
    ['one source fewer', { traffic_mirror_sources: ['p1'] }, true],
  ])('%s: %s', (_name, change, expected) => {
    expect(updateChangesShape(stored, { ...stored, ...change })).toBe(expected);
  });

  it('is false only where the update checks find nothing, even on a session over its quotas', () => {
    const other = makeSession({ id: 's-2', name: 's-2', priority: 2 });
    const quotas = resolveQuotas({ sessions_per_source: 1, sessions_per_eni_target: 1 });
    const snapshot = makeSnapshot([stored, other], { quotas });
    const missing = makeSession({ traffic_mirror_target_id: 'gone', traffic_mirror_filter_id: 'gone' });
    for (const session of [stored, missing]) {
      const renamed: TrafficMirrorSession = { ...session, name: 'n', enabled: false };
      expect(validateSessionUpdate(snapshot, session, renamed)).toEqual([]);
    }
    expect(validateSessionUpdate(snapshot, stored, { ...stored, priority: 2 })).not.toEqual([]);
  });
});
