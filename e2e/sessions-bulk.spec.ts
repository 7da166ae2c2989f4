import { expect as baseExpect, test, type Page } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { createSessionThroughApi } from './pages/create-session-mock';
import { apiFromPage } from './support/api';
import { healApi } from './pages/fault-injection';
import { SessionsListPage } from './pages/sessions-list-page';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';

/** Each change waits for the refreshed lists; machines shared by several suites need the time. */
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 150_000 });

const FIGURE_1 = 'figure-1-web-pay-to-elb';
const SESSIONS = `/v3/${CN_NORTH_4.project}/vpc/traffic-mirror-sessions`;

let list: SessionsListPage;

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
  list = new SessionsListPage(page);
});

/** The mock's fault injection: each answer waits `latency` ms; requests to `failPath` fail with 503. */
async function injectFaults(page: Page, latency: number, failPath = '') {
  const settings = {
    latency_min_ms: latency,
    latency_max_ms: latency,
    failure_rate: failPath ? 1 : 0,
    failure_path: failPath,
  };
  expect((await apiFromPage(page, 'PUT', '/mock-admin/settings', { settings })).status).toBe(200);
}

/** Whether each cn-north-4 session is enabled, by name, as the API holds it. */
async function enabledOnServer(page: Page): Promise<Record<string, boolean>> {
  const answer = await apiFromPage(page, 'GET', SESSIONS);
  const sessions = (answer.body as { traffic_mirror_sessions: { name: string; enabled: boolean }[] })
    .traffic_mirror_sessions;
  return Object.fromEntries(sessions.map((s) => [s.name, s.enabled]));
}

test('a bulk disable shows its progress, reports the failed session and why, and retries exactly it', async ({
  page,
}) => {
  await list.goto();
  await page.getByRole('checkbox', { name: 'Select all shown sessions' }).check();
  // Each call takes 1.5 s, so the progress bar stays long enough to be read.
  await injectFaults(page, 1500, `${SESSIONS}/${CN_NORTH_4.sessions.figure1}`);
  await list.bulk('Disable selected').click();
  const progress = page.getByRole('progressbar', { name: /^Disabling mirror sessions: \d of 3$/ });
  await expect(progress).toHaveAttribute('aria-valuemax', '3');

  const report = page.getByRole('dialog', { name: '1 mirror session not disabled' });
  await expect(report).toContainText('2 disabled, 1 failed, 0 not attempted.');
  const failures = report.getByRole('table', { name: 'Sessions that failed and why' });
  await expect(failures.getByRole('row')).toHaveCount(2);
  await expect(failures.getByRole('row').nth(1)).toContainText(FIGURE_1);
  await expect(failures.getByRole('row').nth(1)).toContainText('TM.0503');
  await expect(failures.getByRole('row').nth(1)).toContainText('The service is temporarily unavailable');
  await expect(failures.getByRole('row').nth(1)).toContainText(/Request id \S+/);
  await expect(progress).toBeHidden();
  await expectNoSeriousA11yViolations(page);
  expect(await enabledOnServer(page)).toMatchObject({ [FIGURE_1]: true });

  await healApi(page);
  await report.getByRole('button', { name: 'Retry the failed ones' }).click();
  await expect(report).toBeHidden();
  await expect(list.toast('1 mirror session disabled.')).toBeVisible();
  await expect(list.row(FIGURE_1).getByRole('cell').nth(2)).toHaveText('Disabled');
  expect(Object.values(await enabledOnServer(page))).toEqual([false, false, false]);
});

test('the failed sessions stay selected after the report is closed', async ({ page }) => {
  await list.goto();
  await page.getByRole('checkbox', { name: 'Select all shown sessions' }).check();
  await injectFaults(page, 0, `${SESSIONS}/${CN_NORTH_4.sessions.figure1}`);
  await list.bulk('Delete selected').click();
  await page
    .getByRole('dialog', { name: 'Delete 3 mirror sessions?' })
    .getByRole('button', { name: 'Delete 3 sessions' })
    .click();
  const report = page.getByRole('dialog', { name: '1 mirror session not deleted' });
  await expect(report).toContainText('2 deleted, 1 failed, 0 not attempted.');
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(report).toBeHidden();
  await expect(list.count).toHaveText('1 session, 1 selected');
  await expect(page.getByRole('checkbox', { name: `Select ${FIGURE_1}`, exact: true })).toBeChecked();
});

/** Lets one source feed many sessions, by importing the store back with raised quotas. */
async function allowManySessions(page: Page) {
  const exported = await apiFromPage(page, 'GET', '/mock-admin/export');
  const store = exported.body as { settings: { quota_overrides: Record<string, unknown> } };
  store.settings.quota_overrides[CN_NORTH_4.project] = {
    sessions_per_source: 100,
    sessions_per_elb_target: 100,
  };
  expect((await apiFromPage(page, 'POST', '/mock-admin/import', store)).status).toBe(200);
}

test('Cancel sends no further request; the report names what was not attempted', async ({ page }) => {
  await allowManySessions(page);
  for (let i = 0; i < 17; i++)
    await createSessionThroughApi(page, {
      name: `bulk-${String(i).padStart(2, '0')}`,
      sources: [CN_NORTH_4.ports.webProd02],
      target: CN_NORTH_4.loadBalancers.mirrorCollector,
      targetType: 'elb',
      priority: 200 + i,
    });
  await list.goto();
  await expect(list.count).toHaveText('20 sessions');
  await page.getByRole('checkbox', { name: 'Select all shown sessions' }).check();
  await injectFaults(page, 1500);
  await list.bulk('Disable selected').click();
  await expect(
    page.getByRole('progressbar', { name: /^Disabling mirror sessions: \d+ of 20$/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();

  const report = page.getByRole('dialog', { name: /^\d+ mirror sessions not disabled$/ });
  await expect(report).toContainText(/\d+ disabled, 0 failed, \d+ not attempted\./);
  const [, done, notAttempted] = /(\d+) disabled, 0 failed, (\d+) not attempted/.exec(
    (await report.textContent()) ?? '',
  )!;
  expect(Number(done) + Number(notAttempted)).toBe(20);
  expect(Number(notAttempted)).toBeGreaterThan(0);
  await expect(report).toContainText('Not attempted (cancelled before they were sent):');
  await expect(report.getByRole('table')).toHaveCount(0);
  await injectFaults(page, 0);
  // Exactly the sessions reported done are disabled (one of the demo's was disabled already).
  const disabled = Object.values(await enabledOnServer(page)).filter((enabled) => !enabled).length;
  expect(disabled - Number(done)).toBeGreaterThanOrEqual(0);
  expect(disabled - Number(done)).toBeLessThanOrEqual(1);
  await expectNoSeriousA11yViolations(page);

  await report.getByRole('button', { name: 'Retry the failed ones' }).click();
  await expect(list.toast(`${notAttempted} mirror sessions disabled.`)).toBeVisible();
  expect(Object.values(await enabledOnServer(page))).toEqual(Array(20).fill(false));
});
