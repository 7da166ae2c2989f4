import { describe, expect, it } from 'vitest';
import { makeFilter, makeRule } from '@/domain/matcher/fixtures';
import {
  copiedFilter,
  isChanged,
  priorityClash,
  putRule,
  removedRules,
  removeRule,
  restoreRule,
  ruleChange,
  startCopy,
} from './what-if-copy';

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
    expect(priorityClash(copy, { id: '', direction: 'ingress', priority: 2 })).toBe(
      'Another inbound rule of the copy has priority 2. Choose another priority.',
    );
    expect(priorityClash(copy, { id: 'in-2', direction: 'ingress', priority: 2 })).toBeNull();
    expect(priorityClash(copy, { id: '', direction: 'egress', priority: 2 })).toBeNull();
  });
});
