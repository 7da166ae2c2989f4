import { expect as baseExpect, test, type Page } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { FilterDetailPage } from './pages/filters-detail-page';
import { VPC } from './pages/create-session-mock';
import { apiFromPage } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';

// The filter page's example packets are packets a source of its sessions really carries.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const F = CN_NORTH_4.filters;

let filter: FilterDetailPage;

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
  filter = new FilterDetailPage(page);
});

/** The tester shows the packet on `source`, with no address note, decided by `rule`. */
async function expectTestedOn(page: Page, source: string, rule: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Packet Tester' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Packet to test' });
  await expect(form.getByLabel(/^Network interface\*?$/)).toHaveValue(source);
  const verdict = page.getByRole('region', { name: 'Verdict' });
  await expect(verdict.getByRole('link', { name: rule })).toBeVisible();
  await expect(
    verdict.getByRole('status').filter({ hasText: 'Not a packet this interface carries' }),
  ).toHaveCount(0);
}

test("a rule's packet is one a source of its sessions carries, and the tester names the rule", async ({
  page,
}) => {
  // Table 2's inbound rule is for 10.0.0.3, web-prod-01's address, not pay-api-02's.
  await filter.goto(F.table2, 'doc-table-2-filter');
  await expectNoSeriousA11yViolations(page);
  await filter
    .ruleRows('Inbound')
    .first()
    .getByRole('link', { name: "Test this rule's packet: inbound rule 1" })
    .click();
  await expectTestedOn(page, 'web-prod-01-eth0', 'inbound rule 1 (accept)');
  await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('172.16.0.1:10000 → 10.0.0.3:80');
});

test('a rule of a filter shared by sessions is tested on the source where it decides', async ({ page }) => {
  await filter.goto(F.web, 'web-traffic-filter');
  await filter
    .ruleRows('Inbound')
    .nth(1)
    .getByRole('link', { name: "Test this rule's packet: inbound rule 20" })
    .click();
  await expectTestedOn(page, 'web-prod-01-eth0', 'inbound rule 20 (accept)');
});

test('rules no source carries, or dropped before mirroring, are shown on the filter page', async ({
  page,
}) => {
  await filter.goto(F.table2, 'doc-table-2-filter');
  const panel = page.getByRole('region', { name: 'Rule analysis' });
  await expect(panel).toContainText(
    'Rule 1 (reject ALL from 192.168.0.0/24 to 10.2.0.0/24) never matches a packet its sources carry: an outbound packet comes from its source',
  );
  await expect(filter.ruleRows('Outbound').first().getByText('Never carried', { exact: true })).toBeVisible();
  await expect(filter.ruleRows('Outbound').first().getByRole('link')).toHaveCount(0);
  await filter.goto(F.web, 'web-traffic-filter');
  await expect(panel).toContainText(
    'Rule 30 (accept ICMP) matches only inbound packets that never reach their source: the network ACL "acl-web"',
  );
  await expect(filter.ruleRows('Inbound').nth(2).getByText('Dropped before mirroring')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('an unused filter says its example packets are generic', async ({ page }) => {
  const created = await apiFromPage(page, 'POST', `${VPC}/traffic-mirror-filters`, {
    traffic_mirror_filter: { name: 'spare-filter' },
  });
  const id = (created.body as { traffic_mirror_filter: { id: string } }).traffic_mirror_filter.id;
  const rule = await apiFromPage(page, 'POST', `${VPC}/traffic-mirror-filter-rules`, {
    traffic_mirror_filter_rule: {
      traffic_mirror_filter_id: id,
      direction: 'ingress',
      protocol: 'TCP',
      ethertype: 'IPv4',
      action: 'accept',
      priority: 1,
    },
  });
  expect(rule.status).toBe(201);
  await filter.goto(id, 'spare-filter');
  await expect(filter.panel('Inbound')).toContainText(
    'No session uses this filter, so its example packets have placeholder addresses: the sources of a session that uses it will decide the addresses.',
  );
  await expect(
    filter.ruleRows('Inbound').first().getByRole('link', { name: "Test this rule's packet: inbound rule 1" }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("the tester's link to a rule without a packet picks a source that carries one", async ({ page }) => {
  await openConsole(page, `packet-tester?rule=${CN_NORTH_4.rules.table2Ingress}`);
  await expectTestedOn(page, 'web-prod-01-eth0', 'inbound rule 1 (accept)');
  await expectNoSeriousA11yViolations(page);
});
