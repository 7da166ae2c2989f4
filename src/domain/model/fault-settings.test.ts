import { inEnglish } from '@/i18n/test-english';
import { describe, expect, it } from 'vitest';
import {
  FAULT_MESSAGES,
  faultSettingsFormSchema,
  faultSettingsFormValues,
  faultSettingsPatchSchema,
  faultSettingsSchema,
  type FaultSettingsForm,
} from './fault-settings';
import { fieldProblemsOf } from './field-details';

const valid = { latency_min_ms: 80, latency_max_ms: 250, failure_rate: 0.1, failure_path: '' };
const problems = (result: { success: boolean; error?: Parameters<typeof fieldProblemsOf>[0] }) =>
  result.error ? fieldProblemsOf(result.error) : [];

describe('faultSettingsSchema: every rule and its message', () => {
  it.each([
    ['a negative latency', { latency_min_ms: -1 }, 'latency_min_ms', FAULT_MESSAGES.latency],
    ['a fractional latency', { latency_min_ms: 1.5 }, 'latency_min_ms', FAULT_MESSAGES.latency],
    ['a latency over a minute', { latency_max_ms: 60_001 }, 'latency_max_ms', FAULT_MESSAGES.latency],
    ['a latency as text', { latency_max_ms: '100' }, 'latency_max_ms', FAULT_MESSAGES.latency],
    ['a latency that is no number', { latency_max_ms: Number.NaN }, 'latency_max_ms', FAULT_MESSAGES.latency],
    ['a negative failure rate', { failure_rate: -0.1 }, 'failure_rate', FAULT_MESSAGES.failureRate],
    ['a failure rate over 1', { failure_rate: 1.01 }, 'failure_rate', FAULT_MESSAGES.failureRate],
    ['a failure rate as text', { failure_rate: '0.5' }, 'failure_rate', FAULT_MESSAGES.failureRate],
    ['a path that is no text', { failure_path: 7 }, 'failure_path', FAULT_MESSAGES.failurePath],
    [
      'a path not starting with / or *',
      { failure_path: 'ports' },
      'failure_path',
      FAULT_MESSAGES.failurePathStart,
    ],
    [
      'a path too long',
      { failure_path: `/${'x'.repeat(200)}` },
      'failure_path',
      FAULT_MESSAGES.failurePathLength,
    ],
    [
      'the longest latency below the shortest',
      { latency_min_ms: 500, latency_max_ms: 100 },
      'latency_max_ms',
      'Make the longest latency at least the shortest one (500 ms).',
    ],
  ])('refuses %s', (_, change, field, message) => {
    expect(inEnglish(problems(faultSettingsSchema.safeParse({ ...valid, ...change })))).toEqual(
      inEnglish([{ field, message }]),
    );
  });

  it.each([
    ['the defaults', valid],
    ['no latency and no failure', { ...valid, latency_min_ms: 0, latency_max_ms: 0, failure_rate: 0 }],
    ['every call failing on one path', { ...valid, failure_rate: 1, failure_path: '*-sessions' }],
    ['equal latencies at the limit', { ...valid, latency_min_ms: 60_000, latency_max_ms: 60_000 }],
  ])('accepts %s', (_, settings) => {
    expect(inEnglish(faultSettingsSchema.safeParse(settings).success)).toBe(true);
  });

  it('does not compare the latencies when one of them is already wrong', () => {
    const result = faultSettingsSchema.safeParse({ ...valid, latency_min_ms: 70_000, latency_max_ms: 100 });
    expect(inEnglish(problems(result))).toEqual(
      inEnglish([{ field: 'latency_min_ms', message: FAULT_MESSAGES.latency }]),
    );
  });
});

describe('faultSettingsPatchSchema', () => {
  it('takes any of the fields and refuses others', () => {
    expect(inEnglish(faultSettingsPatchSchema.safeParse({ failure_rate: 0.5 }).success)).toBe(true);
    expect(inEnglish(problems(faultSettingsPatchSchema.safeParse({ other: 1 })))).toEqual(
      inEnglish([{ field: '', message: FAULT_MESSAGES.unknown }]),
    );
  });
});

describe('faultSettingsFormSchema', () => {
  const form: FaultSettingsForm = {
    latency_min_ms: '80',
    latency_max_ms: '250',
    failure_rate: '10',
    failure_path: '',
  };

  it('reads the typed text, the failure rate in percent', () => {
    expect(
      inEnglish(faultSettingsFormSchema.parse({ ...form, failure_rate: '12.5', failure_path: ' /v1/* ' })),
    ).toEqual(
      inEnglish({
        latency_min_ms: 80,
        latency_max_ms: 250,
        failure_rate: 0.125,
        failure_path: '/v1/*',
      }),
    );
  });

  it.each([
    ['a blank latency', { latency_min_ms: '' }, 'latency_min_ms', FAULT_MESSAGES.latency],
    ['a latency in words', { latency_max_ms: 'soon' }, 'latency_max_ms', FAULT_MESSAGES.latency],
    ['150 %', { failure_rate: '150' }, 'failure_rate', FAULT_MESSAGES.failureRate],
    ['a blank failure rate', { failure_rate: ' ' }, 'failure_rate', FAULT_MESSAGES.failureRate],
  ])('refuses %s at its field', (_, change, field, message) => {
    expect(inEnglish(problems(faultSettingsFormSchema.safeParse({ ...form, ...change })))).toEqual(
      inEnglish([{ field, message }]),
    );
  });

  it('shows saved settings as the form holds them and reads them back unchanged', () => {
    const shown = faultSettingsFormValues({ ...valid, failure_rate: 0.125, failure_path: '/v1/*' });
    expect(inEnglish(shown)).toEqual(
      inEnglish({
        latency_min_ms: '80',
        latency_max_ms: '250',
        failure_rate: '12.5',
        failure_path: '/v1/*',
      }),
    );
    expect(inEnglish(faultSettingsFormSchema.parse(shown))).toEqual(
      inEnglish({
        ...valid,
        failure_rate: 0.125,
        failure_path: '/v1/*',
      }),
    );
  });
});
