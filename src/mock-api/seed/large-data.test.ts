import { createTestBackend, type TestBackend } from '../testing/test-backend';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CN_NORTH_4 as N4 } from './seed-ids';
import { largeId } from './large-data';
import { sessionBody } from '../testing/bodies';

let t: TestBackend;
let loadedIn = 0;
const SESSIONS = `/v3/${N4.project}/vpc/traffic-mirror-sessions`;

beforeAll(async () => {
  t = await createTestBackend();
  const started = performance.now();
  const answer = await t.call('POST', '/mock-admin/large-data-set');
  loadedIn = performance.now() - started;
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({
    project_id: N4.project,
    loaded: { sessions: 20000, filters: 20, loadBalancers: 100 },
  });
}, 120_000);
afterAll(() => t.close());

describe('the large data set', () => {
  it('holds exactly 20,000 sessions in the project after the load; the time it took is printed', async () => {
    console.info(`large data set loaded in ${Math.round(loadedIn)} ms (fake-indexeddb)`);
    const sessions = await t.db.sessions.toArray();
    expect(sessions.filter((s) => s.project_id === N4.project)).toHaveLength(20000);
  });

  it('reports the progress of the load: every row written', async () => {
    const answer = await t.call('GET', '/mock-admin/large-data-set');
    expect(answer.status).toBe(200);
    const progress = answer.body.progress as { state: string; written: number; total: number };
    expect(progress.state).toBe('done');
    expect(progress.total).toBeGreaterThan(20000);
    expect(progress.written).toBe(progress.total);
  });

  it('lists all 20,000 sessions through the API paging, in order, without repeats', async () => {
    const seen: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const answer = await t.call('GET', `${SESSIONS}?limit=2000${marker ? `&marker=${marker}` : ''}`);
      const items = answer.body.traffic_mirror_sessions as { id: string }[];
      seen.push(...items.map((s) => s.id));
      marker = (answer.body.page_info as { next_marker?: string }).next_marker;
      pages += 1;
    } while (marker);
    expect(pages).toBe(10);
    expect(new Set(seen).size).toBe(20000);
    expect(seen[0]).toBe(largeId('session', 1));
    expect(seen[19999]).toBe(largeId('session', 20000));
  }, 60_000);

  it('is exactly at the region quota, and every other quota holds but is reached', async () => {
    const quotas = (await t.call('GET', `/v1/${N4.project}/quotas`)).body.quotas as {
      resources: { type: string; used: number; quota: number }[];
    };
    const used = Object.fromEntries(quotas.resources.map((r) => [r.type, [r.used, r.quota]]));
    expect(used.trafficMirrorSession).toEqual([20000, 20000]);
    expect(used.trafficMirrorSessionsPerSource).toEqual([3, 3]);
    expect(used.trafficMirrorSessionsPerElbTarget).toEqual([200, 200]);
    expect(used.trafficMirrorSessionsPerFilter).toEqual([1000, 1000]);
    // The demo's mirroring resources were replaced; its interfaces and load balancers remain.
    const next = await t.call(
      'POST',
      SESSIONS,
      sessionBody({ traffic_mirror_filter_id: largeId('filter', 20) }),
    );
    expect([next.status, next.body.error_code]).toEqual([409, 'TM.0005']);
    expect(next.body.error_msg).toMatch(/20000 mirror sessions/);
  }, 60_000);

  it('still refuses by the per-target, per-filter and per-source quotas after a session is freed', async () => {
    expect((await t.call('DELETE', `${SESSIONS}/${largeId('session', 20000)}`)).status).toBe(204);
    const target = await t.call(
      'POST',
      SESSIONS,
      sessionBody({
        traffic_mirror_sources: [largeId('port', 6667)],
        traffic_mirror_target_id: largeId('loadBalancer', 1),
        traffic_mirror_filter_id: largeId('filter', 20),
        priority: 9,
      }),
    );
    expect(target.body.error_code).toBe('TM.0005');
    expect(target.body.error_msg).toMatch(/200/);
    const filter = await t.call(
      'POST',
      SESSIONS,
      sessionBody({
        traffic_mirror_sources: [largeId('port', 6667)],
        traffic_mirror_target_id: largeId('loadBalancer', 100),
        traffic_mirror_filter_id: largeId('filter', 1),
        priority: 9,
      }),
    );
    expect(filter.body.error_msg).toMatch(/1000/);
    const source = await t.call(
      'POST',
      SESSIONS,
      sessionBody({
        traffic_mirror_sources: [largeId('port', 1)],
        traffic_mirror_target_id: largeId('loadBalancer', 100),
        traffic_mirror_filter_id: largeId('filter', 20),
        priority: 9,
      }),
    );
    expect(source.body.error_code).toBe('TM.0005');
    const fits = await t.call(
      'POST',
      SESSIONS,
      sessionBody({
        traffic_mirror_sources: [largeId('port', 6667)],
        traffic_mirror_target_id: largeId('loadBalancer', 100),
        traffic_mirror_filter_id: largeId('filter', 20),
        priority: 9,
      }),
    );
    expect(fits.status).toBe(201);
  }, 60_000);
});
