import { expect, test } from '@playwright/test';
import { navigation } from '../src/app/navigation';
import { messages as en } from '../src/i18n/messages/core/en';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
});

test('every page of the navigation opens with its heading and passes axe', async ({ page }) => {
  test.setTimeout(180_000);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const entry of navigation.map(({ label }) => ({ label: en[label as keyof typeof en] }))) {
    await nav.getByRole('link', { name: entry.label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: entry.label })).toBeVisible();
    await expect(nav.getByRole('link', { name: entry.label, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  }
});

test('the region selector switches region and the choice survives a reload', async ({ page }) => {
  const region = page.getByRole('combobox', { name: 'Region' });
  await expect(region).toHaveValue('cn-north-4');
  await region.selectOption('ap-southeast-1');
  await expect(page).toHaveURL(/region=ap-southeast-1/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('ap-southeast-1');
});

test('the header says the console runs on demo data, not a real cloud', async ({ page }) => {
  const banner = page.getByRole('banner');
  await expect(banner).toContainText('Demo data');
  await expect(banner).not.toContainText('Huawei Cloud');
});

test('an unknown address shows a not-found page with a way back', async ({ page }) => {
  await page.goto('no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the console home' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
  await expectNoSeriousA11yViolations(page);
});

test('keyboard users can skip to the content and see where focus is', async ({ page }) => {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('the page is served under the sub-path with a content security policy', async ({ page, baseURL }) => {
  expect(new URL(baseURL ?? '').pathname).toBe('/console/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
});
