import { expect, type Page } from '@playwright/test';
import { API_CALL_MEASURE, type ApiCallDetail } from '../../src/mock-api/in-page';

/** One API call of the console, as the in-page cloud recorded it (`src/mock-api/in-page.ts`). */
export interface ApiCall {
  method: string;
  /** The URL's path, e.g. `/console/api/v3/{project_id}/vpc/traffic-mirror-sessions`. */
  path: string;
  status: number;
  /** When it was sent and how long it took (ms, on the page's `performance.now()` clock). */
  startTime: number;
  duration: number;
}

/**
 * The console's own API calls answered since `since` (`performance.now()` in the page). In the
 * demo they never reach the network, so `page.on('request')` does not see them; each is a
 * `performance` measure instead.
 */
export async function apiCallsSince(page: Page, since = 0): Promise<ApiCall[]> {
  return page.evaluate(
    ({ name, since }) =>
      performance
        .getEntriesByName(name, 'measure')
        .filter((entry) => entry.startTime >= since)
        .map((entry) => {
          const { method, url, status } = (entry as PerformanceMeasure).detail as ApiCallDetail;
          return {
            method,
            path: new URL(url).pathname,
            status,
            startTime: entry.startTime,
            duration: entry.duration,
          };
        }),
    { name: API_CALL_MEASURE, since },
  );
}

/** A point on the page's clock to count calls from (`apiCallsSince`, `nextApiCall`). */
export async function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/**
 * Waits for the first call since `since` of `method` to a path ending with `pathEnd` and
 * returns it (with its status): what `page.waitForResponse` did while the calls went over
 * the network.
 */
export async function nextApiCall(
  page: Page,
  since: number,
  method: string,
  pathEnd: string,
  timeout = 15_000,
): Promise<ApiCall> {
  const find = async () =>
    (await apiCallsSince(page, since)).find((call) => call.method === method && call.path.endsWith(pathEnd));
  await expect.poll(find, { timeout, message: `a ${method} call to …${pathEnd}` }).toBeDefined();
  return (await find())!;
}
