// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionKeys } from './sessions';
import { useRegionData } from './region-data';

const P = 'p1';
const answers: Record<string, unknown> = {
  [`/api/v3/${P}/vpc/traffic-mirror-sessions`]: { traffic_mirror_sessions: [{ id: 's1' }] },
  [`/api/v3/${P}/vpc/traffic-mirror-filters`]: { traffic_mirror_filters: [{ id: 'f1' }] },
  [`/api/v1/${P}/quotas`]: { quotas: { resources: [{ type: 'trafficMirrorSession', used: 1, quota: 500 }] } },
};

/** The paths that answer 503, and every path asked, in order. */
let failing: Set<string>;
let asked: string[];

beforeEach(() => {
  failing = new Set();
  asked = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const path = new URL(url, 'http://console').pathname;
    asked.push(path);
    if (failing.has(path))
      return Response.json({ error_code: 'TM.0503', error_msg: 'Unavailable. Try again.' }, { status: 503 });
    return Response.json(answers[path] ?? {});
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const hook = renderHook(() => useRegionData(P, { sessions: true, filters: true, quotas: true }), {
    wrapper,
  });
  return { client, hook };
}

const SESSIONS = `/api/v3/${P}/vpc/traffic-mirror-sessions`;
const FILTERS = `/api/v3/${P}/vpc/traffic-mirror-filters`;

describe('useRegionData', () => {
  it('a failed first load is an error; Retry loads again exactly the failed source', async () => {
    failing.add(FILTERS);
    const { hook } = setup();
    await waitFor(() => expect(hook.result.current.status).toBe('error'));
    expect(hook.result.current.error?.message).toBe('Unavailable. Try again.');
    expect(Object.keys(hook.result.current.errors)).toEqual(['filters']);
    failing.clear();
    asked = [];
    act(() => hook.result.current.retryFailed());
    await waitFor(() => expect(hook.result.current.status).toBe('success'));
    expect(asked).toEqual([FILTERS]);
    expect(hook.result.current.data.filters).toEqual([{ id: 'f1' }]);
    expect(hook.result.current.data.quotaValues?.sessions_per_region).toBe(500);
  });

  it('a failed refresh keeps the data and says since when it is shown; Retry clears it', async () => {
    const { client, hook } = setup();
    await waitFor(() => expect(hook.result.current.status).toBe('success'));
    const loadedAt = client.getQueryState(sessionKeys.list(P))?.dataUpdatedAt;
    failing.add(SESSIONS);
    await act(() => client.invalidateQueries());
    await waitFor(() => expect(hook.result.current.stale).not.toBeNull());
    expect(hook.result.current.status).toBe('success');
    expect(hook.result.current.data.sessions).toEqual([{ id: 's1' }]);
    expect(hook.result.current.stale?.since).toBe(loadedAt);
    failing.clear();
    asked = [];
    act(() => hook.result.current.retryFailed());
    await waitFor(() => expect(hook.result.current.stale).toBeNull());
    expect(asked).toEqual([SESSIONS]);
  });
});
