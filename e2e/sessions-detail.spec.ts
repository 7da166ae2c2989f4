import { expect as baseExpect, test } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { SessionDetailPage } from './pages/sessions-detail-page';
import { changeStoreUnseen } from './pages/create-session-mock';
import { failSource } from './pages/fault-injection';
import { nextApiCall, pageNow } from './support/api-calls';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';

/** Each change waits for the refreshed lists; machines shared by several suites need the time. */
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 150_000 });

const S = CN_NORTH_4.sessions;
const IDS = 'web-prod-01-to-ids';
const FIGURE_1 = 'figure-1-web-pay-to-elb';
const PAUSED = 'pay-api-audit-paused';

let session: SessionDetailPage;

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
  session = new SessionDetailPage(page);
});

test('shows every field of the session and passes axe', async ({ page }) => {
  await session.goto(S.idsEni, IDS);
  await expect(session.field('Name')).toHaveValue(IDS);
  await expect(session.field('Description')).toHaveValue('');
  await expect(session.field('Priority')).toHaveValue('2');
  await expect(session.field('VNI')).toHaveValue('100');
  await expect(session.field('Packet length')).toHaveValue('1460');
  await expect(session.details).toContainText(S.idsEni);
  await expect(session.details).toContainText('Enabled');
  await expect(session.filterPanel.getByRole('link', { name: 'web-traffic-filter' })).toBeVisible();
  await expect(session.targetPanel).toContainText('ids-collector-01-eth0');
  await expect(session.targetPanel).toContainText('10.10.0.27 UDP 4789');
  await expect(session.sourcesPanel.getByRole('row', { name: /web-prod-01-eth0/ })).toContainText('10.0.0.3');
  await expect(session.warning('W3')).toContainText("Set this session's packet length to 1414 or less.");
  await expectNoSeriousA11yViolations(page);
});

test('settings are checked as typed, against the other sessions before sending, and saved', async ({
  page,
}) => {
  await session.goto(S.idsEni, IDS);
  await session.field('Priority').fill('0');
  await session.field('VNI').focus();
  await expect(session.settings.getByRole('alert')).toHaveText('Enter a priority from 1 to 32766.');
  await session.field('Name').fill('bad name');
  await session.field('Description').focus();
  await expect(session.settings).toContainText(
    'Names can use only letters, digits, CJK characters, _, - and . (remove " ").',
  );

  await session.field('Name').fill('web-prod-01-to-ids-v2');
  await session.field('Priority').fill('1');
  await session.settings.getByRole('button', { name: 'Save changes' }).click();
  await expect(session.settings.getByRole('alert')).toContainText(
    `Session "${FIGURE_1}" already mirrors "web-prod-01-eth0" at priority 1.`,
  );

  await session.field('Priority').fill('4');
  await session.field('Description').fill('Copies to the IDS');
  await session.field('VNI').fill('200');
  await session.field('Packet length').fill('128');
  await session.settings.getByRole('button', { name: 'Save changes' }).click();
  await expect(session.toast('Mirror session "web-prod-01-to-ids-v2" saved.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'web-prod-01-to-ids-v2' })).toBeVisible();
  await page.reload();
  await expect(session.field('Priority')).toHaveValue('4');
  await expect(session.field('VNI')).toHaveValue('200');
  await expect(session.field('Packet length')).toHaveValue('128');
});

test('a field error from the server is shown next to its field, and nothing typed is lost', async ({
  page,
}) => {
  await session.goto(S.idsEni, IDS);
  // The session list stops answering; meanwhile another client moves Figure 1, which also
  // mirrors web-prod-01-eth0, to priority 7. The console cannot know: only the server refuses (C4).
  await failSource(page, 'sessions');
  await changeStoreUnseen(page, (data) => {
    const figure1 = data.sessions?.find((s) => s.id === S.figure1);
    if (figure1) figure1.priority = 7;
  });
  await session.field('Name').fill('renamed-by-me');
  await session.field('Priority').fill('7');
  const since = await pageNow(page);
  await session.settings.getByRole('button', { name: 'Save changes' }).click();
  expect((await nextApiCall(page, since, 'PUT', `/traffic-mirror-sessions/${S.idsEni}`)).status).toBe(409);
  const priority = session.field('Priority');
  await expect(priority).toHaveAttribute('aria-invalid', 'true');
  await expect(priority).toHaveAccessibleDescription(
    /Session "figure-1-web-pay-to-elb" already mirrors "web-prod-01-eth0" at priority 7\./,
  );
  await expect(priority).toBeFocused();
  await expect(session.field('Name')).toHaveValue('renamed-by-me');

  // Now every call to this session fails (fault injection), its update too.
  await failSource(page, 'session');
  await session.field('Priority').fill('8');
  await session.settings.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    session.settings.getByRole('alert').filter({ hasText: 'The service is temporarily unavailable' }),
  ).toBeVisible();
  await expect(session.field('Name')).toHaveValue('renamed-by-me');
  await expect(session.field('Priority')).toHaveValue('8');
});

test('disable and enable, from the header and from the warning', async ({ page }) => {
  await session.goto(S.idsEni, IDS);
  await page.getByRole('button', { name: 'Disable', exact: true }).click();
  await expect(session.toast(`Mirror session "${IDS}" disabled.`)).toBeVisible();
  await expect(session.warning('W4')).toContainText('This session is disabled and copies nothing.');
  await session.warning('W4').getByRole('button', { name: 'Enable session' }).click();
  await expect(session.toast(`Mirror session "${IDS}" enabled.`)).toBeVisible();
  await expect(session.warning('W4')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Disable', exact: true })).toBeVisible();
});

test('changes the filter and the target; a target that cannot be is explained and refused', async () => {
  await session.goto(S.idsEni, IDS);
  const filter = session.filterPanel.getByLabel('Change to filter');
  await filter.selectOption({ label: 'doc-table-2-filter (1 inbound, 1 outbound rules)' });
  await session.filterPanel.getByRole('button', { name: 'Change filter' }).click();
  await expect(session.toast(`Mirror session "${IDS}" now uses filter "doc-table-2-filter".`)).toBeVisible();
  await expect(session.filterPanel.getByRole('link', { name: 'doc-table-2-filter' })).toBeVisible();

  const target = session.targetPanel.getByLabel('Change to target');
  await target.selectOption({ label: 'web-prod-01-eth0 (10.0.0.3)' });
  await expect(session.targetPanel.getByRole('alert')).toContainText(
    '"web-prod-01-eth0" is a mirror source of this session.',
  );
  await expect(session.targetPanel.getByRole('button', { name: 'Change target' })).toBeDisabled();

  await session.targetPanel.getByLabel('Target type').selectOption('elb');
  await target.selectOption({ label: 'elb-mirror-collector (10.0.2.10)' });
  await session.targetPanel.getByRole('button', { name: 'Change target' }).click();
  await expect(session.toast(/now sends its copies to elb-mirror-collector/)).toBeVisible();
  await expect(session.targetPanel).toContainText('Load balancer (ELB)');
  await expect(session.targetPanel).toContainText('10.0.2.10 UDP 4789');
  await expect(
    session.details.getByRole('definition').filter({ hasText: 'Elastic network interface (ENI)' }),
    'the session type is the kind of its sources, not of its load balancer target',
  ).toBeVisible();
  await expect(session.details).not.toContainText('Session type');
});

test('removes a source, and adds one from a picker that says why others cannot be added', async ({
  page,
}) => {
  await session.goto(S.figure1, FIGURE_1);
  await expect(session.sourcesPanel).toHaveAccessibleName('Mirror sources (2 / 10)');
  await session.sourcesPanel.getByRole('button', { name: 'Remove source pay-api-02-eth0' }).click();
  await expect(session.toast(`Source "pay-api-02-eth0" removed from "${FIGURE_1}".`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mirror sources (1 / 10)' })).toBeVisible();

  await session.sourcesPanel.getByRole('button', { name: 'Add sources' }).click();
  const picker = page.getByRole('group', { name: 'Add sources' });
  const legacy = picker.getByRole('checkbox', { name: /legacy-app-01-eth0/ });
  await expect(legacy).toBeDisabled();
  await expect(legacy).toHaveAccessibleDescription(
    /cannot be a mirror source: its ECS "legacy-app-01" is s6/,
  );
  await expect(picker.getByRole('checkbox', { name: /web-prod-02-eth0/ })).toHaveAccessibleDescription(
    'Can be added.',
  );
  await expectNoSeriousA11yViolations(page);
  await picker.getByRole('checkbox', { name: /web-prod-02-eth0/ }).check();
  await picker.getByRole('button', { name: 'Add source' }).click();
  await expect(session.toast(`1 source added to "${FIGURE_1}".`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mirror sources (2 / 10)' })).toContainText(
    'web-prod-02-eth0',
  );
});

test('warnings W1, W2 and W4 are listed with their fixes, and the security group fix is applied', async ({
  page,
}) => {
  await session.goto(S.paused, PAUSED);
  for (const label of [
    'W1 Target security group blocks copies',
    'W2 Target network ACL blocks copies',
    'W4 Nothing is copied',
  ])
    await expect(session.warning(label).first()).toBeVisible();
  await expect(session.warning('W3')).toHaveCount(0);
  await expect(session.warning('W2')).toContainText(
    'Add an inbound allow rule for UDP from 10.0.1.12/32 to port 4789',
  );
  await expectNoSeriousA11yViolations(page);
  await session.warning('W1').getByRole('button', { name: 'Add the security group rule…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a security group rule' });
  await expect(dialog.getByRole('row', { name: 'Source IP address: 10.0.1.12/32' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await expect(session.toast(/^Rule added to security group /)).toBeVisible();
  await expect(session.warning('W1')).toHaveCount(0);
  await session.warnings.getByRole('link', { name: 'Add an inbound rule' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'no-rules-filter' })).toBeVisible();
});

test('delete from the page asks first and goes back to the list', async ({ page }) => {
  await session.goto(S.paused, PAUSED);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Delete mirror session "${PAUSED}"?` });
  await dialog.getByRole('button', { name: 'Delete session' }).click();
  await expect(session.toast(`Mirror session "${PAUSED}" deleted.`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Mirror Sessions' })).toBeVisible();
  await expect(page.getByRole('link', { name: PAUSED })).toHaveCount(0);
});

test('an unknown session says so and leads back to the list', async ({ page }) => {
  await page.goto('sessions/d3000000-0000-4000-8000-019999999999');
  await expect(page.getByRole('heading', { level: 1, name: 'Mirror session not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the mirror sessions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mirror Sessions' })).toBeVisible();
});
