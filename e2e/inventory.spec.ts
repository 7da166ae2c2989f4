import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
});

test('network interfaces show their mirror roles and why they cannot be sources', async ({ page }) => {
  await page.getByRole('link', { name: 'Network Interfaces' }).click();
  const table = page.getByRole('table', { name: 'Network interfaces' });
  const legacy = table.getByRole('row').filter({ hasText: 'legacy-app-01-eth0' });
  await expect(legacy).toContainText('s6.large.2');
  await expect(legacy).toContainText('c7t');
  const web = table.getByRole('row').filter({ hasText: 'web-prod-01-eth0' });
  await expect(web).toContainText('Yes (2 / 3 sessions)');
  const collector = table.getByRole('row').filter({ hasText: 'ids-collector-01-eth0' });
  await expect(collector).toContainText('web-prod-01-to-ids');
  await expectNoSeriousA11yViolations(page);
});

test('load balancers show the sessions they receive and whether they can be targets', async ({ page }) => {
  await page.getByRole('link', { name: 'Load Balancers' }).click();
  const table = page.getByRole('table', { name: 'Load balancers' });
  await expect(table.getByRole('row').filter({ hasText: 'figure-1-web-pay-to-elb' })).toContainText(
    'Yes (1 / 200 sessions)',
  );
  const publicWeb = table.getByRole('row').filter({ hasText: 'elb-public-web' });
  await expect(
    publicWeb,
    'copies go to the private VIP: a load balancer with a public IP is a target too',
  ).toContainText('Yes (0 / 200 sessions)');
  await expect(publicWeb).toContainText('Shared');
  await expect(page.getByRole('main')).not.toContainText(/private load balancer/i);
  await expect(page.getByRole('main')).toContainText('with or without a public IP');
  await expectNoSeriousA11yViolations(page);
});

test('a refusal is one short line; its full explanation opens from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByRole('link', { name: 'Network Interfaces' }).click();
  const table = page.getByRole('table', { name: 'Network interfaces' });
  const legacy = table.getByRole('row').filter({ hasText: 'legacy-app-01-eth0' });
  const why = legacy.getByText('Not eligible: not on a c7t ECS', { exact: true });
  const full = legacy.getByText(/Only interfaces of c7t ECSs can be sources/);
  await expect(why).toBeVisible();
  await expect(full).toBeHidden();
  expect((await legacy.boundingBox())?.height).toBeLessThanOrEqual(120);
  await why.focus();
  await page.keyboard.press('Enter');
  await expect(full).toBeVisible();
  await expect(full).toContainText('"legacy-app-01-eth0" cannot be a mirror source');
  await expectNoSeriousA11yViolations(page);
});
