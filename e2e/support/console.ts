import { expect, type Page } from '@playwright/test';

/** Settings of the in-browser cloud that tests rely on: no latency, no injected failures. */
export async function resetMockCloud(page: Page): Promise<void> {
  const status = await page.evaluate(async () => {
    const base = `${document.baseURI.replace(/\/$/, '')}/api/mock-admin`;
    const reset = await fetch(`${base}/reset`, { method: 'POST' });
    const settings = await fetch(`${base}/settings`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ latency_min_ms: 0, latency_max_ms: 0, failure_rate: 0 }),
    });
    return [reset.status, settings.status];
  });
  expect(status).toEqual([200, 200]);
}

/** Opens a console page (path relative to the base, e.g. `sessions`) once the mock API answers. */
export async function openConsole(page: Page, path = ''): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('combobox', { name: 'Region' })).toBeEnabled();
}
