import { createTestBackend, type TestBackend } from './testing/test-backend';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CN_NORTH_4 as N4 } from './seed/seed-ids';
import { API_CALL_MEASURE, inPageFetch, type ApiCallDetail } from './in-page';

let t: TestBackend;
beforeAll(async () => {
  t = await createTestBackend();
  vi.stubGlobal('location', new URL('http://console.test/console/sessions'));
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await t.close();
});
beforeEach(() => performance.clearMeasures(API_CALL_MEASURE));

const recorded = () =>
  performance
    .getEntriesByName(API_CALL_MEASURE, 'measure')
    .map((e) => (e as PerformanceMeasure).detail as ApiCallDetail);

describe('inPageFetch', () => {
  it("answers a relative URL with the backend's own response, and records the call", async () => {
    const send = inPageFetch(t.backend);
    const path = `/console/api/v3/${N4.project}/vpc/traffic-mirror-sessions/${N4.sessions.figure1}`;
    const response = await send(path, { method: 'GET' });
    expect(response.status).toBe(200);
    expect(
      ((await response.json()) as { traffic_mirror_session: { id: string } }).traffic_mirror_session.id,
    ).toBe(N4.sessions.figure1);
    const missing = await send('/console/api/v3/no-such-project/vpc/traffic-mirror-sessions', {});
    expect(missing.status).toBe(404);
    expect(recorded()).toEqual([
      { method: 'GET', url: `http://console.test${path}`, status: 200 },
      {
        method: 'GET',
        url: 'http://console.test/console/api/v3/no-such-project/vpc/traffic-mirror-sessions',
        status: 404,
      },
    ]);
  });

  it('rejects with an AbortError, as fetch does, when the signal aborts first', async () => {
    const backend = vi.fn(t.backend);
    const send = inPageFetch(backend);
    const before = new AbortController();
    before.abort();
    await expect(send('/console/api/v3/projects', { signal: before.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(backend).not.toHaveBeenCalled();
    const during = new AbortController();
    const answer = send('/console/api/v3/projects', { signal: during.signal });
    during.abort();
    await expect(answer).rejects.toMatchObject({ name: 'AbortError' });
  });
});
