import { expect as baseExpect, test } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { CreateSessionPage } from './pages/create-session-page';
import { addC7tInterfaces, createSessionThroughApi } from './pages/create-session-mock';
import { expectNoSeriousA11yViolations } from './support/axe';
import { resetMockCloud } from './support/console';

const { ports, loadBalancers } = CN_NORTH_4;
// Whole journeys through a five-step wizard, on machines shared with other suites: after a
// create the console refreshes every list before the session page opens.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

let wizard: CreateSessionPage;

test.beforeEach(async ({ page }) => {
  wizard = new CreateSessionPage(page);
  await wizard.open();
  await resetMockCloud(page);
});

/** Reloads the wizard on the data just arranged and moves to the sources step. */
async function toSources(priority = 1) {
  await wizard.page.reload();
  await wizard.fillSession({ name: 'constraints', priority });
  await wizard.next();
  await wizard.filterChoice('web-traffic-filter').check();
  await wizard.next();
  await wizard.expectStep('Select sources');
}

test('C1: an interface of a non-c7t ECS cannot be chosen, and says why', async () => {
  await toSources();
  await expect(wizard.source('legacy-app-01-eth0')).toBeDisabled();
  await expect(wizard.source('legacy-app-01-eth0')).toHaveAccessibleDescription(
    '"legacy-app-01-eth0" cannot be a mirror source: its ECS "legacy-app-01" is s6.large.2. Only interfaces of c7t ECSs can be sources; choose another interface.',
  );
  await expect(wizard.source('web-prod-02-eth0')).toBeEnabled();
  await expect(wizard.source('web-prod-02-eth0')).toHaveAccessibleDescription('Can be a source.');
});

test('C2: an interface used as a mirror target cannot be a source, and a chosen source cannot be the target', async ({
  page,
}) => {
  await toSources();
  await expect(wizard.source('ids-collector-01-eth0')).toBeDisabled();
  await expect(wizard.source('ids-collector-01-eth0')).toHaveAccessibleDescription(
    /is the mirror target of session "web-prod-01-to-ids"\. An interface cannot be a source and a target at the same time/,
  );
  await wizard.chooseSources(['web-prod-02-eth0']);
  await wizard.next();
  await wizard.expectStep('Select target');
  await expect(wizard.target('web-prod-02-eth0')).toBeDisabled();
  await expect(wizard.target('web-prod-02-eth0')).toHaveAccessibleDescription(
    /"web-prod-02-eth0" is a mirror source of this session\. An interface cannot be a source and a target/,
  );
  await expect(wizard.target('pay-api-02-eth0')).toHaveAccessibleDescription(
    /is a mirror source of session "figure-1-web-pay-to-elb"/,
  );
  await expectNoSeriousA11yViolations(page);
});

test('C3: a target in a VPC the chosen source cannot reach is refused before it is chosen', async () => {
  await toSources();
  await wizard.chooseSources(['sandbox-01-eth0']);
  await wizard.next();
  await expect(wizard.target('pay-api-01-eth0')).toBeDisabled();
  await expect(wizard.target('pay-api-01-eth0')).toHaveAccessibleDescription(
    /"sandbox-01-eth0" \(VPC "vpc-sandbox"\) cannot reach "pay-api-01-eth0" \(VPC "vpc-prod"\)/,
  );
  await wizard.page.getByRole('radio', { name: 'Load balancer', exact: true }).check();
  await expect(wizard.target('elb-mirror-collector')).toBeDisabled();
  await expect(wizard.target('elb-mirror-collector')).toHaveAccessibleDescription(
    /cannot reach load balancer "elb-mirror-collector" \(VPC "vpc-prod"\)/,
  );
});

test('C4: an interface whose session has this priority is marked, and the free priority can be taken', async ({
  page,
}) => {
  await toSources();
  const busy = wizard.source('web-prod-01-eth0');
  await expect(busy).toBeDisabled();
  await expect(busy).toHaveAccessibleDescription(
    /Session "figure-1-web-pay-to-elb" already mirrors "web-prod-01-eth0" at priority 1\. Sessions that share a source need different priorities/,
  );
  await expect(wizard.row('Network interfaces', 'web-prod-01-eth0')).toContainText('2 / 3');
  await page
    .getByRole('table', { name: 'Network interfaces' })
    .getByRole('button', { name: 'Use priority 3 instead' })
    .click();
  await expect(busy).toBeEnabled();
  await busy.check();
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('link', { name: /Configure session/ })
    .click();
  await expect(wizard.number('Priority')).toHaveValue('3');
  await wizard.number('Priority').fill('2');
  await wizard.next();
  await expect(page.getByText(/already mirrors "web-prod-01-eth0" at priority 2/)).toBeVisible();
  await expect(wizard.number('Priority')).toBeFocused();
  await expect(wizard.stepHeading('Configure session')).toBeVisible();
});

test('quota: a fourth session on an interface is refused before it is chosen', async ({ page }) => {
  await createSessionThroughApi(page, {
    name: 'third-on-web-prod-01',
    sources: [ports.webProd01],
    target: loadBalancers.idsSecurity,
    targetType: 'elb',
    priority: 7,
  });
  await toSources(4);
  await expect(wizard.row('Network interfaces', 'web-prod-01-eth0')).toContainText('3 / 3');
  await expect(wizard.source('web-prod-01-eth0')).toBeDisabled();
  await expect(wizard.source('web-prod-01-eth0')).toHaveAccessibleDescription(
    /"web-prod-01-eth0" already has 3 mirror sessions \(quota "Mirror sessions per source": 3, in use: 3\)\. Choose another source or delete one of its sessions\./,
  );
});

test('quota: an eleventh source cannot be added', async ({ page }) => {
  const extra = await addC7tInterfaces(page, 6);
  await toSources();
  const ten = [
    'web-prod-02-eth0',
    'pay-api-01-eth0',
    'batch-worker-01-eth0',
    'sandbox-01-eth0',
    'pay-api-02-eth1',
    ...extra.slice(0, 5),
  ];
  await wizard.chooseSources(ten);
  await expect(page.getByRole('status').filter({ hasText: 'sources chosen' })).toContainText('10 / 10');
  const eleventh = wizard.source(extra[5] ?? '');
  await expect(eleventh).toBeDisabled();
  await expect(eleventh).toHaveAccessibleDescription(
    'The session already has 10 sources, the most allowed (10). Remove a source to choose this one.',
  );
  await wizard.source('sandbox-01-eth0').uncheck();
  await expect(eleventh).toBeEnabled();
});

test('quota: a target already receiving 10 sessions cannot be chosen', async ({ page }) => {
  const feeders = [ports.webProd02, ports.payApi01, ports.payApi02Eth1];
  for (const [n, source] of feeders.flatMap((s) => [s, s, s]).entries()) {
    await createSessionThroughApi(page, {
      name: `feed-ids-${n}`,
      sources: [source],
      target: ports.idsCollector01,
      targetType: 'eni',
      priority: 10 + n,
    });
  }
  await toSources(3);
  await wizard.chooseSources(['web-prod-01-eth0']);
  await wizard.next();
  await expect(wizard.row('Network interfaces', 'ids-collector-01-eth0')).toContainText('10 / 10');
  await expect(wizard.target('ids-collector-01-eth0')).toBeDisabled();
  await expect(wizard.target('ids-collector-01-eth0')).toHaveAccessibleDescription(
    /"ids-collector-01-eth0" already receives 10 mirror sessions \(quota "Mirror sessions per network interface target": 10, in use: 10\)/,
  );
});

test('W1: the missing UDP 4789 rule is shown exactly, then added, and the warning goes', async ({ page }) => {
  await toSources();
  await wizard.chooseSources(['web-prod-02-eth0']);
  await wizard.next();
  await wizard.chooseTarget('Network interface', 'ids-collector-02-eth0');
  const warnings = page.getByRole('region', { name: /warnings?:/ });
  await expect(warnings).toContainText(
    'W1 Target security group blocks copies: The target "ids-collector-02-eth0" does not accept copies from "web-prod-02-eth0" (10.0.0.4)',
  );
  await warnings.getByRole('button', { name: 'Add the security group rule…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a security group rule' });
  const rule = dialog.getByRole('table', { name: 'Rule to add' });
  await expect(rule.getByRole('row', { name: 'Security group default' })).toBeVisible();
  await expect(rule.getByRole('row', { name: 'Direction Inbound' })).toBeVisible();
  await expect(rule.getByRole('row', { name: 'Protocol & port UDP: 4789' })).toBeVisible();
  await expect(rule.getByRole('row', { name: 'Source IP address: 10.0.0.4/32' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Rule added to security group default.')).toBeVisible();
  await expect(warnings).not.toContainText('W1');
  await expect(warnings).toContainText('W2');
});
