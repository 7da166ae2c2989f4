import { expect as baseExpect, test } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { CreateSessionPage } from './pages/create-session-page';
import { addSessionUnseen, sessionsNamed } from './pages/create-session-mock';
import { delayApi, failSource, healApi } from './pages/fault-injection';
import { nextApiCall, pageNow } from './support/api-calls';
import { resetMockCloud } from './support/console';

// Whole journeys through a five-step wizard, on machines shared with other suites: after a
// create the console refreshes every list before the session page opens.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

let wizard: CreateSessionPage;

test.beforeEach(async ({ page }) => {
  wizard = new CreateSessionPage(page);
  await wizard.open();
  await resetMockCloud(page);
  await page.reload();
  await wizard.completeToReview({
    settings: { name: 'retry-me', description: 'kept through a failure', priority: 4, vni: 12 },
    filter: 'doc-table-2-filter',
    sources: ['pay-api-01-eth0'],
    targetType: 'Load balancer',
    target: 'elb-mirror-collector',
  });
});

test('a 503 on Create keeps every input; Retry creates exactly one session', async ({ page }) => {
  await failSource(page, 'sessions');
  await wizard.button('Create session').click();
  const failure = page.getByRole('alert').filter({ hasText: 'The session was not created' });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText('Your choices are kept.');
  await expect(wizard.stepHeading('Review and create')).toBeVisible();
  await expect(wizard.reviewValue('Session', 'Name')).toHaveText('retry-me');
  await expect(wizard.reviewValue('Session', 'Description')).toHaveText('kept through a failure');
  await expect(wizard.reviewValue('Session', 'Priority')).toHaveText('4');
  await expect(wizard.reviewValue('Sources', 'Sources (1)')).toHaveText('pay-api-01-eth0 (10.0.1.11)');
  await expect(wizard.reviewValue('Target', 'Target')).toHaveText('elb-mirror-collector (10.0.2.10)');

  await healApi(page);
  expect(await sessionsNamed(page, 'retry-me')).toHaveLength(0);
  await failure.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText('Mirror session “retry-me” was created.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'retry-me' })).toBeVisible();
  const created = await sessionsNamed(page, 'retry-me');
  expect(created).toHaveLength(1);
  expect(created[0]).toMatchObject({
    description: 'kept through a failure',
    priority: 4,
    virtual_network_id: 12,
  });
});

test('Create sends one request however often it is pressed', async ({ page }) => {
  const create = wizard.button('Create session');
  await create.dblclick();
  await expect(page.getByRole('heading', { level: 1, name: 'retry-me' })).toBeVisible();
  expect(await sessionsNamed(page, 'retry-me')).toHaveLength(1);
});

test('a priority taken meanwhile in another browser is refused by the server and shown at its field', async ({
  page,
}) => {
  // Every API call takes 5 s: the session added unseen makes the console read its lists again,
  // but they arrive 5 s later, after Create was pressed. Only the server can refuse.
  await delayApi(page, 5000);
  await addSessionUnseen(page, {
    name: 'took-priority-4',
    source: CN_NORTH_4.ports.payApi01,
    target: CN_NORTH_4.loadBalancers.idsSecurity,
    targetType: 'elb',
    priority: 4,
  });
  const since = await pageNow(page);
  await wizard.button('Create session').click();
  expect((await nextApiCall(page, since, 'POST', '/traffic-mirror-sessions', 30_000)).status).toBe(409);
  await delayApi(page, 0);
  const message = /Session "took-priority-4" already mirrors "pay-api-01-eth0" at priority 4/;
  await expect(wizard.reviewValue('Session', 'Priority')).toContainText(message);
  await expect(page.getByRole('alert').filter({ hasText: 'The session was not created' })).toContainText(
    'Correct the fields marked below, then create again. Your choices are kept.',
  );
  await page
    .getByRole('region', { name: 'Session', exact: true })
    .getByRole('link', { name: 'Edit session' })
    .click();
  await wizard.expectStep('Configure session');
  await expect(page.getByText(message)).toBeVisible();
  await expect(wizard.number('Priority')).toHaveAttribute('aria-invalid', 'true');
  await wizard.number('Priority').fill('6');
  await wizard.next();
  await page
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('link', { name: /Review and create/ })
    .click();
  await wizard.button('Create session').click();
  await expect(page.getByRole('heading', { level: 1, name: 'retry-me' })).toBeVisible();
  expect((await sessionsNamed(page, 'retry-me'))[0]?.priority).toBe(6);
});
