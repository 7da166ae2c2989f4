import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';

test.beforeEach(async ({ page }) => {
  await openConsole(page, 'settings');
  await resetMockCloud(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('shows the project and every quota with its usage', async ({ page }) => {
  await expect(page.getByText('cn-north-4', { exact: true }).first()).toBeVisible();
  const quotas = page.getByRole('table', { name: 'Traffic Mirroring quotas' });
  await expect(quotas.getByRole('row')).toHaveCount(11);
  await expect(page.getByRole('meter', { name: 'Mirror sessions per region' })).toHaveAttribute('aria-valuemax', '20000');
  await expectNoSeriousA11yViolations(page);
});

test('raises the adjustable quota and refuses a value below the current one', async ({ page }) => {
  const field = page.getByRole('textbox', { name: 'Raise mirror sources per session to' });
  await field.fill('5');
  await page.getByRole('button', { name: 'Raise quota' }).click();
  await expect(page.getByText('Enter a whole number from 10 to 1000.')).toBeVisible();
  await expect(field).toHaveValue('5');
  await field.fill('20');
  await page.getByRole('button', { name: 'Raise quota' }).click();
  await expect(page.getByText('Mirror sources per session raised to 20.')).toBeVisible();
  await expect(page.getByRole('meter', { name: 'Mirror sources per session' })).toHaveAttribute('aria-valuemax', '20');
});

test('fault injection: a wrong range is explained at its field, a valid one is saved', async ({ page }) => {
  const min = page.getByRole('textbox', { name: 'Shortest latency (ms)' });
  const max = page.getByRole('textbox', { name: 'Longest latency (ms)' });
  const rate = page.getByRole('textbox', { name: 'Failure rate (%)' });
  await min.fill('500');
  await max.fill('100');
  await rate.fill('150');
  await page.getByRole('button', { name: 'Save fault injection' }).click();
  await expect(page.getByText('Enter at least 500, the shortest latency.')).toBeVisible();
  await expect(page.getByText('Enter a percentage from 0 to 100.')).toBeVisible();
  await expect(max).toHaveAccessibleDescription(/Enter at least 500/);
  await max.fill('900');
  await rate.fill('0');
  await page.getByRole('button', { name: 'Save fault injection' }).click();
  await expect(page.getByText('Fault injection settings saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Longest latency (ms)' })).toHaveValue('900');
  await resetMockCloud(page);
});

test('exports the store and refuses a bad import without changing anything', async ({ page }) => {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to JSON' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^traffic-mirroring-\d{4}-\d{2}-\d{2}\.json$/);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import from JSON' }).click();
  await (await chooser).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": 1') });
  await expect(page.getByRole('alert').filter({ hasText: 'Import refused' })).toContainText('broken.json is not a JSON file');

  const chooser2 = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import from JSON' }).click();
  await (await chooser2).setFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'something-else', data: {} })),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Import refused' })).toContainText('other.json was refused');
  await expect(page.getByRole('alert').filter({ hasText: 'Import refused' })).toContainText('Nothing was changed.');
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByLabel('Region figures')).toContainText('Mirror sessions3');
});

test('resets the demo data after a confirmation', async ({ page }) => {
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset the demo data?' });
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(page.getByText('The demo data was restored.')).toBeVisible({ timeout: 30_000 });
});
