import { expect, test, type Page } from '@playwright/test';

/** The mock administration API under the served base (`http://host:port/console/api/mock-admin`). */
function mockAdminBase(): string {
  return new URL('api/mock-admin', test.info().project.use.baseURL).href;
}

/** Settings of the in-browser cloud that tests rely on: no latency, no injected failures. */
export async function resetMockCloud(page: Page): Promise<void> {
  const status = await page.evaluate(async (base) => {
    const reset = await fetch(`${base}/reset`, { method: 'POST' });
    const settings = await fetch(`${base}/settings`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ settings: { latency_min_ms: 0, latency_max_ms: 0, failure_rate: 0 } }),
    });
    return [reset.status, settings.status];
  }, mockAdminBase());
  expect(status).toEqual([200, 200]);
}

/** Opens a console page (path relative to the base, e.g. `sessions`) once the mock API answers. */
export async function openConsole(page: Page, path = ''): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('combobox', { name: 'Region' })).toBeEnabled({ timeout: 30_000 });
}

/**
 * Loads the large data set (20,000 mirror sessions in cn-north-4) through the mock
 * administration API and returns how many sessions it holds.
 */
export async function loadLargeDataSet(page: Page): Promise<number> {
  const answer = await page.evaluate(async (base) => {
    const response = await fetch(`${base}/large-data-set`, { method: 'POST' });
    return { status: response.status, body: (await response.json()) as { loaded?: { sessions?: number } } };
  }, mockAdminBase());
  expect(answer.status).toBe(200);
  return answer.body.loaded?.sessions ?? 0;
}

/**
 * Calls the in-browser API from the page, as any script in the browser could (`path` is an
 * API path such as `/v3/{project_id}/vpc/traffic-mirror-sessions`; `raw` is sent as the body
 * as it is).
 */
export async function callApi(page: Page, method: string, path: string, body?: unknown, raw?: string) {
  return page.evaluate(
    async ({ method, path, body, raw }) => {
      const base = `${document.baseURI.replace(/\/$/, '')}/api`;
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
    },
    { method, path, body, raw },
  );
}
