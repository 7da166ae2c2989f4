/**
 * Test support: the mock backend behind msw's Node server, so that the console's own `src/api`
 * code (its fetch, paging and error reading) runs in Vitest against the mock as it runs in the
 * page: every request under `/api/` is answered by the backend and recorded. Relative addresses
 * (the console's API base is `/api`) resolve against `API_ORIGIN`.
 */
import { http } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { vi } from 'vitest';
import { apiPathOf } from '../http/router';
import { createTestBackend, type TestBackend } from './test-backend';

/** The origin the console's relative API addresses resolve against in Node. */
export const API_ORIGIN = 'http://console.test';

/** One request the console sent: its method, API path (without `/api`) and query. */
export interface SentRequest {
  method: string;
  path: string;
  query: URLSearchParams;
}

export interface TestApiServer {
  /** The backend and its database (for `call`, `db`, the mock administration API). */
  t: TestBackend;
  /** msw's server: `server.use(...)` answers what the mock cannot (a network failure, a 429). */
  server: SetupServer;
  /** Every API request sent since the start or the last `sent.length = 0`. */
  sent: SentRequest[];
  /** Turns the mock's fault injection on: calls whose path matches `path` fail with 503 TM.0503. */
  failPath(path: string): Promise<void>;
  /** Turns fault injection off again. */
  heal(): Promise<void>;
  close(): Promise<void>;
}

async function setFaults(t: TestBackend, settings: { failure_rate: number; failure_path: string }) {
  const answer = await t.call('PUT', '/mock-admin/settings', { settings });
  if (answer.status !== 200) throw new Error(`Fault injection refused: ${JSON.stringify(answer.body)}`);
}

/** Starts msw's Node server in front of a new test backend (seeded with the demo data). */
export async function startTestApiServer(): Promise<TestApiServer> {
  const t = await createTestBackend();
  const sent: SentRequest[] = [];
  const server = setupServer(
    http.all('*', ({ request }) => {
      const url = new URL(request.url);
      const path = apiPathOf(url.pathname);
      if (path === null) return undefined;
      sent.push({ method: request.method, path, query: url.searchParams });
      return t.backend(request);
    }),
  );
  if (typeof location === 'undefined') vi.stubGlobal('location', new URL(`${API_ORIGIN}/`));
  server.listen({ onUnhandledRequest: 'error' });
  return {
    t,
    server,
    sent,
    failPath: (path) => setFaults(t, { failure_rate: 1, failure_path: path }),
    heal: () => setFaults(t, { failure_rate: 0, failure_path: '' }),
    async close() {
      server.close();
      vi.unstubAllGlobals();
      await t.close();
    },
  };
}
