import { expect, type Page } from '@playwright/test';
import { apiFromPage } from './api';

/** Settings of the in-browser cloud that tests rely on: no latency, no injected failures. */
export async function resetMockCloud(page: Page): Promise<void> {
  const reset = await apiFromPage(page, 'POST', '/mock-admin/reset');
  const settings = await apiFromPage(page, 'PUT', '/mock-admin/settings', {
    settings: { latency_min_ms: 0, latency_max_ms: 0, failure_rate: 0, failure_path: '' },
  });
  expect([reset.status, settings.status]).toEqual([200, 200]);
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
  const answer = await apiFromPage(page, 'POST', '/mock-admin/large-data-set');
  expect(answer.status).toBe(200);
  return (answer.body?.loaded as { sessions?: number } | undefined)?.sessions ?? 0;
}
