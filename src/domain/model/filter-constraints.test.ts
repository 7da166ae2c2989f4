import { inEnglish } from '@/i18n/test-english';
import { describe, expect, it } from 'vitest';
import {
  nextFreeRulePriority,
  validateFilterDelete,
  validateRuleCreate,
  validateRuleUpdate,
} from './filter-constraints';
import { makeFilter, makeRule, makeSession, makeSnapshot } from './test-fixtures';

describe('validateRuleCreate', () => {
  const snapshot = makeSnapshot();

  it.each([
    [{ traffic_mirror_filter_id: 'f-1', direction: 'ingress' as const, priority: 2 }, []],
    [
      { traffic_mirror_filter_id: 'f-x', direction: 'ingress' as const, priority: 2 },
      [['C6', 'not_found', ['traffic_mirror_filter_id']]],
    ],
    [
      { traffic_mirror_filter_id: 'f-1', direction: 'ingress' as const, priority: 1 },
      [['C5', 'conflict', ['priority']]],
    ],
    [
      { traffic_mirror_filter_id: 'f-1', direction: 'egress' as const, priority: 1 },
      [['C5', 'conflict', ['priority']]],
    ],
  ])('%j', (rule, expected) => {
    expect(inEnglish(validateRuleCreate(snapshot, rule).map((v) => [v.code, v.kind, v.fields]))).toEqual(
      inEnglish(expected),
    );
  });

  it('says which direction holds the priority and suggests a free one (C5)', () => {
    const [c5] = validateRuleCreate(snapshot, {
      traffic_mirror_filter_id: 'f-1',
      direction: 'egress',
      priority: 1,
    });
    expect(inEnglish(c5?.message)).toBe(
      inEnglish(
        'Another outbound rule of this filter already has priority 1. Choose another priority, such as 2.',
      ),
    );
  });

  it('enforces 10 rules per direction', () => {
    const ingress = Array.from({ length: 10 }, (_, i) => makeRule({ id: `r${i}`, priority: i + 1 }));
    const full = makeSnapshot([], { filters: [makeFilter({ ingress_rules: ingress })] });
    const found = validateRuleCreate(full, {
      traffic_mirror_filter_id: 'f-1',
      direction: 'ingress',
      priority: 50,
    });
    expect(inEnglish(found)).toMatchObject(
      inEnglish([
        {
          code: 'QUOTA',
          kind: 'quota',
          fields: ['direction'],
          quota: { key: 'ingress_rules_per_filter', value: 10, used: 10 },
        },
      ]),
    );
    expect(inEnglish(found[0]?.message)).toBe(
      inEnglish(
        'This filter already has 10 inbound rules (quota "Inbound rules per mirror filter": 10, in use: 10). Delete a rule or use another filter.',
      ),
    );
    expect(
      inEnglish(
        validateRuleCreate(full, { traffic_mirror_filter_id: 'f-1', direction: 'egress', priority: 50 }),
      ),
    ).toEqual(inEnglish([]));
  });
});

describe('validateRuleUpdate', () => {
  const other = makeRule({ id: 'r-3', priority: 5 });
  const snapshot = makeSnapshot([], { filters: [makeFilter({ ingress_rules: [makeRule(), other] })] });
  const rule = makeRule();

  it.each([
    [1, []],
    [2, []],
    [5, ['C5']],
  ])('priority %d -> %j', (priority, codes) => {
    expect(inEnglish(validateRuleUpdate(snapshot, rule, { ...rule, priority }).map((v) => v.code))).toEqual(
      inEnglish(codes),
    );
  });

  it('reports a filter that has gone', () => {
    expect(
      inEnglish(validateRuleUpdate(makeSnapshot([], { filters: [] }), rule, rule).map((v) => v.kind)),
    ).toEqual(inEnglish(['not_found']));
  });
});

describe('validateFilterDelete (C6)', () => {
  it.each([
    [0, null],
    [1, 'This filter is used by session "s0". Delete the session or give it another filter first.'],
    [
      2,
      'This filter is used by sessions "s0" and "s1". Delete those sessions or give them another filter first.',
    ],
    [
      5,
      'This filter is used by sessions "s0", "s1", "s2" and 2 more. Delete those sessions or give them another filter first.',
    ],
  ])('with %d sessions', (count, message) => {
    const sessions = Array.from({ length: count }, (_, i) => makeSession({ id: `s${i}`, name: `s${i}` }));
    const found = validateFilterDelete(makeSnapshot(sessions), 'f-1');
    expect(inEnglish(found.map((v) => v.message))).toEqual(inEnglish(message === null ? [] : [message]));
    expect(
      inEnglish(
        found.every((v) => v.code === 'C6' && v.kind === 'conflict' && v.resources?.length === count),
      ),
    ).toBe(true);
  });
});

describe('nextFreeRulePriority', () => {
  it.each([
    [[], 1, 1],
    [[1, 2, 4], 1, 3],
    [[1, 2, 4], 4, 5],
  ])('used %j from %d -> %d', (used, from, next) => {
    const filter = makeFilter({
      ingress_rules: used.map((priority, i) => makeRule({ id: `r${i}`, priority })),
    });
    expect(inEnglish(nextFreeRulePriority(filter, 'ingress', from))).toBe(inEnglish(next));
  });
});
