import { expect as baseExpect, test } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { PacketTesterPage } from './pages/packet-tester-page';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';

/** Machines shared by several suites need the time. */
const expect = baseExpect.configure({ timeout: 20_000 });

const PORTS = CN_NORTH_4.ports;
const FIGURE_1 = 'figure-1-web-pay-to-elb';

/** Table 1, request packet 03: from the Internet to ECS-C, inbound on network interface-C. */
const PACKET_03 = {
  networkInterface: 'web-prod-01-eth0',
  protocol: 'TCP',
  sourceIp: '172.16.0.5',
  sourcePort: '10000',
  destinationIp: '10.0.0.3',
  destinationPort: '80',
} as const;

/** Request packet 01 of Table 1 on network interface-B (ECS-B to ECS-A): no rule takes it. */
const PACKET_01 = {
  networkInterface: '10.0.1.12',
  protocol: 'TCP',
  sourceIp: '10.0.1.12',
  sourcePort: '40000',
  destinationIp: '10.0.1.30',
  destinationPort: '3306',
} as const;

let tester: PacketTesterPage;

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
  tester = new PacketTesterPage(page);
});

test('a Table 1 packet is copied by the Figure 1 session with its Table 2 rule', async ({ page }) => {
  await tester.open();
  await tester.test(PACKET_03);
  const verdict = tester.verdict();
  await expect(verdict.getByText('Copied', { exact: true })).toBeVisible();
  const code = verdict.getByText('ACCEPTED', { exact: true });
  await expect(code, 'the reason code is not shown beside the headline').toBeHidden();
  await verdict.getByText('Technical details').click();
  await expect(code).toBeVisible();
  await expect(verdict.getByRole('link', { name: FIGURE_1 })).toBeVisible();
  await expect(verdict.getByRole('link', { name: 'inbound rule 1 (accept)' })).toBeVisible();
  const session = tester.traceSession(verdict, FIGURE_1);
  await expect(session).toHaveAttribute('aria-current', 'true');
  await expect(session.getByRole('listitem')).toHaveText(/Rule 1.*Matches: this rule decides \(accept\)\./);
  await expect(verdict).toContainText('Not looked at (a session before decided): web-prod-01-to-ids.');
  await expect(verdict).toContainText('VNI1');
  await expect(verdict).toContainText('Outer destination10.0.2.10 · UDP port 4789');
  await expect(verdict).toContainText('Bytes copied78 bytes');
  await expect(verdict.getByText('The copy reaches the target')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`source=${PORTS.webProd01}.*source_ip=172\\.16\\.0\\.5`));
});

test('after Test packet the verdict takes focus and is in view, below the form', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await tester.open();
  await tester.test(PACKET_03);
  const heading = tester.verdict().getByRole('heading', { level: 2, name: 'Verdict' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(tester.verdict().getByText('Copied', { exact: true })).toBeInViewport();
  await page.evaluate(() => window.scrollTo(0, 0));
  await tester.form.getByRole('button', { name: 'Test packet' }).click();
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});

test('the verdicts side by side and the what-if editor pass axe', async ({ page }) => {
  await tester.open();
  await tester.test(PACKET_03);
  await tester.whatIf.getByRole('button', { name: 'Edit a copy' }).click();
  await tester.whatIf.getByRole('button', { name: 'Remove inbound rule 1' }).click();
  await expect(tester.verdict('With the edited copy of doc-table-2-filter')).toContainText('Copied');
  await tester.whatIf.getByRole('button', { name: 'Add inbound rule' }).click();
  await expect(tester.whatIf.getByRole('form', { name: 'Add inbound rule to the copy' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a packet that no rule matches is not copied, and the trace says why for each rule', async () => {
  await tester.open();
  await tester.test(PACKET_01);
  const verdict = tester.verdict();
  await expect(verdict.getByText('Not copied: no rule matches')).toBeVisible();
  await expect(verdict).toContainText('outbound on pay-api-02-eth0 (direction from the addresses)');
  const figure1 = tester.traceSession(verdict, FIGURE_1);
  await expect(figure1).toContainText('No rule matches: next session');
  await expect(figure1.getByRole('listitem')).toHaveText(
    /Rule 1 · reject ALL from 192\.168\.0\.0\/24 to 10\.2\.0\.0\/24\s*Source: the packet's 10\.0\.1\.12 is not in 192\.168\.0\.0\/24\./,
  );
  await expect(tester.traceSession(verdict, 'pay-api-audit-paused')).toContainText('Skipped: disabled');
  await expect(verdict.getByText('Copy on the wire')).toHaveCount(0);
});

test('a shared address shows the same test, and a session link fills in a packet it copies', async ({
  page,
}) => {
  const query = new URLSearchParams({
    source: PORTS.webProd01,
    protocol: 'TCP',
    source_ip: '172.16.0.5',
    destination_ip: '10.0.0.3',
    source_port: '10000',
    destination_port: '80',
  });
  await tester.goto(`?${query.toString()}`);
  await expect(tester.field('Network interface')).toHaveValue('web-prod-01-eth0');
  await expect(tester.field('Destination port')).toHaveValue('80');
  await expect(tester.verdict().getByText('Copied', { exact: true })).toBeVisible();
  await expect(tester.verdict().getByRole('link', { name: 'inbound rule 1 (accept)' })).toBeVisible();

  await tester.goto(`?source=${PORTS.webProd01}&session=${CN_NORTH_4.sessions.figure1}`);
  await expect(tester.field('Network interface')).toHaveValue('web-prod-01-eth0');
  await expect(tester.verdict().getByText('Copied', { exact: true })).toBeVisible();
  await expect(tester.verdict().getByRole('link', { name: FIGURE_1 })).toBeVisible();
  await expect(page).toHaveURL(/source_ip=/);
});

test('what-if: a rule edited in a copy of the filter changes the verdict side by side', async () => {
  await tester.open();
  await tester.test(PACKET_01);
  await expect(tester.verdict().getByText('Not copied: no rule matches')).toBeVisible();
  const whatIf = tester.whatIf;
  await expect(whatIf.getByLabel('Filter to copy')).toHaveValue(CN_NORTH_4.filters.table2);
  await whatIf.getByRole('button', { name: 'Edit a copy' }).click();
  await whatIf.getByRole('button', { name: 'Edit outbound rule 1' }).click();
  const form = whatIf.getByRole('form', { name: 'Edit outbound rule 1 of the copy' });
  await form.getByLabel('Action').selectOption('accept');
  await form.getByLabel('Source CIDR').fill('10.0.1.0/24');
  await form.getByLabel('Destination CIDR').fill('');
  await form.getByRole('button', { name: 'Apply to copy' }).click();

  const saved = tester.verdict('Saved configuration');
  const edited = tester.verdict('With the edited copy of doc-table-2-filter');
  await expect(saved.getByText('Not copied: no rule matches')).toBeVisible();
  await expect(edited.getByText('Copied', { exact: true })).toBeVisible();
  await expect(edited.getByRole('link', { name: 'outbound rule 1 (accept)' })).toBeVisible();
  await expect(tester.page.getByRole('status').filter({ hasText: 'The verdict differs' })).toContainText(
    'No rule matches → Copied',
  );

  await whatIf.getByRole('button', { name: 'Discard the copy' }).click();
  await expect(saved).toHaveCount(0);
  await expect(tester.verdict().getByText('Not copied: no rule matches')).toBeVisible();
});

test('what-if: the editor checks a rule as the filter page does, and the copy for a free priority', async ({
  page,
}) => {
  await tester.open();
  const whatIf = tester.whatIf;
  await whatIf.getByLabel('Filter to copy').selectOption({ label: 'doc-table-2-filter' });
  await whatIf.getByRole('button', { name: 'Edit a copy' }).click();
  await whatIf.getByRole('button', { name: 'Add inbound rule' }).click();
  const form = whatIf.getByRole('form', { name: 'Add inbound rule to the copy' });
  const priority = form.getByRole('spinbutton', { name: 'Priority' });
  await priority.fill('1');
  await form.getByRole('combobox', { name: 'Protocol' }).selectOption('ICMP');
  const port = form.getByRole('textbox', { name: 'Destination port range' });
  await port.fill('80-80');
  await form.getByRole('textbox', { name: 'Description' }).fill('web');
  await expect(port).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('combobox', { name: 'Protocol' }).selectOption('TCP');
  await expect(port).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form).toContainText('Filtering description: Mirror TCP (IPv4) packets');
  await form.getByRole('button', { name: 'Apply to copy' }).click();
  await expect(priority).toHaveAccessibleDescription(
    /Another inbound rule of the copy has priority 1\. Choose another priority\./,
  );
  await expectNoSeriousA11yViolations(page);
  await priority.fill('5');
  await form.getByRole('button', { name: 'Apply to copy' }).click();
  await expect(form).toHaveCount(0);
  const rules = whatIf.getByRole('table', { name: 'Inbound rules of the copy' });
  await expect(rules.getByRole('row').filter({ hasText: 'New' })).toContainText('5');
});

test('bad input gets a message next to the field, in the address parser’s words', async () => {
  await tester.open();
  await tester.fill({ ...PACKET_03, sourceIp: '010.0.0.1' });
  await tester.field('Destination IP').focus();
  await expect(tester.field('Source IP')).toHaveAccessibleDescription(
    'Remove the leading zeros: write 10.0.0.1, not 010.0.0.1.',
  );
  await tester.field('Network interface').fill('no-such-eth9');
  await tester.form.getByRole('button', { name: 'Test packet' }).click();
  await expect(tester.field('Network interface')).toHaveAccessibleDescription(
    /No network interface of this region has the name, IP address or ID "no-such-eth9"/,
  );
  await expect(tester.field('Source IP')).toHaveAttribute('aria-invalid', 'true');
  await expect(tester.verdict()).toHaveCount(0);
});
