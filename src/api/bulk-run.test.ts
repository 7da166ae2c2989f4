/**
 * Bulk changes of mirror sessions through the console's own API layer (fetch, ApiError) against
 * the mock backend, served by MSW in Node as the page's service worker serves it: partial
 * failure, cancel mid-way, retry of the failed ones, and every session wholly changed or untouched.
 */
import { createTestBackend, type TestBackend } from '@/mock-api/testing/test-backend';
import { N4_SESSIONS, sessionBody } from '@/mock-api/testing/bodies';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { itemsToRetry, runBulk, type BulkProgress } from './bulk-run';
import { changeSessions } from './sessions';

const COUNT = 12;
let t: TestBackend;
let ids: string[] = [];
let project = '';
const server = setupServer(http.all('*', ({ request }) => t.backend(request)));

beforeAll(() => {
  // The console calls relative `/api/...` addresses, resolved against the page's location.
  vi.stubGlobal('location', new URL('http://console.test/'));
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => {
  server.close();
  vi.unstubAllGlobals();
});

beforeEach(async () => {
  t = await createTestBackend();
  // The region's project as a client learns it: over the API.
  const { projects } = (await t.call('GET', '/v3/projects')).body as {
    projects: { id: string; name: string }[];
  };
  project = projects.find((p) => p.name === 'cn-north-4')!.id;
  await t.setQuotas(project, { sessions_per_source: 100, sessions_per_elb_target: 100 });
  ids = [];
  for (let i = 0; i < COUNT; i++) {
    const answer = await t.call('POST', N4_SESSIONS, sessionBody({ name: `bulk-${i}`, priority: 100 + i }));
    expect(answer.status).toBe(201);
    ids.push((answer.body.traffic_mirror_session as { id: string }).id);
  }
});
afterEach(async () => {
  await t.close();
});

/** Makes every request to one session's path fail with the mock's injected 503. */
async function failSession(id: string) {
  const settings = { failure_rate: 1, failure_path: `${N4_SESSIONS}/${id}` };
  expect((await t.call('PUT', '/mock-admin/settings', { settings })).status).toBe(200);
}

async function heal() {
  const settings = { failure_rate: 0, failure_path: '' };
  expect((await t.call('PUT', '/mock-admin/settings', { settings })).status).toBe(200);
}

/** Each session as the server holds it now: `deleted`, or whether it is enabled. */
async function stateOf(id: string): Promise<'deleted' | boolean> {
  const answer = await t.call('GET', `${N4_SESSIONS}/${id}`);
  if (answer.status === 404) return 'deleted';
  return (answer.body.traffic_mirror_session as { enabled: boolean }).enabled;
}

describe('bulk changes of mirror sessions', () => {
  it('a partial failure names each failed session with the code, message and request id; the rest are changed', async () => {
    const gone = '00000000-0000-4000-8000-0000000fffff';
    await failSession(ids[3]!);
    const progress: BulkProgress[] = [];
    const report = await changeSessions(project, [...ids, gone], 'disable', {
      onProgress: (p) => progress.push(p),
    });
    expect(report.failed.map((f) => [f.item, f.code])).toEqual([
      [ids[3], 'TM.0503'],
      [gone, expect.stringMatching(/^TM\./)],
    ]);
    expect(report.failed[0]!.message).toMatch(/temporarily unavailable/);
    expect(report.failed.every((f) => f.requestId)).toBe(true);
    expect(report.succeeded).toEqual(ids.filter((_, i) => i !== 3));
    expect(report).toMatchObject({ notAttempted: [], cancelled: false });
    expect(progress.at(-1)).toEqual({ total: COUNT + 1, done: COUNT + 1, succeeded: COUNT - 1, failed: 2 });
    expect(progress.map((p) => p.done)).toEqual(Array.from({ length: COUNT + 1 }, (_, i) => i + 1));
    await heal();
    for (const id of ids) expect(await stateOf(id)).toBe(id === ids[3]);
  });

  it('retrying exactly the failed ones succeeds once the fault is gone', async () => {
    await failSession(ids[5]!);
    const first = await changeSessions(project, ids, 'delete');
    expect(itemsToRetry(first)).toEqual([ids[5]]);
    await heal();
    const sent: string[] = [];
    server.events.on('request:start', ({ request }) => void sent.push(`${request.method} ${request.url}`));
    const retry = await changeSessions(project, itemsToRetry(first), 'delete');
    server.events.removeAllListeners();
    expect(sent).toEqual([`DELETE http://console.test/api${N4_SESSIONS}/${ids[5]}`]);
    expect(retry).toEqual({ succeeded: [ids[5]], failed: [], notAttempted: [], cancelled: false });
    for (const id of ids) expect(await stateOf(id)).toBe('deleted');
  });

  it('cancel sends nothing more; each session is wholly changed or untouched, as the report says', async () => {
    const controller = new AbortController();
    const report = await changeSessions(project, ids, 'delete', {
      concurrency: 3,
      signal: controller.signal,
      onProgress: (p) => p.done === 4 && controller.abort(),
    });
    expect(report.cancelled).toBe(true);
    // The requests in flight when Cancel was pressed finish and are reported as they ended.
    expect(report.succeeded.length).toBeGreaterThanOrEqual(4);
    expect(report.succeeded.length).toBeLessThanOrEqual(6);
    expect([...report.succeeded, ...report.notAttempted].sort()).toEqual([...ids].sort());
    for (const id of report.succeeded) expect(await stateOf(id)).toBe('deleted');
    for (const id of report.notAttempted) expect(await stateOf(id)).toBe(true);

    const retry = await changeSessions(project, itemsToRetry(report), 'delete');
    expect(retry.succeeded).toEqual(report.notAttempted);
    for (const id of ids) expect(await stateOf(id)).toBe('deleted');
  });

  it('never has more requests in flight than its concurrency, and an error that is not the API’s is still named', async () => {
    let inFlight = 0;
    let most = 0;
    const report = await runBulk(
      Array.from({ length: 20 }, (_, i) => i),
      async (i) => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight -= 1;
        if (i === 7) throw new Error('Lost.');
      },
      { concurrency: 4 },
    );
    expect(most).toBe(4);
    expect(report.failed).toEqual([
      { item: 7, code: 'UNKNOWN', message: 'Lost.', error: new Error('Lost.') },
    ]);
    expect(report.succeeded).toHaveLength(19);
  });
});
