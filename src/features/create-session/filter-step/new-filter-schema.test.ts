import { describe, expect, it } from 'vitest';
import { englishResultText } from '@/i18n/english-results';
import { DEFAULT_QUOTAS } from '@/domain/model/quotas';
import { newRuleValues } from '@/shared-ui/rule-form-model';
import { newFilterFormSchema, type NewFilterValues } from './new-filter-schema';

const schema = newFilterFormSchema(DEFAULT_QUOTAS);
const problems = (values: NewFilterValues) => {
  const result = schema.safeParse(values);
  return result.success
    ? []
    : result.error.issues.map((i) => [i.path.join('.'), englishResultText(i.message)]);
};
const filter = (extra: Partial<NewFilterValues>): NewFilterValues => ({
  name: 'https-only',
  description: '',
  ingress: [],
  egress: [],
  ...extra,
});

describe('newFilterFormSchema', () => {
  it('accepts a filter without rules and one with coherent rules', () => {
    expect(problems(filter({}))).toEqual([]);
    expect(
      problems(
        filter({ ingress: [{ ...newRuleValues(1), protocol: 'TCP', destination_port_range: '443-443' }] }),
      ),
    ).toEqual([]);
  });

  it('reports coherence problems at the rule field to change', () => {
    const icmpV6 = { ...newRuleValues(1), protocol: 'ICMP', ethertype: 'IPv6' as const };
    expect(problems(filter({ egress: [icmpV6] }))).toEqual([
      ['egress.0.protocol', 'ICMP rules must use IPv4. Choose IPv4, or use ICMPV6 for IPv6.'],
    ]);
  });

  it('reports a priority used twice in one direction (C5) at the later rule, not across directions', () => {
    const twice = filter({ ingress: [newRuleValues(5), newRuleValues(5)], egress: [newRuleValues(5)] });
    expect(problems(twice)).toEqual([
      [
        'ingress.1.priority',
        expect.stringContaining('Another inbound rule of this filter already has priority 5'),
      ],
    ]);
  });

  it('reports an eleventh rule against the quota of its direction', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => newRuleValues(i + 1));
    expect(problems(filter({ ingress: eleven }))).toEqual([
      ['ingress', expect.stringContaining('This filter already has 10 inbound rules')],
    ]);
  });

  it('checks the name like the API', () => {
    expect(problems(filter({ name: 'web filter' }))).toEqual([
      ['name', 'Names can use only letters, digits, CJK characters, _, - and . (remove " ").'],
    ]);
  });
});
