import { expect as baseExpect, test } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { CreateSessionPage } from './pages/create-session-page';
import { PacketTesterPage } from './pages/packet-tester-page';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';

// Example packets are packets the source really carries, and the tester agrees with them.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const S = CN_NORTH_4.sessions;

test('a session example is addressed to its source, and the tester copies it', async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
  await openConsole(page, `sessions/${S.idsEni}`);
  const panel = page.getByRole('region', { name: 'Traffic analysis' });
  await expect(panel).toContainText('This session copies packets from web-prod-01-eth0, such as this one.');
  await expect(panel).toContainText('TCP 10.0.0.1:40000 -> 10.0.0.3:80');
  // Inbound ICMP never gets past the web subnet's network ACL: said as such, with no packet.
  await expect(panel.getByText('Dropped before mirroring', { exact: true }).first()).toBeVisible();
  await expect(panel).toContainText(
    'Rule 30 (accept ICMP) matches only inbound packets that never reach their source: the network ACL "acl-web"',
  );
  await expectNoSeriousA11yViolations(page);
  await panel.getByRole('link', { name: 'Test this packet: copied from web-prod-01-eth0' }).click();
  const verdict = page.getByRole('region', { name: 'Verdict' });
  await expect(verdict.getByText('Copied', { exact: true })).toBeVisible();
  await expect(verdict).toContainText('10.0.0.1:40000 → 10.0.0.3:80');
  await expect(
    verdict.getByRole('status').filter({ hasText: 'Not a packet this interface carries' }),
  ).toHaveCount(0);
});

test('a source that never carries the accepted packets gets no copied example', async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
  await openConsole(page, `sessions/${S.figure1}`);
  const panel = page.getByRole('region', { name: 'Traffic analysis' });
  await expect(panel).toContainText(
    'copies no packet from interface "pay-api-02-eth0" (10.0.1.12): its filter accepts only inbound packets whose destination is another address. Add an accept rule whose destination holds 10.0.1.12.',
  );
  await expect(panel.getByText('Never carried', { exact: true })).toBeVisible();
  await expect(panel.getByRole('link', { name: /pay-api-02-eth0/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('the tester says when the destination is not the interface address', async ({ page }) => {
  const tester = new PacketTesterPage(page);
  await tester.goto();
  await tester.test({
    networkInterface: 'web-prod-02-eth0',
    direction: 'Inbound (received)',
    protocol: 'TCP',
    sourceIp: '10.0.0.1',
    destinationIp: '10.0.0.3',
    sourcePort: '40000',
    destinationPort: '443',
  });
  const note = tester
    .verdict()
    .getByRole('status')
    .filter({ hasText: 'Not a packet this interface carries' });
  await expect(note).toContainText(
    'This inbound packet is addressed to 10.0.0.3, which is not an address of web-prod-02-eth0: an inbound packet on an interface is addressed to it. Use its address 10.0.0.4 as the destination.',
  );
  await expectNoSeriousA11yViolations(page);
});

test("the wizard's review example is tested with the draft session, and is copied", async ({ page }) => {
  const wizard = new CreateSessionPage(page);
  await wizard.openOnDemoData();
  await wizard.completeToReview({
    settings: { name: 'web-02-copy' },
    filter: 'web-traffic-filter',
    sources: ['web-prod-02-eth0'],
    targetType: 'Load balancer',
    target: 'elb-mirror-collector',
  });
  const panel = page.getByRole('region', { name: 'Traffic analysis' });
  await expect(panel).toContainText('TCP 10.0.0.1:40000 -> 10.0.0.4:80');
  await panel.getByRole('link', { name: 'Test this packet: copied from web-prod-02-eth0' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Packet Tester' })).toBeVisible();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Tested against your draft session "web-02-copy", not yet created' }),
  ).toBeVisible();
  const verdict = page.getByRole('region', { name: 'Verdict' });
  await expect(verdict.getByText('Copied', { exact: true })).toBeVisible();
  await expect(verdict).toContainText('draft, not yet created');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Back to the wizard' }).click();
  await wizard.expectStep('Review and create');
});
