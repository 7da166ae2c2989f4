import { expect as baseExpect, test, type Page } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { CreateSessionPage } from './pages/create-session-page';
import { filtersNamed, sessionsNamed } from './pages/create-session-mock';
import { expectNoSeriousA11yViolations } from './support/axe';

// Whole journeys through a five-step wizard, on machines shared with other suites: after a
// create the console refreshes every list before the session page opens.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

let wizard: CreateSessionPage;

test.beforeEach(async ({ page }) => {
  wizard = new CreateSessionPage(page);
  await wizard.openOnDemoData();
});

test('creates a session with an existing filter and opens its page', async ({ page }) => {
  await wizard.fillSession({
    name: 'web-to-collector',
    description: 'Web tier to the collector',
    vni: 42,
    packetLength: 128,
  });
  await expect(wizard.number('Priority')).toHaveValue('1');
  await wizard.next();
  await wizard.expectStep('Select filter');
  const filterRow = wizard.row('Mirror filters', 'web-traffic-filter');
  await expect(filterRow).toContainText(
    'Mirror TCP (IPv4) packets from any source over any port to any destination over port 443.',
  );
  await expect(filterRow).toContainText('1 / 1,000');
  await wizard.filterChoice('web-traffic-filter').check();
  await wizard.next();
  await wizard.expectStep('Select sources');
  await wizard.chooseSources(['web-prod-02-eth0', 'pay-api-01-eth0']);
  await expect(page.getByRole('status').filter({ hasText: 'sources chosen' })).toContainText('2 / 10');
  await wizard.next();
  await wizard.expectStep('Select target');
  await wizard.chooseTarget('Load balancer', 'elb-mirror-collector');
  await wizard.next();
  await wizard.expectStep('Review and create');
  await expect(wizard.reviewValue('Session', 'Name')).toHaveText('web-to-collector');
  await expect(wizard.reviewValue('Session', 'VNI')).toHaveText('42');
  await expect(wizard.reviewValue('Session', 'Packet length')).toHaveText('128 bytes');
  await expect(wizard.reviewValue('Filter', 'Filter')).toHaveText('web-traffic-filter');
  await expect(wizard.reviewValue('Sources', 'Sources (2)')).toContainText('web-prod-02-eth0 (10.0.0.4)');
  await expect(wizard.reviewValue('Target', 'Target')).toHaveText('elb-mirror-collector (10.0.2.10)');

  await wizard.button('Create session').click();
  await expect(page.getByText('Mirror session “web-to-collector” was created.')).toBeVisible();
  await expect(page).toHaveURL(/\/console\/sessions\/[0-9a-f-]{36}/);
  await expect(page.getByRole('heading', { level: 1, name: 'web-to-collector' })).toBeVisible();
  const [created] = await sessionsNamed(page, 'web-to-collector');
  expect(created).toMatchObject({
    description: 'Web tier to the collector',
    priority: 1,
    virtual_network_id: 42,
    packet_length: 128,
    enabled: true,
    traffic_mirror_filter_id: CN_NORTH_4.filters.web,
    traffic_mirror_sources: [CN_NORTH_4.ports.webProd02, CN_NORTH_4.ports.payApi01],
    traffic_mirror_target_id: CN_NORTH_4.loadBalancers.mirrorCollector,
    traffic_mirror_target_type: 'elb',
  });
});

test('creates a filter in place, with its rules, and uses it', async ({ page }) => {
  await wizard.fillSession({ name: 'https-only' });
  await wizard.next();
  await page.getByRole('radio', { name: 'Create a new filter' }).check();
  await wizard.field('Filter name').fill('https-in-all-out');
  await wizard.button('Add inbound rule').click();
  const inbound = wizard.rule('Inbound rule 1');
  await expect(inbound.getByRole('spinbutton', { name: 'Priority' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Inbound rules 1 / 10' })).toBeVisible();

  // Coherence: ICMP goes with IPv4 only, and takes no ports.
  await inbound.getByRole('combobox', { name: 'Type' }).selectOption('IPv6');
  await inbound.getByRole('combobox', { name: 'Protocol' }).selectOption('ICMP');
  await inbound.getByRole('textbox', { name: 'Destination port range' }).fill('443-443');
  await wizard.button('Create filter and use it').click();
  await expect(
    inbound.getByText(
      'Port ranges apply only to TCP and UDP. Clear the destination port range, or choose TCP or UDP.',
    ),
  ).toBeVisible();
  await expect(
    inbound.getByText('ICMP rules must use IPv4. Choose IPv4, or use ICMPV6 for IPv6.'),
  ).toBeVisible();
  await inbound.getByRole('combobox', { name: 'Type' }).selectOption('IPv4');
  await inbound.getByRole('combobox', { name: 'Protocol' }).selectOption('TCP');
  await inbound.getByRole('textbox', { name: 'Source CIDR' }).fill('10.0.0.9/16');
  await expect(inbound).toContainText(
    'Filtering description: Mirror TCP (IPv4) packets from source 10.0.0.0/16 over any port to any destination over port 443.',
  );
  await wizard.button('Add outbound rule').click();
  const outbound = wizard.rule('Outbound rule 1');
  await outbound.getByRole('combobox', { name: 'Protocol' }).selectOption('ALL');
  await outbound.getByRole('combobox', { name: 'Action' }).selectOption('reject');
  await wizard.button('Create filter and use it').click();

  // Three writes, each followed by a refresh of the lists: allow for a busy machine.
  await expect(
    page.getByText('Filter “https-in-all-out” was created with 2 rules and is selected.'),
  ).toBeVisible({
    timeout: 60_000,
  });
  await expect(wizard.filterChoice('https-in-all-out')).toBeChecked();
  const [filter] = await filtersNamed(page, 'https-in-all-out');
  expect(filter?.ingress_rules).toMatchObject([
    { protocol: 'TCP', destination_port_range: '443-443', action: 'accept' },
  ]);
  expect(filter?.egress_rules).toMatchObject([{ protocol: 'ALL', action: 'reject' }]);

  await wizard.next();
  await wizard.chooseSources(['web-prod-02-eth0']);
  await wizard.next();
  await wizard.chooseTarget('Network interface', 'ids-collector-01-eth0');
  await wizard.next();
  await expect(wizard.reviewValue('Filter', 'Rules')).toContainText(
    'Outbound 1: Do not mirror IPv4 packets from any source over any port to any destination over any port.',
  );
  await wizard.button('Create session').click();
  await expect(page.getByRole('heading', { level: 1, name: 'https-only' })).toBeVisible();
  expect((await sessionsNamed(page, 'https-only'))[0]?.traffic_mirror_filter_id).toBe(filter?.id);
});

test('errors show next to their field on blur and on Next', async ({ page }) => {
  await wizard.field('Name').fill('web server');
  await wizard.field('Description').focus();
  await expect(
    page.getByText('Names can use only letters, digits, CJK characters, _, - and . (remove " ").'),
  ).toBeVisible();
  await expect(wizard.field('Name')).toHaveAttribute('aria-invalid', 'true');
  await wizard.number('VNI').fill('');
  await wizard.next();
  await expect(page.getByText('Enter a VNI from 0 to 16777215.')).toBeVisible();
  await expect(wizard.field('Name')).toBeFocused();
  await expect(wizard.stepHeading('Configure session')).toBeVisible();
  await wizard.field('Name').fill('web-server');
  await expect(page.getByText(/Names can use only/)).toHaveCount(0);
  await wizard.number('VNI').fill('7');
  await wizard.next();
  await wizard.expectStep('Select filter');
  await wizard.next();
  await expect(page.getByRole('alert').filter({ hasText: 'Choose a mirror filter.' })).toBeFocused();
});

test('a reload in the middle of the wizard keeps every value and the step', async ({ page }) => {
  await wizard.fillSession({
    name: 'survives-reload',
    description: 'kept',
    priority: 9,
    vni: 3,
    packetLength: 200,
    enabled: false,
  });
  await wizard.next();
  await wizard.filterChoice('doc-table-2-filter').check();
  await wizard.next();
  await wizard.chooseSources(['pay-api-01-eth0', 'batch-worker-01-eth0']);
  await wizard.next();
  await wizard.expectStep('Select target');
  await page.getByRole('radio', { name: 'Load balancer', exact: true }).check();

  await page.reload();
  await wizard.expectStep('Select target');
  await expect(page.getByRole('radio', { name: 'Load balancer', exact: true })).toBeChecked();
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('link', { name: /Select sources/ })
    .click();
  await expect(wizard.source('pay-api-01-eth0')).toBeChecked();
  await expect(wizard.source('batch-worker-01-eth0')).toBeChecked();
  await page.goBack();
  await wizard.expectStep('Select target');
  await page.goBack();
  await wizard.expectStep('Select sources');
  await page.goBack();
  await wizard.expectStep('Select filter');
  await expect(wizard.filterChoice('doc-table-2-filter')).toBeChecked();
  await page.goBack();
  await wizard.expectStep('Configure session');
  await expect(wizard.field('Name')).toHaveValue('survives-reload');
  await expect(wizard.field('Description')).toHaveValue('kept');
  await expect(wizard.number('Priority')).toHaveValue('9');
  await expect(wizard.number('VNI')).toHaveValue('3');
  await expect(wizard.number('Packet length (bytes)')).toHaveValue('200');
  await expect(page.getByRole('checkbox', { name: 'Enabled' })).not.toBeChecked();
  await page.goForward();
  await wizard.expectStep('Select filter');
});

test('leaving and coming back offers the draft; Cancel asks before discarding it', async ({ page }) => {
  await wizard.fillSession({ name: 'come-back-later' });
  await wizard.next();
  await wizard.expectStep('Select filter');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Network Interfaces' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Network Interfaces' })).toBeVisible();
  await page.goto('sessions/create');
  await expect(page.getByRole('heading', { name: 'Resume your unfinished session?' })).toBeFocused();
  await expect(
    page.getByText(/A draft named “come-back-later” was saved .*, at the step “Select filter”/),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await wizard.button('Resume draft').click();
  await wizard.expectStep('Select filter');
  await wizard.button('Previous').click();
  await expect(wizard.field('Name')).toHaveValue('come-back-later');

  await wizard.button('Cancel').click();
  const dialog = page.getByRole('dialog', { name: 'Discard this session draft?' });
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog).toBeHidden();
  await expect(wizard.field('Name')).toHaveValue('come-back-later');
  await wizard.button('Cancel').click();
  await dialog.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page).toHaveURL(/\/console\/sessions(\?|$)/);
  await page.goto('sessions/create');
  await wizard.expectStep('Configure session');
  await expect(wizard.field('Name')).toHaveValue('');
});

test('the whole wizard can be completed with the keyboard alone', async ({ page }) => {
  const keys = page.keyboard;
  await expect(wizard.stepHeading('Configure session')).toBeFocused();
  await wizard.tabTo(wizard.field('Name'));
  await keys.type('keyboard-only');
  await keys.press('Enter');
  await wizard.expectStep('Select filter');
  await wizard.tabTo(wizard.filterChoice('doc-table-2-filter'));
  await keys.press('ArrowDown');
  await expect(wizard.filterChoice('web-traffic-filter')).toBeChecked();
  await wizard.tabTo(wizard.button('Next'));
  await keys.press('Enter');
  await wizard.expectStep('Select sources');
  await wizard.tabTo(wizard.source('web-prod-02-eth0'));
  await keys.press('Space');
  await expect(wizard.source('web-prod-02-eth0')).toBeChecked();
  await wizard.tabTo(wizard.button('Next'));
  await keys.press('Enter');
  await wizard.expectStep('Select target');
  await wizard.tabTo(page.getByRole('radio', { name: 'Network interface', exact: true }));
  await keys.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Load balancer', exact: true })).toBeChecked();
  await wizard.tabTo(wizard.target('elb-mirror-collector'));
  await keys.press('Space');
  await expect(wizard.target('elb-mirror-collector')).toBeChecked();
  await wizard.tabTo(wizard.button('Next'));
  await keys.press('Enter');
  await wizard.expectStep('Review and create');
  await wizard.tabTo(wizard.button('Create session'));
  const outline = await wizard.button('Create session').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await keys.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'keyboard-only' })).toBeVisible();
  expect(await sessionsNamed(page, 'keyboard-only')).toHaveLength(1);
});

test('every step passes axe', async ({ page }) => {
  await wizard.next();
  await expectNoSeriousA11yViolations(page);
  await wizard.fillSession({ name: 'axe-check' });
  await wizard.next();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('radio', { name: 'Create a new filter' }).check();
  await wizard.button('Add inbound rule').click();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('radio', { name: 'Use an existing filter' }).check();
  await wizard.filterChoice('web-traffic-filter').check();
  await wizard.next();
  await wizard.expectStep('Select sources');
  await expectNoSeriousA11yViolations(page);
  await wizard.chooseSources(['web-prod-02-eth0']);
  await wizard.next();
  await wizard.chooseTarget('Network interface', 'ids-collector-02-eth0');
  await expectNoSeriousA11yViolations(page);
  await wizard.next();
  await wizard.expectStep('Review and create');
  await expectNoSeriousA11yViolations(page);
});

test('fits a 1024 px wide window: no table scrolls sideways and every reason is readable', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const fits = (name: string) =>
    page
      .getByRole('table', { name })
      .evaluate(
        (table) => (table.parentElement?.scrollWidth ?? 0) <= (table.parentElement?.clientWidth ?? 0),
      );
  await wizard.fillSession({ name: 'narrow' });
  await wizard.next();
  await wizard.expectStep('Select filter');
  expect(await fits('Mirror filters')).toBe(true);
  await wizard.filterChoice('web-traffic-filter').check();
  await wizard.next();
  await wizard.expectStep('Select sources');
  expect(await fits('Network interfaces')).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  await expect(page.getByText(/already mirrors "web-prod-01-eth0" at priority 1/)).toBeInViewport();
  await wizard.chooseSources(['web-prod-02-eth0']);
  await wizard.next();
  await wizard.expectStep('Select target');
  expect(await fits('Network interfaces')).toBe(true);
});

/** The review step's analysis of the session before it is created. */
function analysis(page: Page) {
  return page.getByRole('region', { name: 'Traffic analysis' });
}

test('the review step says, before creating, that higher-priority sessions leave the new one nothing', async ({
  page,
}) => {
  // web-prod-01-to-ids (priority 2) mirrors web-prod-01-eth0 with the same filter.
  await wizard.completeToReview({
    settings: { name: 'late-web-copy', priority: 3 },
    filter: 'web-traffic-filter',
    sources: ['web-prod-01-eth0'],
    targetType: 'Load balancer',
    target: 'elb-mirror-collector',
  });
  const panel = analysis(page);
  await expect(panel.getByText('Never receives', { exact: true })).toHaveCount(2);
  await expect(panel).toContainText(
    'Session "late-web-copy" (priority 3) never receives an inbound packet from interface "web-prod-01-eth0":',
  );
  await expect(panel).toContainText('session "web-prod-01-to-ids" (priority 2)');
  await expectNoSeriousA11yViolations(page);
});

test('the review step shows a packet the new session copies, and opens it in the packet tester', async ({
  page,
}) => {
  await wizard.completeToReview({
    settings: { name: 'web-02-copy' },
    filter: 'web-traffic-filter',
    sources: ['web-prod-02-eth0'],
    targetType: 'Load balancer',
    target: 'elb-mirror-collector',
  });
  const panel = analysis(page);
  await expect(panel.getByText('Copies', { exact: true })).toBeVisible();
  await expect(panel.getByText('Never receives', { exact: true })).toHaveCount(0);
  await expect(panel).toContainText('This session copies packets from web-prod-02-eth0, such as this one.');
  await panel.getByRole('link', { name: 'Test this packet: copied from web-prod-02-eth0' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Packet Tester' })).toBeVisible();
  await expect(page).toHaveURL(/source=.*destination_port=/);
  await expect(page.getByRole('region', { name: 'Verdict' })).toBeVisible();
});

test('the review step warns that a filter without rules copies nothing in either direction', async ({
  page,
}) => {
  await wizard.completeToReview({
    settings: { name: 'empty-copy' },
    filter: 'no-rules-filter',
    sources: ['web-prod-02-eth0'],
    targetType: 'Load balancer',
    target: 'elb-mirror-collector',
  });
  const panel = analysis(page);
  await expect(panel.getByText('Copies nothing', { exact: true })).toHaveCount(3);
  await expect(panel.getByRole('link')).toHaveCount(0);
});
