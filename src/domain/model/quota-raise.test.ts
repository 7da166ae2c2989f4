import { inEnglish } from '@/i18n/test-english';
import { describe, expect, it } from 'vitest';
import { fieldProblemsOf } from './field-details';
import {
  QUOTA_RAISE_LIMIT,
  quotaFloor,
  quotaValueFormSchema,
  quotaValueMessage,
  raiseQuota,
} from './quota-raise';
import { DEFAULT_QUOTAS, quotaDefinition, type QuotaKey } from './quotas';

const sources = quotaDefinition('sources_per_session');
const usage = (sources_per_session: number): Record<QuotaKey, number> =>
  ({
    ...Object.fromEntries(Object.keys(DEFAULT_QUOTAS).map((key) => [key, 0])),
    sources_per_session,
  }) as Record<QuotaKey, number>;

describe('the value of the adjustable quota', () => {
  it.each([
    [0, 10, 'Enter a whole number from 10 to 1000.'],
    [10, 10, 'Enter a whole number from 10 to 1000.'],
    [12, 12, 'Enter a whole number from 12 to 1000 (Mirror sources per session: 12 in use).'],
  ])('with %d in use: from %d, saying %j', (used, floor, message) => {
    expect(inEnglish(quotaFloor(sources, used))).toBe(inEnglish(floor));
    expect(inEnglish(quotaValueMessage(sources, used))).toBe(inEnglish(message));
  });
});

describe('raiseQuota', () => {
  it.each([
    [20, 0],
    [10, 0],
    [QUOTA_RAISE_LIMIT, 0],
    [12, 12],
  ])('sets sources per session to %d with %d in use', (value, used) => {
    expect(inEnglish(raiseQuota(DEFAULT_QUOTAS, 'sources_per_session', value, usage(used)))).toEqual(
      inEnglish({
        ok: true,
        quotas: { ...DEFAULT_QUOTAS, sources_per_session: value },
      }),
    );
  });

  it('lowers a raised quota back, not below the default', () => {
    const raised = { ...DEFAULT_QUOTAS, sources_per_session: 50 };
    expect(inEnglish(raiseQuota(raised, 'sources_per_session', 15, usage(2)))).toMatchObject(
      inEnglish({ ok: true }),
    );
    expect(inEnglish(raiseQuota(raised, 'sources_per_session', 9, usage(2)))).toMatchObject(
      inEnglish({ ok: false }),
    );
  });

  it.each([
    ['nope', 5, 0, 'There is no quota named nope.'],
    ['sessions_per_source', 5, 0, 'Mirror sessions per source is fixed at 3 and cannot be changed.'],
    ['sources_per_session', 9, 0, 'Enter a whole number from 10 to 1000.'],
    ['sources_per_session', 1001, 0, 'Enter a whole number from 10 to 1000.'],
    ['sources_per_session', 12.5, 0, 'Enter a whole number from 10 to 1000.'],
    ['sources_per_session', '20', 0, 'Enter a whole number from 10 to 1000.'],
    [
      'sources_per_session',
      11,
      12,
      'Enter a whole number from 12 to 1000 (Mirror sources per session: 12 in use).',
    ],
  ] as const)('refuses %s = %j with %d in use', (key, value, used, message) => {
    expect(inEnglish(raiseQuota(DEFAULT_QUOTAS, key, value, usage(used)))).toEqual(
      inEnglish({ ok: false, message }),
    );
  });
});

describe('quotaValueFormSchema', () => {
  it('reads the typed value', () => {
    expect(inEnglish(quotaValueFormSchema(sources, 0).parse({ value: ' 20 ' }))).toEqual(
      inEnglish({ value: 20 }),
    );
  });

  it.each(['', 'ten', '5', '10.5', '1001'])('refuses %j with the rule of the quota', (value) => {
    const result = quotaValueFormSchema(sources, 0).safeParse({ value });
    expect(inEnglish(result.error && fieldProblemsOf(result.error))).toEqual(
      inEnglish([{ field: 'value', message: 'Enter a whole number from 10 to 1000.' }]),
    );
  });
});
