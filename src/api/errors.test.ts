/**
 * What the console makes of the API's refusals, read by its own client (`apiRequest`) through
 * msw from the mock backend: the code, message, field details and request id of each error
 * body the API sends, and of what a gateway or the network sends instead.
 */
import { startTestApiServer, type TestApiServer } from '@/mock-api/testing/test-api-server';
import { N4_SESSIONS, sessionBody } from '@/mock-api/testing/bodies';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, apiRequest } from './client';

let api: TestApiServer;
beforeAll(async () => {
  api = await startTestApiServer();
});
afterEach(async () => {
  api.server.resetHandlers();
  await api.heal();
});
afterAll(() => api.close());

/** The ApiError a request ends with, and the `X-Request-Id` of the answer it came from. */
async function refusal(path: string, options: Parameters<typeof apiRequest>[1] = {}) {
  const answered: Headers[] = [];
  api.server.events.on('response:mocked', ({ response }) => answered.push(response.headers));
  try {
    await apiRequest(path, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return { error: error as ApiError, headerId: answered.at(-1)?.get('X-Request-Id') };
  } finally {
    api.server.events.removeAllListeners('response:mocked');
  }
  throw new Error(`${path} was not refused.`);
}

describe('the errors of the API', () => {
  it('a field out of range: 400 TM.0002 with the field named in details and the request id', async () => {
    const { error, headerId } = await refusal(N4_SESSIONS, {
      method: 'POST',
      body: sessionBody({ priority: 0 }),
    });
    expect(error).toMatchObject({ status: 400, code: 'TM.0002' });
    expect(error.message).not.toBe('');
    expect(error.details.map((d) => d.field)).toContain('traffic_mirror_session.priority');
    expect(error.details.every((d) => d.message.length > 0)).toBe(true);
    expect(error.requestId).toBeTruthy();
    expect(error.requestId).toBe(headerId);
  });

  it('an unknown session: 404 TM.0004 saying what was not found', async () => {
    const { error } = await refusal(`${N4_SESSIONS}/00000000-0000-4000-8000-00000000dead`);
    expect(error).toMatchObject({ status: 404, code: 'TM.0004', details: [] });
    expect(error.message).toMatch(/00000000-0000-4000-8000-00000000dead/);
  });

  it('a priority in use (C4): 409 TM.0006 naming the session that holds it', async () => {
    // A source of the session at priority 1, learnt over the API.
    type Listed = { traffic_mirror_sessions: { traffic_mirror_sources: string[]; priority: number }[] };
    const listed = await apiRequest<Listed>(N4_SESSIONS);
    const holder = listed.traffic_mirror_sessions.find((s) => s.priority === 1)!;
    const taken = sessionBody({
      traffic_mirror_sources: holder.traffic_mirror_sources.slice(0, 1),
      priority: 1,
    });
    const { error } = await refusal(N4_SESSIONS, { method: 'POST', body: taken });
    expect(error).toMatchObject({ status: 409, code: 'TM.0006' });
    expect(error.message).toMatch(/already mirrors .* at priority 1/);
    expect(error.details.map((d) => d.field)).toContain('traffic_mirror_session.priority');
  });

  it('a failure injected by the settings: 503 TM.0503 with its message', async () => {
    await api.failPath('/v3/*/vpc/traffic-mirror-sessions');
    const { error, headerId } = await refusal(N4_SESSIONS);
    expect(error).toMatchObject({ status: 503, code: 'TM.0503' });
    expect(error.message).toMatch(/temporarily unavailable/);
    expect(error.requestId).toBe(headerId);
  });

  it("a gateway's body that is not JSON: the status in the message, the header's request id", async () => {
    api.server.use(
      http.get('*/api/v3/projects', () =>
        HttpResponse.text('<html>Bad gateway</html>', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'Content-Type': 'text/html', 'X-Request-Id': 'gw-1' },
        }),
      ),
    );
    const { error } = await refusal('/v3/projects');
    expect(error).toMatchObject({
      status: 502,
      code: 'HTTP.502',
      message: 'The server answered 502 Bad Gateway.',
      requestId: 'gw-1',
      details: [],
    });
  });

  it('a nested error body (some services): its code, message and request id', async () => {
    api.server.use(
      http.get('*/api/v3/projects', () =>
        HttpResponse.json(
          { error: { code: 'APIGW.0308', message: 'The request is throttled.', request_id: 'gw-2' } },
          { status: 429, headers: { 'Retry-After': '3' } },
        ),
      ),
    );
    const { error } = await refusal('/v3/projects');
    expect(error).toMatchObject({
      status: 429,
      code: 'APIGW.0308',
      message: 'The request is throttled.',
      requestId: 'gw-2',
      retryAfterMs: 3000,
    });
  });

  it('no answer at all (network error): status 0, NETWORK, a message saying what to do', async () => {
    api.server.use(http.get('*/api/v3/projects', () => HttpResponse.error()));
    const { error } = await refusal('/v3/projects');
    expect(error).toMatchObject({ status: 0, code: 'NETWORK', requestId: undefined });
    expect(error.message).toBe('The API could not be reached. Check your connection and try again.');
  });

  it('a request the console cancels is not an error of the API', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(apiRequest('/v3/projects', { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
