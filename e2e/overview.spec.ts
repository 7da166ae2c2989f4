import { expect, test } from '@playwright/test';
import { nextApiCall, pageNow } from './support/api-calls';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
  await page.reload();
});

test('the region lands on the overview with figures, quota usage and warnings', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const figures = page.getByLabel('Region figures');
  await expect(figures).toContainText('Mirror sessions3');
  await expect(figures).toContainText('Disabled1');
  await expect(page.getByRole('meter', { name: 'Mirror sessions per source' })).toBeVisible();
  const warnings = page.getByRole('region', { name: /^Warnings/ });
  await expect(warnings.getByText(/^W4 Nothing is copied: [1-9]/)).toBeVisible();
  await expect(
    warnings
      .getByRole('listitem')
      .filter({ hasText: 'This session is disabled' })
      .getByText('W4 Nothing is copied'),
  ).toBeVisible();
  await expect(
    warnings.getByText('This session is disabled and copies nothing.', { exact: false }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a warning links to the session page where it is fixed', async ({ page }) => {
  const warnings = page.getByRole('region', { name: /^Warnings/ });
  const item = warnings.getByRole('listitem').filter({ hasText: 'This session is disabled' }).first();
  const name = (await item.getByRole('link').textContent()) ?? '';
  await item.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
});

test("pointing at a session's link starts loading that session before the click", async ({ page }) => {
  const warnings = page.getByRole('region', { name: /^Warnings/ });
  const link = warnings
    .getByRole('listitem')
    .filter({ hasText: 'This session is disabled' })
    .getByRole('link');
  const name = (await link.textContent()) ?? '';
  const href = (await link.getAttribute('href')) ?? '';
  const sessionId = href.split('/').at(-1)?.split('?')[0] ?? '';
  const since = await pageNow(page);
  await link.hover();
  await nextApiCall(page, since, 'GET', `/traffic-mirror-sessions/${sessionId}`);
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});
