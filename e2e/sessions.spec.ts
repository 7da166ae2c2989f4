import { expect as baseExpect, test } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { SessionsListPage } from './pages/sessions-list-page';
import { failSource } from './pages/fault-injection';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';

/** Each change waits for the refreshed lists; machines shared by several suites need the time. */
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 150_000 });

const FIGURE_1 = 'figure-1-web-pay-to-elb';
const IDS = 'web-prod-01-to-ids';
const PAUSED = 'pay-api-audit-paused';

let list: SessionsListPage;

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
  list = new SessionsListPage(page);
  await list.goto();
});

test('lists every session with its columns and passes axe', async ({ page }) => {
  await expect(list.count).toHaveText('3 sessions');
  // 1280 px: two lines a row, the creation time under the name, VNI and packet length under the target.
  await expect(list.row(FIGURE_1).getByRole('cell')).toHaveText([
    '',
    new RegExp(`^${FIGURE_1}04/22/2024, \\d\\d:\\d\\d$`),
    'Enabled',
    '1',
    'doc-table-2-filter',
    '2',
    'ELB elb-mirror-collectorVNI 1 · 96 bytes',
    'DisableDelete',
  ]);
  await expect(list.row(PAUSED).getByRole('cell').nth(2)).toHaveText('Disabled');
  await expectNoSeriousA11yViolations(page);
});

test('on a wide screen every column has its own, on one line', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(list.row(FIGURE_1).getByRole('cell')).toHaveText([
    '',
    FIGURE_1,
    'Enabled',
    '1',
    'doc-table-2-filter',
    '2',
    'ELB elb-mirror-collector',
    '1',
    '96',
    /^04\/22\/2024, \d\d:\d\d$/,
    'DisableDelete',
  ]);
  await list.sortBy('VNI');
  await expect.poll(() => list.names()).toEqual([FIGURE_1, PAUSED, IDS]);
});

test('the search looks in every column, and the status and target type filters narrow the rows', async () => {
  await list.search.fill('doc-table');
  await expect.poll(() => list.names()).toEqual([FIGURE_1]);
  await list.search.fill('1460');
  await expect.poll(() => list.names()).toEqual([IDS]);
  await list.search.fill('no such thing');
  await expect(list.table).toContainText('No session matches the search and filters.');
  await list.page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(list.count).toHaveText('3 sessions');

  await list.status.selectOption('disabled');
  await expect.poll(() => list.names()).toEqual([PAUSED]);
  await list.status.selectOption('all');
  await list.targetType.selectOption('elb');
  await expect.poll(() => list.names()).toEqual([FIGURE_1]);
  await list.targetType.selectOption('eni');
  await expect(list.count).toHaveText('2 of 3 sessions');
});

test('columns sort both ways', async () => {
  await list.sortBy('Priority');
  await expect.poll(() => list.names()).toEqual([FIGURE_1, IDS, PAUSED]);
  await expect(list.table.getByRole('columnheader', { name: 'Priority' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await list.sortBy('Priority');
  await expect.poll(() => list.names()).toEqual([PAUSED, IDS, FIGURE_1]);
  await list.sortBy('VNI');
  await expect.poll(() => list.names()).toEqual([FIGURE_1, PAUSED, IDS]);
  await list.sortBy('Name');
  await expect.poll(() => list.names()).toEqual([FIGURE_1, PAUSED, IDS]);
});

test('a row is enabled and disabled in place', async () => {
  await list
    .row(IDS)
    .getByRole('button', { name: `Disable ${IDS}` })
    .click();
  await expect(list.toast(`Mirror session "${IDS}" disabled.`)).toBeVisible();
  await expect(list.row(IDS).getByRole('cell').nth(2)).toHaveText('Disabled');
  await list
    .row(IDS)
    .getByRole('button', { name: `Enable ${IDS}` })
    .click();
  await expect(list.toast(`Mirror session "${IDS}" enabled.`)).toBeVisible();
  await expect(list.row(IDS).getByRole('cell').nth(2)).toHaveText('Enabled');
});

test("a failed change shows the server's message and leaves the row as it was", async ({ page }) => {
  // Every call to one session fails (fault injection); the list itself still answers.
  await failSource(page, 'session');
  await list
    .row(IDS)
    .getByRole('button', { name: `Disable ${IDS}` })
    .click();
  await expect(
    list.toast(`Mirror session "${IDS}" was not disabled: The service is temporarily unavailable`),
  ).toBeVisible();
  await expect(list.row(IDS).getByRole('cell').nth(2)).toHaveText('Enabled');
  await expect(list.row(IDS).getByRole('button', { name: `Disable ${IDS}` })).toBeEnabled();
});

test('delete asks first, naming the session, and can be cancelled', async ({ page }) => {
  await list
    .row(PAUSED)
    .getByRole('button', { name: `Delete ${PAUSED}` })
    .click();
  const dialog = page.getByRole('dialog', { name: `Delete mirror session "${PAUSED}"?` });
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(list.row(PAUSED)).toBeVisible();

  await list
    .row(PAUSED)
    .getByRole('button', { name: `Delete ${PAUSED}` })
    .click();
  await dialog.getByRole('button', { name: 'Delete session' }).click();
  await expect(list.toast(`Mirror session "${PAUSED}" deleted.`)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(list.row(PAUSED)).toHaveCount(0);
  await expect(list.count).toHaveText('2 sessions');
});

test('selected sessions are disabled, enabled and deleted together', async ({ page }) => {
  await list.select(FIGURE_1);
  await list.select(IDS);
  await expect(list.count).toHaveText('3 sessions, 2 selected');
  await list.bulk('Disable selected').click();
  await expect(list.toast('2 mirror sessions disabled.')).toBeVisible();
  await list.status.selectOption('disabled');
  await expect(list.count).toHaveText('3 sessions, 2 selected');
  await list.bulk('Enable selected').click();
  await expect(list.toast('2 mirror sessions enabled.')).toBeVisible();
  await expect.poll(() => list.names()).toEqual([PAUSED]);
  await list.status.selectOption('all');

  await page.getByRole('checkbox', { name: 'Select all shown sessions' }).check();
  await list.bulk('Delete selected').click();
  const dialog = page.getByRole('dialog', { name: 'Delete 3 mirror sessions?' });
  await expect(dialog.getByRole('listitem')).toHaveText([PAUSED, IDS, FIGURE_1]);
  await dialog.getByRole('button', { name: 'Delete 3 sessions' }).click();
  await expect(list.toast('3 mirror sessions deleted.')).toBeVisible();
  await expect(list.table).toContainText('This region has no mirror sessions yet.');
});

test('the primary action opens the create-session wizard and names link to each session', async ({
  page,
}) => {
  await expect(page.getByRole('link', { name: 'Create mirror session' })).toHaveAttribute(
    'href',
    /\/console\/sessions\/create/,
  );
  await list.row(FIGURE_1).getByRole('link', { name: FIGURE_1 }).click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${CN_NORTH_4.sessions.figure1}`));
  await expect(page.getByRole('heading', { level: 1, name: FIGURE_1 })).toBeVisible();
});
