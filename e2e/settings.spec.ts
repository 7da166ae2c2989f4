import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AP_SOUTHEAST_1, CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { apiFromPage } from './support/api';
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
  await expect(page.getByRole('meter', { name: 'Mirror sessions per region' })).toHaveAttribute(
    'aria-valuemax',
    '20000',
  );
  await expectNoSeriousA11yViolations(page);
});

test('sets the adjustable quota: below the default is refused at the field, a raise can be lowered again', async ({
  page,
}) => {
  const field = page.getByLabel('Raise mirror sources per session to');
  const raise = page.getByRole('button', { name: 'Raise quota' });
  await expect(field).toHaveAccessibleDescription('Now 10. The only adjustable quota: from 10 to 1000.');
  await field.fill('5');
  await raise.click();
  await expect(field).toHaveAccessibleDescription(/Enter a whole number from 10 to 1000\./);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveValue('5');
  await expectNoSeriousA11yViolations(page);
  await field.fill('20');
  await raise.click();
  await expect(page.getByText('Mirror sources per session raised to 20.')).toBeVisible();
  const meter = page.getByRole('meter', { name: 'Mirror sources per session' });
  await expect(meter).toHaveAttribute('aria-valuemax', '20');
  await field.fill('15');
  await raise.click();
  await expect(page.getByText('Mirror sources per session set to 15.')).toBeVisible();
  await expect(meter).toHaveAttribute('aria-valuemax', '15');
});

test('fault injection: wrong values are explained at their fields, a valid set is saved', async ({
  page,
}) => {
  const min = page.getByLabel('Shortest latency (ms)');
  const max = page.getByLabel('Longest latency (ms)');
  const rate = page.getByLabel('Failure rate (%)');
  const path = page.getByLabel('Failing API paths');
  const save = page.getByRole('button', { name: 'Save fault injection' });
  await min.fill('500');
  await max.fill('100');
  await rate.fill('150');
  await path.fill('ports');
  await save.click();
  await expect(max).toHaveAccessibleDescription(
    'Make the longest latency at least the shortest one (500 ms).',
  );
  await expect(rate).toHaveAccessibleDescription(
    'Enter a failure rate from 0 to 100 % of calls (a share from 0 to 1 over the API).',
  );
  await expect(path).toHaveAccessibleDescription(
    /Start the path pattern with \/ or \*, e\.g\. \/v1\/\*\/ports\./,
  );
  await expect(min).not.toHaveAttribute('aria-invalid', 'true');
  await expect(max).toHaveValue('100');
  await expect(rate).toHaveValue('150');
  await expect(path).toHaveValue('ports');
  await expectNoSeriousA11yViolations(page);

  await min.fill('');
  await expect(min).toHaveAccessibleDescription('Enter whole milliseconds from 0 to 60000.');
  await min.fill('50');
  await max.fill('900');
  await rate.fill('0');
  await path.fill('*-sessions');
  await save.click();
  await expect(page.getByText('Fault injection settings saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Longest latency (ms)')).toHaveValue('900');
  await expect(page.getByLabel('Failing API paths')).toHaveValue('*-sessions');
  await resetMockCloud(page);
});

test('exports the store and refuses a bad import without changing anything', async ({ page }) => {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to JSON' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^traffic-mirroring-\d{4}-\d{2}-\d{2}\.json$/);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import from JSON' }).click();
  await (
    await chooser
  ).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": 1') });
  await expect(page.getByRole('alert').filter({ hasText: 'Import refused' })).toContainText(
    'broken.json: This is not a JSON file',
  );

  const chooser2 = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import from JSON' }).click();
  await (
    await chooser2
  ).setFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'something-else', data: {} })),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Import refused' })).toContainText(
    'other.json was refused',
  );
  await expect(page.getByRole('alert').filter({ hasText: 'Import refused' })).toContainText(
    'This is not an export of the mock store',
  );
  await expect(page.getByRole('alert').filter({ hasText: 'Import refused' })).toContainText(
    'Nothing was changed.',
  );
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByLabel('Region figures')).toContainText('Mirror sessions3');
});

test('a refused import lists each problem with the item it names, and changes nothing', async ({ page }) => {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to JSON' }).click();
  const exported = JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as {
    data: { sessions: { id: string; traffic_mirror_sources: string[] }[] };
  };
  const session = exported.data.sessions.find((s) => s.id === CN_NORTH_4.sessions.idsEni);
  if (!session) throw new Error('The demo data has no web-prod-01-to-ids session.');
  session.traffic_mirror_sources = [AP_SOUTHEAST_1.ports.shopWeb01, CN_NORTH_4.ports.legacyApp01];

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import from JSON' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'edited.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  const refusal = page.getByRole('alert').filter({ hasText: 'Import refused' });
  await expect(refusal).toContainText(
    'edited.json: The import was refused and nothing was changed: the file has 2 problems, all listed.',
  );
  const problems = refusal.getByRole('list', { name: 'Problems in the file' }).getByRole('listitem');
  await expect(problems).toHaveCount(2);
  await expect(problems.first()).toContainText('Mirror session "web-prod-01-to-ids" in cn-north-4');
  await expect(problems.first()).toContainText(
    `There is no network interface ${AP_SOUTHEAST_1.ports.shopWeb01}`,
  );
  await expect(problems.nth(1)).toContainText('"legacy-app-01-eth0" cannot be a mirror source');
  await expect(problems.nth(1)).toContainText('In the file: data.sessions.1.traffic_mirror_sources.1');
  await expectNoSeriousA11yViolations(page);

  const kept = await apiFromPage(
    page,
    'GET',
    `/v3/${CN_NORTH_4.project}/vpc/traffic-mirror-sessions/${session.id}`,
  );
  expect(kept.body).toMatchObject({
    traffic_mirror_session: { traffic_mirror_sources: [CN_NORTH_4.ports.webProd01] },
  });
});

test('resets the demo data after a confirmation', async ({ page }) => {
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset the demo data?' });
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(page.getByText('The demo data was restored.')).toBeVisible({ timeout: 30_000 });
});
