import { expect, test } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
});

test('a session exports as Terraform and as API requests, to copy or download', async ({ page }) => {
  await page.goto(`sessions/${CN_NORTH_4.sessions.figure1}`);
  const panel = page.getByRole('region', { name: 'Export' });
  const terraform = panel.getByRole('region', { name: /^Terraform of / });
  await expect(terraform).toContainText('resource "huaweicloud_vpc_traffic_mirror_session"');
  await expect(terraform).toContainText('resource "huaweicloud_vpc_traffic_mirror_filter_rule"');
  await expect(terraform).toContainText('# elb-mirror-collector');

  await panel.getByRole('radio', { name: 'API requests' }).check();
  const api = panel.getByRole('region', { name: /^API requests of / });
  await expect(api).toContainText('/vpc/traffic-mirror-filters');
  await expect(api).toContainText('"traffic_mirror_filter_id": "{filter_id}"');

  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/\.json$/);
  await expectNoSeriousA11yViolations(page);
});
