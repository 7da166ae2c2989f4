/**
 * The Settings forms and the admin calls behind them refuse the same values with the same
 * message at the same field: each value of a table goes through the form's resolver
 * (react-hook-form + zod, as the page runs it) and through the mock's `PUT`.
 */
import { englishResultText } from '@/i18n/english-results';
import { zodResolver } from '@hookform/resolvers/zod';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { faultSettingsFormSchema, type FaultSettings } from '@/domain/model/fault-settings';
import { quotaValueFormSchema } from '@/domain/model/quota-raise';
import { quotaDefinition } from '@/domain/model/quotas';
import { CN_NORTH_4 as N4 } from '../seed/seed-ids';
import { createTestBackend, type TestBackend } from '../testing/test-backend';

let t: TestBackend;
afterEach(() => t.close());

type Problems = Record<string, string>;

/** What the form shows at each field when it is submitted with `values`. */
async function formProblems<T extends FieldValues, O extends FieldValues>(
  resolver: Resolver<T, unknown, O>,
  values: T,
): Promise<Problems> {
  const result = await resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });
  const errors = result.errors as FieldErrors;
  return Object.fromEntries(
    Object.entries(errors).map(([field, error]) => [field, englishResultText(String(error?.message))]),
  );
}

/** What the API's refusal says for each field, the wrapper dropped. */
function apiProblems(body: Record<string, unknown>): Problems {
  const details = (body.details ?? []) as { field: string; message: string }[];
  return Object.fromEntries(details.map((d) => [d.field.replace(/^[a-z_]+\./, ''), d.message]));
}

describe('fault injection: the form and PUT /mock-admin/settings agree', () => {
  const valid: FaultSettings = {
    latency_min_ms: 80,
    latency_max_ms: 250,
    failure_rate: 0.1,
    failure_path: '',
  };
  const asTyped = (s: FaultSettings) => ({
    latency_min_ms: String(s.latency_min_ms),
    latency_max_ms: String(s.latency_max_ms),
    failure_rate: String(s.failure_rate * 100),
    failure_path: s.failure_path,
  });

  it.each([
    ['valid settings', {}],
    ['a negative latency', { latency_min_ms: -5 }],
    ['a fractional latency', { latency_max_ms: 12.5 }],
    ['a latency over a minute', { latency_max_ms: 90_000 }],
    ['the longest latency below the shortest', { latency_min_ms: 500, latency_max_ms: 100 }],
    ['a failure rate over 100 %', { failure_rate: 1.5 }],
    ['a negative failure rate', { failure_rate: -0.2 }],
    ['a path not starting with / or *', { failure_path: 'ports' }],
    ['a path too long', { failure_path: `/${'p'.repeat(250)}` }],
    ['several wrong fields', { latency_min_ms: -1, failure_rate: 2, failure_path: 'x' }],
  ] as const)('%s', async (_, change) => {
    t = await createTestBackend();
    const settings = { ...valid, ...change };
    const form = await formProblems(zodResolver(faultSettingsFormSchema), asTyped(settings));
    const answer = await t.call('PUT', '/mock-admin/settings', { settings });
    expect(apiProblems(answer.body)).toEqual(form);
    expect(answer.status).toBe(Object.keys(form).length === 0 ? 200 : 400);
  });
});

describe('the adjustable quota: the form and PUT /mock-admin/projects/{id}/quotas agree', () => {
  const sources = quotaDefinition('sources_per_session');

  it.each([
    ['a raise', 20, 0],
    ['the default', 10, 0],
    ['the limit', 1000, 0],
    ['below the default', 9, 0],
    ['above the limit', 1001, 0],
    ['a fraction', 10.5, 0],
    ['the usage, above the default', 12, 12],
    ['below the usage', 11, 12],
  ])('%s', async (_, value, busiest) => {
    t = await createTestBackend();
    if (busiest > 0) {
      // One session with that many sources (written directly: the usage, not how it came about).
      const session = await t.db.sessions.get(N4.sessions.idsEni);
      if (!session) throw new Error('The demo data has no web-prod-01-to-ids session.');
      const port = await t.db.ports.get(N4.ports.webProd01);
      if (!port) throw new Error('The demo data has no web-prod-01 interface.');
      const ids = Array.from({ length: busiest }, (_, i) => `port-${i}`);
      await t.db.ports.bulkPut(ids.map((id) => ({ ...port, id })));
      await t.db.sessions.put({ ...session, traffic_mirror_sources: ids });
    }
    const quotas = (await t.call('GET', `/v1/${N4.project}/quotas`)).body.quotas as {
      resources: { type: string; used: number }[];
    };
    const used = quotas.resources.find((r) => r.type === sources.type)?.used ?? -1;
    if (busiest > 0) expect(used).toBe(busiest);
    else expect(used).toBeLessThan(sources.value);
    const form = await formProblems(zodResolver(quotaValueFormSchema(sources, used)), {
      value: String(value),
    });
    const answer = await t.call('PUT', `/mock-admin/projects/${N4.project}/quotas`, {
      quotas: { [sources.key]: value },
    });
    const api = apiProblems(answer.body);
    expect(api[sources.key]).toBe(form.value);
    expect(answer.status).toBe(form.value === undefined ? 200 : 400);
  });
});
