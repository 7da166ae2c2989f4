import { expect as baseExpect, test } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { FilterDetailPage } from './pages/filters-detail-page';
import { FiltersListPage } from './pages/filters-list-page';
import { VPC } from './pages/create-session-mock';
import { failSource, healApi } from './pages/fault-injection';
import { apiFromPage } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';

/** Each change waits for the refreshed lists; machines shared by several suites need the time. */
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 150_000 });

const F = CN_NORTH_4.filters;
const WEB = 'web-traffic-filter';

let filter: FilterDetailPage;

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
  filter = new FilterDetailPage(page);
});

test('lists the filters with their rule counters and users, and passes axe', async ({ page }) => {
  const list = new FiltersListPage(page);
  await list.goto();
  await expect(list.row(WEB).getByRole('cell')).toHaveText([
    /^web-traffic-filter/,
    '4 / 10',
    '2 / 10',
    '1 session',
    F.web,
    /^04\/22\/2024, \d\d:\d\d$/,
  ]);
  await expect(list.row('no-rules-filter').getByRole('cell').nth(1)).toHaveText('0 / 10');
  await expectNoSeriousA11yViolations(page);
});

test('creates a filter, checking the name as typed, and opens it', async ({ page }) => {
  const list = new FiltersListPage(page);
  await list.goto();
  await page.getByRole('button', { name: 'Create mirror filter' }).click();
  await list.createDialog.getByLabel('Name').fill('dns filter');
  await list.createDialog.getByLabel('Description').focus();
  await expect(list.createDialog.getByRole('alert')).toHaveText(
    'Names can use only letters, digits, CJK characters, _, - and . (remove " ").',
  );
  await expectNoSeriousA11yViolations(page);
  await list.createDialog.getByLabel('Name').fill('dns-filter');
  await list.createDialog.getByLabel('Description').fill('DNS only');
  await list.createDialog.getByRole('button', { name: 'Create filter' }).click();
  await expect(filter.toast('Mirror filter "dns-filter" created. Add its rules.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'dns-filter' })).toBeVisible();
  await expect(filter.panel('Inbound')).toHaveAccessibleName('Inbound rules 0 / 10');
  await expect(filter.panel('Outbound')).toContainText(
    'Filter "dns-filter" has no outbound rule, so no outbound traffic is copied.',
  );
  await expect(filter.sessions).toContainText('No session uses this filter.');
  await expectNoSeriousA11yViolations(page);
});

test('rules are listed by priority, each read as a sentence', async ({ page }) => {
  await filter.goto(F.web, WEB);
  await expect(filter.panel('Inbound')).toHaveAccessibleName('Inbound rules 4 / 10');
  await expect(filter.panel('Outbound')).toHaveAccessibleName('Outbound rules 2 / 10');
  await expect(filter.ruleRows('Inbound')).toHaveCount(4);
  for (const [index, priority] of ['10', '20', '30', '40'].entries()) {
    await expect(filter.ruleRows('Inbound').nth(index).getByRole('cell').first()).toHaveText(priority);
  }
  await expect(filter.ruleRows('Inbound').nth(1)).toContainText(
    'Mirror TCP (IPv4) packets from any source over any port to any destination over port 80.',
  );
  await expect(filter.ruleRows('Outbound').first()).toContainText(
    'Do not mirror UDP (IPv4) packets from any source over any port to any destination over port 53.',
  );
  await expect(filter.sessions.getByRole('link', { name: 'web-prod-01-to-ids' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a new rule is checked field by field and for coherence, then added', async ({ page }) => {
  await filter.goto(F.web, WEB);
  await filter.panel('Inbound').getByRole('button', { name: 'Add inbound rule' }).click();
  const form = filter.form('Inbound');
  await expect(form).toHaveAccessibleName('Add inbound rule');
  await expect(filter.field('Inbound', 'Priority')).toHaveValue('1');

  await filter.field('Inbound', 'Protocol').selectOption('ICMP');
  await filter.field('Inbound', 'Type').selectOption('IPv6');
  await expect(form.getByRole('alert')).toHaveText(
    'ICMP rules must use IPv4. Choose IPv4, or use ICMPV6 for IPv6.',
  );
  await filter.field('Inbound', 'Type').selectOption('IPv4');
  await expect(form.getByRole('alert')).toHaveCount(0);

  await filter.field('Inbound', 'Destination port range').fill('80-80');
  await filter.field('Inbound', 'Description').focus();
  await expect(form.getByRole('alert')).toHaveText(
    'Port ranges apply only to TCP and UDP. Clear the destination port range, or choose TCP or UDP.',
  );
  await filter.field('Inbound', 'Protocol').selectOption('TCP');
  await expect(form.getByRole('alert')).toHaveCount(0);

  await filter.field('Inbound', 'Source CIDR').fill('2001:db8::/32');
  await filter.field('Inbound', 'Description').focus();
  await expect(form.getByRole('alert')).toContainText(
    'This rule is IPv4 but the source 2001:db8::/32 is IPv6.',
  );
  await filter.field('Inbound', 'Source CIDR').fill('10.0.0.1/8');
  await expect(form).toContainText('Means 10.0.0.0/8.');

  await filter.field('Inbound', 'Priority').fill('10');
  await filter.field('Inbound', 'Action').selectOption('reject');
  await expect(form).toContainText(
    'Filtering description: Do not mirror TCP (IPv4) packets from source 10.0.0.0/8 over any port to any destination over port 80.',
  );
  await form.getByRole('button', { name: 'Add rule' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'Another inbound rule of this filter already has priority 10. Choose another priority, such as 11.',
  );
  await expectNoSeriousA11yViolations(page);

  await filter.field('Inbound', 'Priority').fill('15');
  await form.getByRole('button', { name: 'Add rule' }).click();
  await expect(filter.toast('An inbound rule with priority 15 was added.')).toBeVisible();
  await expect(filter.panel('Inbound')).toHaveAccessibleName('Inbound rules 5 / 10');
  await expect(filter.ruleRows('Inbound').nth(1)).toContainText(
    'Do not mirror TCP (IPv4) packets from source 10.0.0.0/8 over any port to any destination over port 80.',
  );
  await expect(filter.form('Inbound')).toHaveCount(0);
});

test('a rule is edited in place and deleted after a confirmation', async ({ page }) => {
  await filter.goto(F.web, WEB);
  await filter.panel('Inbound').getByRole('button', { name: 'Edit inbound rule 20' }).click();
  await expect(filter.form('Inbound')).toHaveAccessibleName('Edit inbound rule (priority 20)');
  await expect(filter.field('Inbound', 'Destination port range')).toHaveValue('80-80');
  await filter.field('Inbound', 'Action').selectOption('reject');
  await filter.form('Inbound').getByRole('button', { name: 'Save rule' }).click();
  await expect(filter.toast('The inbound rule with priority 20 was saved.')).toBeVisible();
  await expect(filter.ruleRows('Inbound').nth(1)).toContainText(
    'Do not mirror TCP (IPv4) packets from any source over any port to any destination over port 80.',
  );

  await filter.panel('Inbound').getByRole('button', { name: 'Delete inbound rule 30' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete inbound rule 30?' });
  await expect(dialog).toContainText('Mirror ICMP (IPv4) packets from any source to any destination.');
  await dialog.getByRole('button', { name: 'Delete rule' }).click();
  await expect(filter.toast('The inbound rule with priority 30 was deleted.')).toBeVisible();
  await expect(filter.panel('Inbound')).toHaveAccessibleName('Inbound rules 3 / 10');
});

test('a direction at its 10-rule quota offers no new rule', async ({ page }) => {
  await filter.goto(F.web, WEB);
  for (const priority of [50, 60, 70, 80, 90, 100]) {
    const answer = await apiFromPage(page, 'POST', `${VPC}/traffic-mirror-filter-rules`, {
      traffic_mirror_filter_rule: {
        traffic_mirror_filter_id: F.web,
        direction: 'ingress',
        protocol: 'UDP',
        ethertype: 'IPv4',
        action: 'accept',
        priority,
      },
    });
    expect(answer.status).toBe(201);
  }
  await page.reload();
  await expect(filter.panel('Inbound')).toHaveAccessibleName('Inbound rules 10 / 10');
  await expect(filter.panel('Inbound').getByRole('button', { name: 'Add inbound rule' })).toBeDisabled();
  await expect(filter.panel('Inbound')).toContainText('At the quota: delete a rule to add another.');
  await expect(filter.panel('Outbound').getByRole('button', { name: 'Add outbound rule' })).toBeEnabled();
});

test('a filter in use cannot be deleted, and the dialog names its sessions', async ({ page }) => {
  await filter.goto(F.web, WEB);
  await page.getByRole('button', { name: 'Delete filter' }).click();
  const dialog = page.getByRole('dialog', { name: `Filter "${WEB}" is in use` });
  await expect(dialog).toContainText(
    'This filter is used by session "web-prod-01-to-ids". Delete the session or give it another filter first.',
  );
  await expect(dialog.getByRole('button', { name: 'Delete filter' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('an unused filter is deleted after a confirmation', async ({ page }) => {
  const created = await apiFromPage(page, 'POST', `${VPC}/traffic-mirror-filters`, {
    traffic_mirror_filter: { name: 'spare-filter' },
  });
  expect(created.status).toBe(201);
  const id = (created.body as { traffic_mirror_filter: { id: string } }).traffic_mirror_filter.id;
  await filter.goto(id, 'spare-filter');
  await page.getByRole('button', { name: 'Delete filter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete mirror filter "spare-filter"?' });
  await dialog.getByRole('button', { name: 'Delete filter' }).click();
  await expect(filter.toast('Mirror filter "spare-filter" deleted.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Mirror Filters' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'spare-filter' })).toHaveCount(0);
});

test("the filter's name and description are edited", async () => {
  await filter.goto(F.empty, 'no-rules-filter');
  await filter.settings.getByLabel('Name').fill('staging-filter');
  await filter.settings.getByLabel('Description').fill('Rules for the staging network');
  await filter.settings.getByRole('button', { name: 'Save changes' }).click();
  await expect(filter.toast('Mirror filter "staging-filter" saved.')).toBeVisible();
  await expect(filter.page.getByRole('heading', { level: 1, name: 'staging-filter' })).toBeVisible();
});

test("a failed change shows the server's message and keeps the rule as typed", async ({ page }) => {
  await filter.goto(F.web, WEB);
  await filter.panel('Outbound').getByRole('button', { name: 'Add outbound rule' }).click();
  await filter.field('Outbound', 'Protocol').selectOption('UDP');
  await filter.field('Outbound', 'Destination port range').fill('123-123');
  await filter.field('Outbound', 'Priority').fill('5');
  await failSource(page, 'rules');
  await filter.form('Outbound').getByRole('button', { name: 'Add rule' }).click();
  await expect(filter.form('Outbound').getByRole('alert')).toContainText(
    'The service is temporarily unavailable',
  );
  await expect(filter.field('Outbound', 'Destination port range')).toHaveValue('123-123');
  await expect(filter.field('Outbound', 'Priority')).toHaveValue('5');
  await healApi(page);
  await filter.form('Outbound').getByRole('button', { name: 'Add rule' }).click();
  await expect(filter.toast('An outbound rule with priority 5 was added.')).toBeVisible();
});
