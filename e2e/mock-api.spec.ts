import { expect, test, type Page } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { apiFromPage } from './support/api';
import { apiCallsSince, pageNow } from './support/api-calls';
import { openConsole, resetMockCloud } from './support/console';

/** The sessions list through the main navigation (the Overview's picture links to it too). */
async function openSessionsList(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mirror Sessions' }).click();
}

const sessionsPath = `/v3/${CN_NORTH_4.project}/vpc/traffic-mirror-sessions`;

const sessionBody = (name: string, priority: number) => ({
  traffic_mirror_session: {
    name,
    traffic_mirror_filter_id: CN_NORTH_4.filters.table2,
    traffic_mirror_sources: [CN_NORTH_4.ports.webProd02],
    traffic_mirror_target_id: CN_NORTH_4.loadBalancers.mirrorCollector,
    traffic_mirror_target_type: 'elb',
    priority,
  },
});

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
});

test('a session created through the API survives a reload', async ({ page }) => {
  const created = await apiFromPage(page, 'POST', sessionsPath, sessionBody('survives-reload', 40));
  expect(created.status).toBe(201);
  await page.reload();
  await openSessionsList(page);
  await expect(page.getByRole('link', { name: 'survives-reload' })).toBeVisible();
});

test('two tabs sending 12 creates at once against a remaining quota of 3: exactly 3 succeed', async ({
  page,
  context,
}) => {
  const other = await context.newPage();
  await openConsole(other);
  const burst = (tab: Page, from: number) =>
    Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        apiFromPage(tab, 'POST', sessionsPath, sessionBody(`race-${from + i}`, from + i)),
      ),
    );
  const answers = (await Promise.all([burst(page, 100), burst(other, 200)])).flat();
  const statuses = answers.map((a) => a.status).sort();
  expect(statuses.filter((s) => s === 201)).toHaveLength(3);
  expect(statuses.filter((s) => s === 409)).toHaveLength(9);
  expect(answers.filter((a) => a.status === 409).every((a) => a.body?.error_code === 'TM.0005')).toBe(true);
  const listed = await apiFromPage(
    page,
    'GET',
    `${sessionsPath}?traffic_mirror_sources=${CN_NORTH_4.ports.webProd02}`,
  );
  const names = (listed.body?.traffic_mirror_sessions as { name: string }[]).map((s) => s.name);
  expect(names.filter((n) => n.startsWith('race-'))).toHaveLength(3);
});

test('bad bodies sent with fetch get a 400 with an error code, never a 5xx', async ({ page }) => {
  const malformed = await apiFromPage(page, 'POST', sessionsPath, undefined, '{"traffic_mirror_session": ');
  expect(malformed.status).toBe(400);
  expect(malformed.body?.error_code).toBe('TM.0001');
  const wrongTypes = await apiFromPage(page, 'POST', sessionsPath, {
    traffic_mirror_session: { ...sessionBody('x', 1).traffic_mirror_session, priority: 'first', name: 5 },
  });
  expect(wrongTypes.status).toBe(400);
  expect(wrongTypes.body?.error_code).toBe('TM.0002');
  const fields = (wrongTypes.body?.details as { field: string }[]).map((d) => d.field);
  expect(fields).toEqual(
    expect.arrayContaining(['traffic_mirror_session.priority', 'traffic_mirror_session.name']),
  );
  expect(wrongTypes.body?.request_id).toEqual(expect.any(String));
});

test('a change made in one tab shows in the other without a reload', async ({ page, context }) => {
  await openSessionsList(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Mirror Sessions' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'figure-1-web-pay-to-elb' })).toBeVisible();
  const other = await context.newPage();
  await openConsole(other);
  expect(
    (await apiFromPage(other, 'POST', sessionsPath, sessionBody('made-in-another-tab', 41))).status,
  ).toBe(201);
  await expect(page.getByRole('link', { name: 'made-in-another-tab' })).toBeVisible();
});

test("another tab's rename and delete change the one row here, without reading the list again", async ({
  page,
  context,
}) => {
  await openSessionsList(page);
  const old = page.getByRole('link', { name: 'figure-1-web-pay-to-elb' });
  await expect(old).toBeVisible();
  const since = await pageNow(page);
  const other = await context.newPage();
  await openConsole(other);
  const id = CN_NORTH_4.sessions.figure1;
  const renamed = await apiFromPage(other, 'PUT', `${sessionsPath}/${id}`, {
    traffic_mirror_session: { name: 'renamed-in-another-tab' },
  });
  expect(renamed.status).toBe(200);
  await expect(page.getByRole('link', { name: 'renamed-in-another-tab' })).toBeVisible();
  await expect(old).toHaveCount(0);
  expect((await apiFromPage(other, 'DELETE', `${sessionsPath}/${id}`)).status).toBe(204);
  await expect(page.getByRole('link', { name: 'renamed-in-another-tab' })).toHaveCount(0);
  const calls = await apiCallsSince(page, since);
  expect(calls.filter((c) => c.method === 'GET' && c.path.endsWith('/vpc/traffic-mirror-sessions'))).toEqual(
    [],
  );
});
