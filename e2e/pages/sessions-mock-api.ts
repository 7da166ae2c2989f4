import { test, type Page } from '@playwright/test';
import { CN_NORTH_4 } from '../../src/mock-api/seed/seed-ids';

/** The served API base (`http://host:port/console/api`). */
function apiBase(): string {
  return new URL('api', test.info().project.use.baseURL).href;
}

/**
 * Calls the in-browser cloud API from the page, as another client would: the page's own
 * caches do not learn of the change until they refetch.
 */
export async function callApi(
  page: Page,
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ url, method, body }) => {
      const response = await fetch(url, {
        method,
        headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    },
    { url: `${apiBase()}${path}`, method, body },
  );
}

/** The cn-north-4 project's path prefix for Traffic Mirroring calls. */
export const VPC = `/v3/${CN_NORTH_4.project}/vpc`;

/** The answer the mock API gives when its fault injection fails a call (TM.0503). */
export const SERVICE_UNAVAILABLE = {
  error_code: 'TM.0503',
  error_msg: 'The service is temporarily unavailable (fault injected by the demo settings). Try again.',
};

/**
 * Makes the next `method` request whose URL matches `path` answer `status` with `body`
 * instead of reaching the cloud; later requests go through. It stands for what the page could
 * not foresee (another client's change a moment before, a fault of the service) without
 * touching the mock's settings, whose change notices would refresh every list of the page.
 */
export async function answerNext(
  page: Page,
  method: 'POST' | 'PUT' | 'DELETE',
  path: RegExp,
  status: number,
  body: object,
): Promise<void> {
  await page.evaluate(
    ({ method, source, status, body }) => {
      const pattern = new RegExp(source);
      const real = window.fetch.bind(window);
      window.fetch = (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        if ((init?.method ?? 'GET') === method && pattern.test(new URL(url, document.baseURI).pathname)) {
          window.fetch = real;
          const answer = JSON.stringify({ ...body, request_id: 'e2e' });
          return Promise.resolve(
            new Response(answer, { status, headers: { 'Content-Type': 'application/json' } }),
          );
        }
        return real(input, init);
      };
    },
    { method, source: path.source, status, body },
  );
}
