import { expect as baseExpect, test, type Page } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { FilterDetailPage } from './pages/filters-detail-page';
import { VPC } from './pages/create-session-mock';
import { apiFromPage } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';

/** Each change waits for the refreshed lists; machines shared by several suites need the time. */
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 150_000 });

const F = CN_NORTH_4.filters;
const WEB = 'web-traffic-filter';

let filter: FilterDetailPage;

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
  filter = new FilterDetailPage(page);
});

function analysisPanel(page: Page) {
  return page.getByRole('region', { name: 'Rule analysis' });
}

/** Adds an inbound TCP rule to a destination port through the rule form. */
async function addInboundRule(action: 'accept' | 'reject', priority: number, port: string) {
  await filter.panel('Inbound').getByRole('button', { name: 'Add inbound rule' }).click();
  await filter.field('Inbound', 'Action').selectOption(action);
  await filter.field('Inbound', 'Priority').fill(String(priority));
  await filter.field('Inbound', 'Protocol').selectOption('TCP');
  await filter.field('Inbound', 'Destination port range').fill(port);
  await filter.form('Inbound').getByRole('button', { name: 'Add rule' }).click();
  await expect(filter.toast(`An inbound rule with priority ${priority} was added.`)).toBeVisible({
    timeout: 45_000,
  });
  await expect(filter.form('Inbound')).toHaveCount(0);
}

test('a filter whose rules all decide says there is nothing to fix', async ({ page }) => {
  const created = await apiFromPage(page, 'POST', `${VPC}/traffic-mirror-filters`, {
    traffic_mirror_filter: { name: 'tidy-filter' },
  });
  const id = (created.body as { traffic_mirror_filter: { id: string } }).traffic_mirror_filter.id;
  for (const [direction, protocol] of [
    ['ingress', 'TCP'],
    ['egress', 'ALL'],
  ]) {
    const answer = await apiFromPage(page, 'POST', `${VPC}/traffic-mirror-filter-rules`, {
      traffic_mirror_filter_rule: {
        traffic_mirror_filter_id: id,
        direction,
        protocol,
        ethertype: 'IPv4',
        action: 'accept',
        priority: 10,
      },
    });
    expect(answer.status).toBe(201);
  }
  await filter.goto(id, 'tidy-filter');
  await expect(analysisPanel(page)).toContainText('Every rule decides packets of its own');
  await expect(filter.rules('Inbound').getByText('Shadowed')).toHaveCount(0);
  await expect(
    filter
      .ruleRows('Inbound')
      .first()
      .getByRole('link', { name: "Test this rule's packet: inbound rule 10" }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('shadowed and redundant rules get badges and an explanation', async ({ page }) => {
  await filter.goto(F.web, WEB);
  await addInboundRule('reject', 50, '443-443');
  const shadowed = filter.ruleRows('Inbound').nth(4);
  await expect(shadowed.getByRole('cell').first()).toHaveText('50');
  await expect(shadowed).toContainText('Shadowed');
  const panel = analysisPanel(page);
  await expect(panel).toContainText(
    'Rule 50 (reject TCP to any port 443) never decides: rule 10 (accept TCP to any port 443) covers all ' +
      'its packets, and it accepts them. Move rule 50 above rule 10 or narrow rule 10.',
  );
  await expect(panel).toContainText('Decided instead by: rule 10 (accept TCP to any port 443)');

  await addInboundRule('accept', 5, '80-80');
  await expect(filter.ruleRows('Inbound').first()).toContainText('Redundant');
  await expect(filter.ruleRows('Inbound').nth(2)).toContainText('Shadowed');
  await expect(panel).toContainText(
    'Rule 5 (accept TCP to any port 80) is redundant: without it, rule 20 (accept TCP to any port 80) ' +
      'accepts every packet it decides, so no verdict would change. Delete rule 5 to keep the filter short.',
  );
  await expect(panel).toContainText('Without it, decided by: rule 20 (accept TCP to any port 80)');
  await expectNoSeriousA11yViolations(page);
});

test('a direction that copies nothing is explained', async ({ page }) => {
  await filter.goto(F.table2, 'doc-table-2-filter');
  await expect(analysisPanel(page)).toContainText(
    'Filter "doc-table-2-filter" copies no outbound packet: it has no outbound accept rule. ' +
      'Add an accept rule for the outbound traffic to mirror.',
  );
  await expect(analysisPanel(page).getByText('Copies nothing')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a shadowed rule's packet opens in the packet tester with one click", async ({ page }) => {
  await filter.goto(F.web, WEB);
  await addInboundRule('reject', 50, '443-443');
  await analysisPanel(page).getByRole('link', { name: "Test this rule's packet: inbound rule 50" }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Packet Tester' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Packet to test' });
  await expect(form.getByLabel(/^Network interface\*?$/)).toHaveValue('web-prod-01-eth0');
  await expect(form.getByLabel(/^Destination port\*?$/)).toHaveValue('443');
  const verdict = page.getByRole('region', { name: 'Verdict' });
  await expect(verdict.getByRole('link', { name: 'inbound rule 10 (accept)' })).toBeVisible();
});

test('editing a rule shows what saving would change, with packets to test', async ({ page }) => {
  await filter.goto(F.web, WEB);
  await filter.panel('Inbound').getByRole('button', { name: 'Edit inbound rule 20' }).click();
  const impact = filter.form('Inbound').getByRole('region', { name: 'Change impact' });
  await expect(impact).toContainText('No packet changes between copied and not copied.');
  await filter.field('Inbound', 'Destination port range').fill('8080-8080');
  // Packets web-prod-01 (10.0.0.3) carries: its subnet's network ACL lets in no TCP to port 8080.
  await expect(impact).toContainText('Copied before, not after: 3 examples');
  await expect(impact).toContainText('TCP 10.0.0.1:40000 -> 10.0.0.3:80');
  await expect(impact).not.toContainText('Not copied before, copied after');
  await expectNoSeriousA11yViolations(page);
  await impact.getByRole('link', { name: 'Test this packet: lost example 1' }).click();
  const form = page.getByRole('form', { name: 'Packet to test' });
  await expect(form.getByLabel(/^Destination port\*?$/)).toHaveValue('80');
  await expect(page.getByRole('region', { name: 'Verdict' })).toBeVisible();
});

const S = CN_NORTH_4.sessions;

function trafficPanel(page: Page) {
  return page.getByRole('region', { name: 'Traffic analysis' });
}

test('the session page tells what the session copies, with a packet for the tester', async ({ page }) => {
  await openConsole(page, `sessions/${S.figure1}`);
  const panel = trafficPanel(page);
  await expect(panel).toContainText(
    'Filter "doc-table-2-filter" copies no outbound packet: it has no outbound accept rule.',
  );
  await expect(panel).toContainText('This session copies packets from web-prod-01-eth0, such as this one.');
  await expectNoSeriousA11yViolations(page);
  await panel.getByRole('link', { name: 'Test this packet: copied from web-prod-01-eth0' }).click();
  const verdict = page.getByRole('region', { name: 'Verdict' });
  await expect(verdict.getByText('Copied', { exact: true })).toBeVisible();
  await expect(verdict.getByRole('link', { name: 'figure-1-web-pay-to-elb' })).toBeVisible();
});

test('a session that a higher-priority session preempts is told it never receives', async ({ page }) => {
  const answer = await apiFromPage(page, 'PUT', `${VPC}/traffic-mirror-sessions/${S.figure1}`, {
    traffic_mirror_session: { traffic_mirror_filter_id: F.web },
  });
  expect(answer.status).toBe(200);
  await openConsole(page, `sessions/${S.idsEni}`);
  const panel = trafficPanel(page);
  await expect(panel.getByText('Never receives', { exact: true })).toHaveCount(2);
  await expect(panel).toContainText(
    'Session "web-prod-01-to-ids" (priority 2) never receives an inbound packet from ' +
      'interface "web-prod-01-eth0": session "figure-1-web-pay-to-elb" (priority 1) decides every inbound packet its filter matches.',
  );
  await expectNoSeriousA11yViolations(page);
});
