import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { CN_NORTH_4 } from '../../src/mock-api/seed/seed-ids';
import { CreateSessionPage } from '../pages/create-session-page';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { startCloudConsole, startMockCloud, type MockCloud } from '../support/cloud-servers';
import { mockFiles } from '../support/mock-files';
import type { StartedCommand } from '../support/readme-command';

/**
 * The console as a user runs it against an account: `npm run cloud` signing every call and
 * forwarding it to `npm run mock-server`, which refuses anything not signed with its AK/SK.
 */
// Every call crosses two servers; the journeys are long.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const SESSIONS = `/v3/${CN_NORTH_4.project}/vpc/traffic-mirror-sessions`;
const FILTERS = `/v3/${CN_NORTH_4.project}/vpc/traffic-mirror-filters`;
const READ_ONLY_MESSAGE = 'The console is read-only (TM_READ_ONLY=1): nothing can be changed.';

let buildDir: string;
let mock: MockCloud;
let cloud: StartedCommand;
const others: StartedCommand[] = [];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  buildDir = await mkdtemp(join(tmpdir(), 'cloud-e2e-build-'));
  mock = await startMockCloud();
  // The first start builds the console into buildDir; the servers started later serve that build.
  cloud = await startCloudConsole(mock, { buildDir });
});
test.afterAll(async () => {
  for (const server of [...others, cloud]) server?.stop();
  mock?.stop();
  if (buildDir) await rm(buildDir, { recursive: true, force: true });
});

/** Another `npm run cloud` in front of the same mock, stopped after the file's tests. */
async function startAnotherCloud(options: { sk?: string; readOnly?: boolean }): Promise<StartedCommand> {
  const started = await startCloudConsole(mock, { buildDir, ...options });
  others.push(started);
  return started;
}

/** Opens the access link, then `path` of the console it serves (the cookie is kept). */
async function openThroughLink(page: Page, server: StartedCommand, path: string): Promise<void> {
  await page.goto(server.url);
  await expect(page.getByRole('banner')).toContainText('Huawei Cloud');
  await page.goto(new URL(path, server.url).href);
}

/** The cn-north-4 sessions with this name, asked of the mock directly. */
async function sessionsOnMock(name: string) {
  const answer = await mock.call('GET', `${SESSIONS}?name=${encodeURIComponent(name)}`);
  expect(answer.status).toBe(200);
  return (answer.body as { traffic_mirror_sessions: Record<string, unknown>[] }).traffic_mirror_sessions;
}

/** The request id the refusal on the page shows. */
async function shownRequestId(page: Page): Promise<string> {
  const text = await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).innerText();
  const id = /Request ID\s+([0-9a-f]{32})/.exec(text)?.[1];
  expect(id, `a request id in: ${text}`).toBeDefined();
  return id ?? '';
}

/** A filter rule as the API holds it: the fields the wizard writes. */
interface ApiRule {
  priority: number;
  action: string;
  protocol: string;
  ethertype: string;
  source_cidr_block?: string | null;
  source_port_range?: string | null;
  destination_cidr_block?: string | null;
  destination_port_range?: string | null;
}
interface ApiFilter {
  name: string;
  ingress_rules: ApiRule[];
  egress_rules: ApiRule[];
}

/** A rule's written fields, an empty address or port range as absent (the API may say "" or null). */
const written = (rule: ApiRule) => ({
  priority: rule.priority,
  action: rule.action,
  protocol: rule.protocol,
  ethertype: rule.ethertype,
  source_cidr_block: rule.source_cidr_block || undefined,
  source_port_range: rule.source_port_range || undefined,
  destination_cidr_block: rule.destination_cidr_block || undefined,
  destination_port_range: rule.destination_port_range || undefined,
});

/** The demo data's copy of Table 2 of the product document (`doc-table-2-filter`), from the mock. */
async function table2(): Promise<{ inbound: ApiRule; outbound: ApiRule }> {
  const answer = await mock.call('GET', `${FILTERS}?name=doc-table-2-filter`);
  const [filter] = (answer.body as { traffic_mirror_filters: ApiFilter[] }).traffic_mirror_filters;
  const [inbound, ...moreIn] = filter?.ingress_rules ?? [];
  const [outbound, ...moreOut] = filter?.egress_rules ?? [];
  if (!inbound || !outbound || moreIn.length + moreOut.length > 0)
    throw new Error(`Table 2 is one inbound and one outbound rule, not ${JSON.stringify(filter)}.`);
  return { inbound, outbound };
}

/** Fills a rule of the filter created in the wizard with `rule`'s values. */
async function fillRule(wizard: CreateSessionPage, title: string, rule: ApiRule): Promise<void> {
  const group = wizard.rule(title);
  await group.getByRole('spinbutton', { name: 'Priority' }).fill(String(rule.priority));
  await group.getByRole('combobox', { name: 'Action' }).selectOption(rule.action);
  await group.getByRole('combobox', { name: 'Protocol' }).selectOption(rule.protocol);
  await group.getByRole('combobox', { name: 'Type' }).selectOption(rule.ethertype);
  const texts: [string, string | null | undefined][] = [
    ['Source CIDR', rule.source_cidr_block],
    ['Source port range', rule.source_port_range],
    ['Destination CIDR', rule.destination_cidr_block],
    ['Destination port range', rule.destination_port_range],
  ];
  for (const [name, value] of texts) if (value) await group.getByRole('textbox', { name }).fill(value);
}

test('Figure 1 set up in the wizard reaches the cloud, every call signed, none to the in-browser mock', async ({
  page,
}) => {
  const printedBefore = mock.output().length;
  const table = await table2();
  const [figure1] = await sessionsOnMock('figure-1-web-pay-to-elb');
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await openThroughLink(page, cloud, 'sessions/create');
  const wizard = new CreateSessionPage(page);
  await wizard.expectStep('Configure session');
  await wizard.fillSession({
    name: 'figure-1-through-cloud',
    description: 'Network interface-B and -C mirrored to a load balancer (Figure 1)',
    priority: 10,
  });
  await wizard.next();
  await wizard.expectStep('Select filter');
  await page.getByRole('radio', { name: 'Create a new filter' }).check();
  await wizard.field('Filter name').fill('table-2-through-cloud');
  await wizard.button('Add inbound rule').click();
  await fillRule(wizard, 'Inbound rule 1', table.inbound);
  await wizard.button('Add outbound rule').click();
  await fillRule(wizard, 'Outbound rule 1', table.outbound);
  await wizard.button('Create filter and use it').click();
  await expect(
    page.getByText('Filter “table-2-through-cloud” was created with 2 rules and is selected.'),
  ).toBeVisible();
  await wizard.next();
  await wizard.expectStep('Select sources');
  await wizard.chooseSources(['pay-api-02-eth0', 'web-prod-01-eth0']);
  await wizard.next();
  await wizard.expectStep('Select target');
  await wizard.chooseTarget('Load balancer', 'elb-mirror-collector');
  await wizard.next();
  await wizard.expectStep('Review and create');
  await expect(wizard.reviewValue('Filter', 'Filter')).toHaveText('table-2-through-cloud');
  await expect(wizard.reviewValue('Sources', 'Sources (2)')).toContainText('web-prod-01-eth0');
  await expect(wizard.reviewValue('Target', 'Target')).toContainText('elb-mirror-collector');
  await expect(page.getByRole('banner')).toContainText('Huawei Cloud');
  await expectNoSeriousA11yViolations(page);
  await wizard.button('Create session').click();
  await expect(page.getByRole('heading', { level: 1, name: 'figure-1-through-cloud' })).toBeVisible();

  // Figure 1 as the demo data holds it, under the new name, priority and filter.
  const [session] = await sessionsOnMock('figure-1-through-cloud');
  expect(session).toMatchObject({
    priority: 10,
    traffic_mirror_target_id: figure1?.traffic_mirror_target_id,
    traffic_mirror_target_type: 'elb',
  });
  const sorted = (ids: unknown) => [...(ids as string[])].sort();
  expect(sorted(session?.traffic_mirror_sources)).toEqual(sorted(figure1?.traffic_mirror_sources));
  const filter = await mock.call('GET', `${FILTERS}/${String(session?.traffic_mirror_filter_id)}`);
  expect(filter.status).toBe(200);
  const created = (filter.body as { traffic_mirror_filter: ApiFilter }).traffic_mirror_filter;
  expect(created.name).toBe('table-2-through-cloud');
  expect(created.ingress_rules.map(written)).toEqual([written(table.inbound)]);
  expect(created.egress_rules.map(written)).toEqual([written(table.outbound)]);

  const origin = new URL(cloud.url).origin;
  const mockChunks = mockFiles(buildDir);
  expect(requested.filter((url) => mockChunks.some((file) => url.endsWith(file)))).toEqual([]);
  expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(requested.filter((url) => new URL(url).pathname.startsWith('/api/')).length).toBeGreaterThan(0);
  expect(mock.output().slice(printedBefore)).not.toContain('Refused');
});

test('a console signing with the wrong secret key shows the cloud’s refusal with its request id, and Retry', async ({
  page,
}) => {
  const wrong = await startAnotherCloud({ sk: 'NOT-THE-SECRET-KEY-OF-THE-ACCOUNT' });
  await openThroughLink(page, wrong, 'sessions');
  // The first call the console makes (the regions) is refused; the shell says so in place of the page.
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert).toContainText('APIGW.0301');
  await expect(alert).toContainText('The signature does not match the request');
  const first = await shownRequestId(page);
  expect(mock.output(), 'the request id is the one the cloud answered with').toContain(
    `401 APIGW.0301 ${first}`,
  );

  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).not.toContainText(first);
  await expect(alert).toContainText('APIGW.0301');
  expect(mock.output()).toContain(`401 APIGW.0301 ${await shownRequestId(page)}`);
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('a read-only console refuses Create session with its message, and the cloud gets no session', async ({
  page,
}) => {
  const readOnly = await startAnotherCloud({ readOnly: true });
  const before = await mock.call('GET', SESSIONS);
  const sessions = (answer: { body: unknown }) =>
    (answer.body as { traffic_mirror_sessions: unknown[] }).traffic_mirror_sessions;
  await openThroughLink(page, readOnly, 'sessions/create');
  await expect(page.getByRole('banner')).toContainText('Read-only');
  const wizard = new CreateSessionPage(page);
  await wizard.expectStep('Configure session');
  await wizard.completeToReview({
    settings: { name: 'refused-by-read-only', priority: 11 },
    filter: 'doc-table-2-filter',
    sources: ['web-prod-02-eth0'],
    targetType: 'Load balancer',
    target: 'elb-mirror-collector',
  });
  await wizard.button('Create session').click();
  await expect(page.getByRole('alert').filter({ hasText: READ_ONLY_MESSAGE })).toBeVisible();
  await expect(wizard.stepHeading('Review and create')).toBeVisible();
  expect(await sessionsOnMock('refused-by-read-only')).toEqual([]);
  expect(sessions(await mock.call('GET', SESSIONS))).toEqual(sessions(before));
});
