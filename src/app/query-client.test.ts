/**
 * The console's query client against the mock backend through msw: which failed loads it tries
 * again and after how long (1 s, 2 s, 4 s, or what `Retry-After` asks), which it never repeats,
 * and that it never repeats a write. Time is Vitest's fake clock: nothing here really waits.
 */
import { startTestApiServer, type TestApiServer } from '@/mock-api/testing/test-api-server';
import { N4_RULES, N4_SESSIONS, ruleBody } from '@/mock-api/testing/bodies';
import { MutationObserver } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest } from '@/api/client';
import { createRule } from '@/api/filters';
import { sessionQueryOptions, sessionsQueryOptions } from '@/api/sessions';
import { queryClient } from './query-client';

let api: TestApiServer;
let P = '';
let LIST = sessionsQueryOptions(P);
/** The id of the demo's web-traffic-filter, learnt over the API. */
let webFilter = '';

beforeAll(async () => {
  api = await startTestApiServer();
  // The region and its ids as the console learns them: over the API, not from the mock's seed.
  const { projects } = await apiRequest<{ projects: { id: string; name: string }[] }>('/v3/projects');
  P = projects.find((p) => p.name === 'cn-north-4')!.id;
  LIST = sessionsQueryOptions(P);
  const filters = await apiRequest<{ traffic_mirror_filters: { id: string; name: string }[] }>(
    `/v3/${P}/vpc/traffic-mirror-filters`,
  );
  webFilter = filters.traffic_mirror_filters.find((f) => f.name === 'web-traffic-filter')!.id;
});
beforeEach(() => {
  // Only the clock of the retries is faked: IndexedDB and msw keep their own scheduling.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  api.sent.length = 0;
});
afterEach(async () => {
  vi.useRealTimers();
  queryClient.clear();
  api.server.resetHandlers();
  await api.heal();
});
afterAll(() => api.close());

/** Lets the requests in flight be answered (real event-loop turns; the fake clock stands still). */
async function until(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 10_000 && !condition(); turn++) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect(condition()).toBe(true);
}

const tries = (method = 'GET', path = N4_SESSIONS) =>
  api.sent.filter((r) => r.method === method && r.path === path).length;

/** Starts loading the session list as a page does; the outcome is kept, never left unhandled. */
function load(options: { queryKey: readonly unknown[] } = LIST) {
  const outcome = queryClient.fetchQuery(options as typeof LIST).then(
    (data) => ({ data, error: undefined }),
    (error: unknown) => ({ data: undefined, error }),
  );
  return outcome;
}

/** Advances the fake clock to just before `ms`, checks that nothing was sent, then to `ms`. */
async function expectNextTryAfter(ms: number, triesSoFar: number) {
  await vi.advanceTimersByTimeAsync(ms - 1);
  expect(tries()).toBe(triesSoFar);
  await vi.advanceTimersByTimeAsync(1);
  await until(() => tries() === triesSoFar + 1);
}

describe('loads that fail are tried again when a second try can succeed', () => {
  it('503 (fault injection): three more tries after 1 s, 2 s and 4 s, then the error', async () => {
    await api.failPath('/v3/*/vpc/traffic-mirror-sessions');
    const outcome = load();
    await until(() => tries() === 1);
    await expectNextTryAfter(1000, 1);
    await expectNextTryAfter(2000, 2);
    await expectNextTryAfter(4000, 3);
    const { error } = await outcome;
    expect(error).toMatchObject({ status: 503, code: 'TM.0503' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(tries()).toBe(4);
  });

  it('503 then healed: the second try, 1 s later, loads the list', async () => {
    await api.failPath('/v3/*/vpc/traffic-mirror-sessions');
    const outcome = load();
    await until(() => queryClient.getQueryState(LIST.queryKey)?.fetchFailureCount === 1);
    await api.heal();
    await expectNextTryAfter(1000, 1);
    const { data } = await outcome;
    expect(data?.map((s) => s.name)).toContain('figure-1-web-pay-to-elb');
  });

  it('429 with Retry-After: 3 is tried again after 3 s, not 1 s', async () => {
    api.server.use(
      http.get(
        `*/api${N4_SESSIONS}`,
        () =>
          HttpResponse.json({ error_code: 'APIGW.0308' }, { status: 429, headers: { 'Retry-After': '3' } }),
        { once: true },
      ),
    );
    const outcome = load();
    await until(() => tries() === 0 && queryClient.getQueryState(LIST.queryKey)?.fetchFailureCount === 1);
    await vi.advanceTimersByTimeAsync(2999);
    expect(tries()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    await until(() => tries() === 1);
    expect((await outcome).data).toHaveLength(3);
  });

  it('a network error is tried again after 1 s', async () => {
    api.server.use(http.get(`*/api${N4_SESSIONS}`, () => HttpResponse.error(), { once: true }));
    const outcome = load();
    await until(() => queryClient.getQueryState(LIST.queryKey)?.fetchFailureCount === 1);
    await vi.advanceTimersByTimeAsync(999);
    expect(tries()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    await until(() => tries() === 1);
    expect((await outcome).data).toHaveLength(3);
  });
});

describe('refusals that would answer the same again are not repeated', () => {
  it('404 TM.0004 (an unknown session) is shown after one try', async () => {
    const path = `${N4_SESSIONS}/00000000-0000-4000-8000-00000000dead`;
    const outcome = load(sessionQueryOptions(P, '00000000-0000-4000-8000-00000000dead'));
    const { error } = await outcome;
    expect(error).toMatchObject({ status: 404, code: 'TM.0004' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(tries('GET', path)).toBe(1);
  });

  it.each([400, 401, 403, 409])('%i is shown after one try', async (status) => {
    api.server.use(
      http.get(`*/api${N4_SESSIONS}`, () => HttpResponse.json({ error_code: `X.${status}` }, { status })),
    );
    let calls = 0;
    api.server.events.on('request:start', () => (calls += 1));
    const { error } = await load();
    await vi.advanceTimersByTimeAsync(60_000);
    api.server.events.removeAllListeners('request:start');
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(status);
    expect(calls).toBe(1);
  });
});

describe('writes are never repeated by the console', () => {
  /** Adds a rule as the filter page does, through a mutation of the console's client. */
  function addRule() {
    const observer = new MutationObserver(queryClient, {
      mutationFn: () =>
        createRule(P, ruleBody(webFilter, { priority: 77 }).traffic_mirror_filter_rule as never),
    });
    return observer.mutate().then(
      () => undefined,
      (error: unknown) => error,
    );
  }

  it('a 503 on create is reported after one request, however long one waits', async () => {
    await api.failPath('/v3/*/vpc/traffic-mirror-filter-rules');
    const error = await addRule();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(error).toMatchObject({ status: 503, code: 'TM.0503' });
    expect(tries('POST', N4_RULES)).toBe(1);
  });

  it('a create whose answer was lost (network error) is not sent again', async () => {
    let posts = 0;
    api.server.use(
      http.post(`*/api${N4_RULES}`, () => {
        posts += 1;
        return HttpResponse.error();
      }),
    );
    const error = await addRule();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(error).toMatchObject({ status: 0, code: 'NETWORK' });
    expect(posts).toBe(1);
  });
});
