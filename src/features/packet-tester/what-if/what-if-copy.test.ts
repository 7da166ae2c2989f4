import { describe, expect, it } from 'vitest';
import { makeFilter, makeRule } from '@/domain/matcher/fixtures';
import { ruleCreateSchema } from '@/domain/model/rule-schema';
import { translatorFor } from '@/i18n/testing';
import { newRuleValues, ruleFormStart, ruleValuesOf } from '@/shared-ui/rule-form-model';
import { say } from '../tester-message';
import {
  copiedFilter,
  copyRuleProblem,
  isChanged,
  priorityClash,
  putRule,
  RULES_PER_DIRECTION,
  removedRules,
  removeRule,
  restoreRule,
  ruleChange,
  startCopy,
} from './what-if-copy';

const english = translatorFor('en').t;
const chinese = translatorFor('zh-CN').t;

const saved = makeFilter('f', [
  makeRule({ id: 'in-1', priority: 1 }),
  makeRule({ id: 'in-2', priority: 2, action: 'reject' }),
  makeRule({ id: 'out-1', direction: 'egress', priority: 1 }),
]);

describe('the what-if copy of a filter', () => {
  it('edits, adds, removes and restores rules without touching the saved filter', () => {
    let copy = startCopy(saved);
    expect(isChanged(copy)).toBe(false);
    copy = putRule(copy, { ...copy.rules[0]!, action: 'reject' });
    copy = putRule(copy, makeRule({ id: '', priority: 5, protocol: 'UDP' }));
    copy = removeRule(copy, 'in-2');
    expect(
      ruleChange(
        copy,
        copy.rules.find((r) => r.id === 'in-1')!,
      ),
    ).toBe('edited');
    expect(
      ruleChange(
        copy,
        copy.rules.find((r) => r.id === 'draft-1')!,
      ),
    ).toBe('new');
    expect(removedRules(copy).map((r) => r.id)).toEqual(['in-2']);
    expect(copiedFilter(copy).ingress_rules.map((r) => r.id)).toEqual(['in-1', 'draft-1']);
    expect(saved.ingress_rules[0]!.action).toBe('accept');
    copy = restoreRule(copy, 'in-2');
    expect(copiedFilter(copy).ingress_rules.map((r) => r.id)).toEqual(['in-1', 'in-2', 'draft-1']);
  });

  it('refuses a priority another rule of the same direction holds', () => {
    const copy = startCopy(saved);
    const clash = priorityClash(copy, { id: '', direction: 'ingress', priority: 2 });
    expect(clash && say(english, clash)).toBe(
      'Another inbound rule of the copy has priority 2. Choose another priority.',
    );
    expect(clash && say(chinese, clash)).toBe('副本中另一条入方向规则的优先级为 2。请选择其他优先级。');
    expect(priorityClash(copy, { id: 'in-2', direction: 'ingress', priority: 2 })).toBeNull();
    expect(priorityClash(copy, { id: '', direction: 'egress', priority: 2 })).toBeNull();
  });
});

describe('a rule applied to the copy', () => {
  const full = startCopy(
    makeFilter(
      'full',
      Array.from({ length: RULES_PER_DIRECTION }, (_, i) => makeRule({ id: `in-${i + 1}`, priority: i + 1 })),
    ),
  );

  it.each([
    ['a new rule at a free priority', startCopy(saved), { id: '', direction: 'ingress', priority: 3 }, null],
    [
      'a new rule at a priority another rule holds',
      startCopy(saved),
      { id: '', direction: 'ingress', priority: 2 },
      'Another inbound rule of the copy has priority 2. Choose another priority.',
    ],
    [
      'a new rule when the direction is full',
      full,
      { id: '', direction: 'ingress', priority: 11 },
      `A filter holds at most ${RULES_PER_DIRECTION} inbound rules. Remove one from the copy first.`,
    ],
    ['an edited rule of a full direction', full, { id: 'in-3', direction: 'ingress', priority: 11 }, null],
    ['a new rule of the other direction', full, { id: '', direction: 'egress', priority: 1 }, null],
  ] as const)('%s', (_, copy, rule, problem) => {
    const found = copyRuleProblem(copy, rule);
    expect(found && say(english, found)).toBe(problem);
  });
});

describe('the what-if editor starts from the one rule form model', () => {
  it('adds a rule with the shared defaults at the priority the copy leaves free', () => {
    const copy = removeRule(startCopy(saved), 'in-1');
    const start = ruleFormStart(copy.saved.id, copiedFilter(copy), 'ingress');
    expect(start).toEqual({ traffic_mirror_filter_id: 'f', direction: 'ingress', ...newRuleValues(1) });
    expect(ruleCreateSchema.safeParse(start).success).toBe(true);
    expect(ruleFormStart('f', copiedFilter(startCopy(saved)), 'ingress').priority).toBe(3);
  });

  it('edits a rule of the copy with every field, the protocol as the choices name it', () => {
    const rule = makeRule({ id: 'draft-1', priority: 4, protocol: 'udp', description: 'dns' });
    const start = ruleFormStart('f', copiedFilter(startCopy(saved)), 'ingress', rule);
    expect(start).toEqual({ traffic_mirror_filter_id: 'f', direction: 'ingress', ...ruleValuesOf(rule) });
    expect(start).toMatchObject({ protocol: 'UDP', description: 'dns' });
  });
});
