import { createTestBackend, type TestBackend } from '../testing/test-backend';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CN_EAST_2, CN_NORTH_4 as N4 } from '../seed/seed-ids';
import { DEFAULT_SETTINGS } from '../store/settings';
import { N4_FILTERS, N4_SESSIONS, sessionBody } from '../testing/bodies';

let t: TestBackend;
afterEach(() => t.close());

const exportData = async () => (await t.call('GET', '/mock-admin/export')).body.data;

describe('settings and fault injection', () => {
  it('reads, changes and restores the settings', async () => {
    t = await createTestBackend();
    expect((await t.call('GET', '/mock-admin/settings')).body.settings).toMatchObject({
      latency_min_ms: 0,
      failure_rate: 0,
    });
    const changed = await t.call('PUT', '/mock-admin/settings', {
      settings: { latency_min_ms: 5, latency_max_ms: 10, failure_rate: 0.25 },
    });
    expect(changed.body.settings).toMatchObject({
      latency_min_ms: 5,
      latency_max_ms: 10,
      failure_rate: 0.25,
    });
    for (const bad of [
      { failure_rate: 2 },
      { latency_min_ms: -1 },
      { latency_min_ms: 50 },
      { latency_max_ms: 'x' },
      { other: 1 },
    ]) {
      const answer = await t.call('PUT', '/mock-admin/settings', { settings: bad });
      expect([answer.status, answer.body.error_code]).toEqual([400, 'TM.0002']);
    }
    expect((await t.call('DELETE', '/mock-admin/settings')).body.settings).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ latency_min_ms: 80, latency_max_ms: 250 });
  });

  it('waits a latency within the range on API calls, not on admin calls', async () => {
    const sleep = vi.fn(async () => undefined);
    t = await createTestBackend({ sleep, random: () => 0.5 });
    await t.call('PUT', '/mock-admin/settings', { settings: { latency_min_ms: 100, latency_max_ms: 200 } });
    await t.call('GET', '/v3/projects');
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(sleep).toHaveBeenCalledWith(150);
    await t.call('PUT', '/mock-admin/settings', { settings: { latency_min_ms: 0, latency_max_ms: 0 } });
    await t.call('GET', '/v3/projects');
    expect(sleep).toHaveBeenCalledTimes(1);
  });

  it('fails the configured share of calls with 503 TM.0503 and changes nothing', async () => {
    let next = 0.1;
    t = await createTestBackend({ random: () => next });
    await t.call('PUT', '/mock-admin/settings', { settings: { failure_rate: 0.5 } });
    const before = await exportData();
    const failed = await t.call('POST', N4_SESSIONS, sessionBody());
    expect([failed.status, failed.body.error_code]).toEqual([503, 'TM.0503']);
    expect(await exportData()).toEqual(before);
    expect((await t.call('GET', '/mock-admin/settings')).status).toBe(200);
    next = 0.9;
    expect((await t.call('POST', N4_SESSIONS, sessionBody())).status).toBe(201);
  });
});

describe('fault injection on some paths only', () => {
  const failEverything = () => 0;

  it('fails only the API paths that match failure_path, and every path when it is empty', async () => {
    t = await createTestBackend({ random: failEverything });
    const set = await t.call('PUT', '/mock-admin/settings', {
      settings: { failure_rate: 1, failure_path: '/v3/*/vpc/traffic-mirror-filters' },
    });
    expect(set.body.settings).toMatchObject({
      failure_rate: 1,
      failure_path: '/v3/*/vpc/traffic-mirror-filters',
    });
    const status = async (path: string) => (await t.call('GET', path)).status;
    expect(await status(N4_FILTERS)).toBe(503);
    expect(await status(`${N4_FILTERS}/${N4.filters.web}`)).toBe(200);
    expect(await status(N4_SESSIONS)).toBe(200);
    expect(await status('/v3/projects')).toBe(200);
    await t.call('PUT', '/mock-admin/settings', { settings: { failure_path: '' } });
    expect(await status(N4_SESSIONS)).toBe(503);
    expect(await status('/v3/projects')).toBe(503);
    expect((await t.call('GET', '/mock-admin/settings')).status).toBe(200);
    expect(t.changes).toEqual([]);
  });

  it('refuses a failure_path that is not a path pattern, with the field named', async () => {
    t = await createTestBackend();
    for (const failure_path of [7, 'ports', `/${'x'.repeat(200)}`]) {
      const answer = await t.call('PUT', '/mock-admin/settings', { settings: { failure_path } });
      expect([answer.status, answer.body.error_code]).toEqual([400, 'TM.0002']);
      expect(JSON.stringify(answer.body.details)).toContain('settings.failure_path');
    }
  });

  it('imports settings saved before failure_path existed, failing every path', async () => {
    t = await createTestBackend();
    const exported = (await t.call('GET', '/mock-admin/export')).body;
    const { failure_path: _dropped, ...older } = exported.settings as Record<string, unknown>;
    const answer = await t.call('POST', '/mock-admin/import', { ...exported, settings: older });
    expect(answer.status).toBe(200);
    expect((await t.call('GET', '/mock-admin/settings')).body.settings).toMatchObject({ failure_path: '' });
  });
});

describe('reset, export and import', () => {
  it('resets to the demo data', async () => {
    t = await createTestBackend();
    const demo = await exportData();
    await t.call('DELETE', `${N4_SESSIONS}/${N4.sessions.paused}`);
    const answer = await t.call('POST', '/mock-admin/reset');
    expect(answer.body.counts).toMatchObject({ projects: 3, sessions: 4 });
    expect(await exportData()).toEqual(demo);
    expect(t.changes).toContainEqual({ project_id: '*', resource: 'all' });
  });

  it('the demo data passes its own import checks (field rules, references)', async () => {
    t = await createTestBackend();
    const exported = await t.call('GET', '/mock-admin/export');
    expect(exported.body).toMatchObject({ format: 'traffic-mirror-console-mock-store', version: 1 });
    const imported = await t.call('POST', '/mock-admin/import', exported.body);
    expect(imported.status).toBe(200);
    expect(await exportData()).toEqual(exported.body.data);
  });

  it('imports a changed export: the store becomes it', async () => {
    t = await createTestBackend();
    const exported = (await t.call('GET', '/mock-admin/export')).body as {
      data: { sessions: { name: string }[] };
    };
    exported.data.sessions = exported.data.sessions.slice(0, 1);
    expect((await t.call('POST', '/mock-admin/import', exported)).body.counts).toMatchObject({ sessions: 1 });
    expect(((await t.call('GET', N4_SESSIONS)).body.traffic_mirror_sessions as unknown[]).length).toBe(1);
  });

  it.each([
    ['not JSON', () => '{', 'TM.0001', undefined],
    ['another format', () => ({ format: 'x' }), 'TM.0001', 'format'],
    ['another version', (e: Record<string, unknown>) => ({ ...e, version: 2 }), 'TM.0002', 'version'],
    [
      'a missing table',
      (e: Export) => ({ ...e, data: { ...e.data, ports: undefined } }),
      'TM.0002',
      'data.ports',
    ],
    ['a bad priority', (e: Export) => withSession(e, { priority: 0 }), 'TM.0002', 'data.sessions.0.priority'],
    ['a bad name', (e: Export) => withSession(e, { name: 'a b' }), 'TM.0002', 'data.sessions.0.name'],
    ['a wrong type', (e: Export) => withSession(e, { enabled: 'yes' }), 'TM.0002', 'data.sessions.0.enabled'],
    [
      'a missing filter',
      (e: Export) => withSession(e, { traffic_mirror_filter_id: 'nope' }),
      'TM.0002',
      'data.sessions.0.traffic_mirror_filter_id',
    ],
    [
      'a duplicate id',
      (e: Export) => ({ ...e, data: { ...e.data, vpcs: [...(e.data.vpcs ?? []), e.data.vpcs?.[0] ?? {}] } }),
      'TM.0002',
      'data.vpcs.7.id',
    ],
    [
      'bad settings',
      (e: Export) => ({ ...e, settings: { failure_rate: 3 } }),
      'TM.0002',
      'settings.latency_min_ms',
    ],
  ])('refuses an import with %s, changing nothing', async (_what, change, code, field) => {
    t = await createTestBackend();
    const exported = (await t.call('GET', '/mock-admin/export')).body as Export;
    const before = exported.data;
    const answer = await t.call('POST', '/mock-admin/import', change(structuredClone(exported)));
    expect([answer.status, answer.body.error_code]).toEqual([400, code]);
    if (field) expect((answer.body.details as { field: string }[]).map((d) => d.field)).toContain(field);
    expect(answer.body.error_msg).toMatch(/./);
    expect(await exportData()).toEqual(before);
    expect(t.changes).toEqual([]);
  });
});

type Export = { data: Record<string, Record<string, unknown>[]> } & Record<string, unknown>;
function withSession(e: Export, change: Record<string, unknown>): Export {
  const sessions = e.data.sessions ?? [];
  return { ...e, data: { ...e.data, sessions: [{ ...sessions[0], ...change }, ...sessions.slice(1)] } };
}

describe('quotas', () => {
  it('raises the adjustable quota, lowers it back, and refuses fixed quotas, values below the default, unknown names', async () => {
    t = await createTestBackend();
    const path = `/mock-admin/projects/${N4.project}/quotas`;
    expect((await t.call('GET', path)).body.quotas).toMatchObject({
      sources_per_session: 10,
      sessions_per_source: 3,
    });
    const raised = await t.call('PUT', path, { quotas: { sources_per_session: 20 } });
    expect(raised.body.quotas).toMatchObject({ sources_per_session: 20 });
    const quotas = (await t.call('GET', `/v1/${N4.project}/quotas`)).body.quotas as {
      resources: { type: string; quota: number }[];
    };
    expect(quotas.resources).toContainEqual(
      expect.objectContaining({ type: 'trafficMirrorSourcesPerSession', quota: 20 }),
    );
    for (const bad of [
      { sessions_per_source: 5 },
      { sources_per_session: 5 },
      { sources_per_session: 1001 },
      { nope: 1 },
      { sources_per_session: '20' },
    ]) {
      const answer = await t.call('PUT', path, { quotas: bad });
      expect([answer.status, answer.body.error_code]).toEqual([400, 'TM.0002']);
    }
    expect((await t.call('GET', path)).body.quotas).toMatchObject({ sources_per_session: 20 });
    const lowered = await t.call('PUT', path, { quotas: { sources_per_session: 15 } });
    expect(lowered.body.quotas).toMatchObject({ sources_per_session: 15 });
    expect(
      (await t.call('GET', `/mock-admin/projects/${CN_EAST_2.project}/quotas`)).body.quotas,
    ).toMatchObject({ sources_per_session: 10 });
    expect((await t.call('PUT', '/mock-admin/projects/nope/quotas', { quotas: {} })).status).toBe(404);
  });

  it('unknown admin paths are 404, wrong methods 405', async () => {
    t = await createTestBackend();
    expect((await t.call('GET', '/mock-admin/nothing')).status).toBe(404);
    expect((await t.call('GET', '/mock-admin/reset')).status).toBe(405);
    expect((await t.call('POST', N4_FILTERS, { traffic_mirror_filter: { name: 'x' } })).status).toBe(201);
  });
});
