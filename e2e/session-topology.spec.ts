import { expect as baseExpect, test } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { SessionDetailPage } from './pages/sessions-detail-page';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';

/** Each change waits for the refreshed lists; machines shared by several suites need the time. */
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 150_000 });

const S = CN_NORTH_4.sessions;
const W1_MARK = 'W1 Target security group blocks copies: go to its explanation and fix';

let session: SessionDetailPage;

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
  session = new SessionDetailPage(page);
});

test("Figure 1's picture shows its two sources, its filter and its load balancer, walked by keyboard", async ({
  page,
}) => {
  await session.goto(S.figure1, 'figure-1-web-pay-to-elb');
  const picture = session.topology;
  const elements = [
    'Mirror source: pay-api-02-eth0, 10.0.1.12, Copies nothing outbound',
    'Mirror source: web-prod-01-eth0, 10.0.0.3, Copies nothing outbound',
    'Mirror session: figure-1-web-pay-to-elb',
    'Mirror filter: doc-table-2-filter',
    'Target load balancer: elb-mirror-collector, 10.0.2.10',
  ];
  for (const name of elements) await expect(picture.getByRole('img', { name, exact: true })).toBeVisible();
  await expect(picture.getByRole('button')).toHaveCount(0);

  await picture.getByRole('img', { name: elements[0], exact: true }).focus();
  for (const name of elements.slice(1)) {
    await page.keyboard.press('Tab');
    await expect(picture.getByRole('img', { name, exact: true })).toBeFocused();
  }
  await expect(page.getByRole('region', { name: 'Topology' })).toContainText(
    'The Mirror sources and Mirror target sections below list the same in text.',
  );
  await expectNoSeriousA11yViolations(page);
});

test('W1 sits on the delivery edge, leads to its fix, and goes away once the fix is applied', async ({
  page,
}) => {
  await session.goto(S.paused, 'pay-api-audit-paused');
  const picture = session.topology;
  await expect(
    picture.getByRole('img', { name: /^Mirror session: pay-api-audit-paused, Disabled$/ }),
  ).toBeVisible();
  await expect(picture.getByRole('button', { name: /^W4 / })).toBeVisible();
  const mark = picture.getByRole('button', { name: W1_MARK });
  await expect(mark).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(session.warning('W1')).toBeFocused();
  await page.keyboard.press('Tab');
  const fix = session.warning('W1').getByRole('button', { name: 'Add the security group rule…' });
  await expect(fix).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add a security group rule' });
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await expect(session.toast(/^Rule added to security group /)).toBeVisible();
  await expect(mark).toHaveCount(0);
  await expect(picture.getByRole('button', { name: /^W2 / })).toBeVisible();
});
