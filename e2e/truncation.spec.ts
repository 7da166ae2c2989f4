import { expect as baseExpect, test } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { CreateSessionPage } from './pages/create-session-page';
import { PacketTesterPage } from './pages/packet-tester-page';
import { SessionDetailPage } from './pages/sessions-detail-page';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';

/** Each change waits for the refreshed lists; machines shared by several suites need the time. */
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 150_000 });

const S = CN_NORTH_4.sessions;
/** web-prod-01-eth0 (MTU 1450) mirrored with a packet length of 1460. */
const IDS = 'web-prod-01-to-ids';
/** The same interface mirrored with the default packet length of 96. */
const FIGURE_1 = 'figure-1-web-pay-to-elb';
/** How the source cuts the copy of a full-size (1450-byte) packet: the same words on both pages. */
const CUT =
  "the 1460 bytes that the packet length keeps of the 1464-byte frame would make a 1496-byte outer IP packet (36 bytes of IPv4, UDP and VXLAN headers + 1460), 46 bytes more than the source's MTU of 1450, so the source cuts the copy by 46 bytes, to 1414 bytes";

let session: SessionDetailPage;

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
  session = new SessionDetailPage(page);
});

test('W3 gives the numbers of the cut, the packet tester shows the same cut, and the fix sets the packet length', async ({
  page,
}) => {
  await session.goto(S.idsEni, IDS);
  const w3 = session.warning('W3');
  await expect(w3).toContainText(
    `Copies from "web-prod-01-eth0" with this session's packet length of 1460 are cut: for a full-size packet (1450 bytes), ${CUT}. Set this session's packet length to 1414 or less.`,
  );
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Test a packet on web-prod-01-eth0' }).click();
  const tester = new PacketTesterPage(page);
  await expect(tester.verdict().getByRole('link', { name: IDS })).toBeVisible();
  await tester.field('Length (bytes)').fill('1450');
  await tester.form.getByRole('button', { name: 'Test packet' }).click();
  const verdict = tester.verdict();
  await expect(verdict).toContainText('Original frame1,464 bytes');
  await expect(verdict).toContainText('Bytes copied1,414 bytes');
  await expect(verdict).toContainText(`TruncatedYes, by the source's MTU: ${CUT}.`);
  await expect(verdict).toContainText('Copy on the wire1,464 bytes');
  await expectNoSeriousA11yViolations(page);

  await session.goto(S.idsEni, IDS);
  await w3.getByRole('button', { name: 'Set the packet length to 1,414' }).click();
  await expect(session.toast(`Mirror session "${IDS}" now copies 1,414 bytes per packet.`)).toBeVisible();
  await expect(session.warning('W3')).toHaveCount(0);
  await expect(session.field('Packet length')).toHaveValue('1414');
});

test('a session that copies 96 bytes of the same interface has no W3', async ({ page }) => {
  await session.goto(S.figure1, FIGURE_1);
  await expect(session.sourcesPanel.getByRole('row', { name: /web-prod-01-eth0/ })).toContainText('1450');
  await expect(page.getByText(/W3/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('the wizard warns before creating and its fix lowers the packet length', async ({ page }) => {
  const wizard = new CreateSessionPage(page);
  await wizard.openOnDemoData();
  await wizard.fillSession({ name: 'full-packets', priority: 3, packetLength: 1460 });
  await wizard.next();
  await wizard.expectStep('Select filter');
  await wizard.filterChoice('web-traffic-filter').check();
  await wizard.next();
  await wizard.expectStep('Select sources');
  await wizard.chooseSources(['web-prod-01-eth0']);
  await wizard.next();
  await wizard.expectStep('Select target');
  await wizard.chooseTarget('Load balancer', 'elb-mirror-collector');
  await wizard.next();
  await wizard.expectStep('Review and create');
  const warnings = page.getByRole('region', { name: /warnings?:/ });
  await expect(warnings).toContainText(
    `W3 Copies are cut to fit the MTU: Copies from "web-prod-01-eth0" with this session's packet length of 1460 are cut: for a full-size packet (1450 bytes), ${CUT}.`,
  );
  await expectNoSeriousA11yViolations(page);
  await warnings.getByRole('button', { name: 'Set the packet length to 1,414' }).click();
  await expect(wizard.reviewValue('Session', 'Packet length')).toHaveText('1,414 bytes');
  await expect(page.getByText(/W3/)).toHaveCount(0);
});
