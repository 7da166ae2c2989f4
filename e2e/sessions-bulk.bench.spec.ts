/**
 * Figures for the bulk actions of the Mirror Sessions list with the large data set (20,000
 * sessions): 1,000 sessions selected (a search that shows exactly 1,000), then disabled,
 * enabled and deleted together. For each it prints the time from the click to the
 * confirmation, the time of each single request, and how many list pages were read meanwhile
 * (refetches while the run goes on). It prints the figures; it does not pass or fail on them.
 *
 * The mock posts a change notice after every write; the page applies them to its cached list
 * in batches (docs/architecture.md, "Change notices"), so the list pages read meanwhile should
 * be 0.
 */
import { loadavg } from 'node:os';
import { expect, test, type Page } from '@playwright/test';
import { SessionsListPage } from './pages/sessions-list-page';
import { apiCallsSince } from './support/api-calls';
import { loadLargeDataSet, openConsole, resetMockCloud } from './support/console';

/** A measurement: tracing snapshots the page on every action and would be measured too. */
test.use({ trace: 'off' });

/** `scale-session-01000` to `scale-session-01999`: exactly 1,000 of the 20,000. */
const QUERY = 'scale-session-01';

const ms = (value: number) => `${value.toFixed(0)} ms`;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;

interface Requests {
  /** Milliseconds of each single-session request (PUT or DELETE of `.../{id}`). */
  single: number[];
  /** List pages (`GET ...traffic-mirror-sessions?...`) fetched while the run went on. */
  listPages: number;
}

/** The session calls the console made since `since` (performance.now()). */
async function requestsSince(page: Page, since: number): Promise<Requests> {
  const calls = (await apiCallsSince(page, since)).filter((call) =>
    call.path.includes('/traffic-mirror-sessions'),
  );
  return {
    single: calls
      .filter((call) => /traffic-mirror-sessions\/[^/]+$/.test(call.path))
      .map((call) => call.duration),
    listPages: calls.filter((call) => call.path.endsWith('/traffic-mirror-sessions')).length,
  };
}

/** Clicks, then waits for the toast that confirms `expected`; returns the time and the requests. */
async function timedRun(page: Page, click: () => Promise<void>, toast: string) {
  const since = await page.evaluate(() => performance.now());
  const started = Date.now();
  await click();
  // `waitFor`, not `expect().toBeVisible()`: the latter snapshots the page's accessibility tree on
  // the page's thread at each retry, which would be measured too.
  await page.getByRole('status').filter({ hasText: toast }).waitFor({ timeout: 600_000 });
  const elapsed = Date.now() - started;
  return { elapsed, ...(await requestsSince(page, since)) };
}

function line(name: string, run: { elapsed: number } & Requests): string {
  const { single } = run;
  return (
    `  ${name} ${single.length.toLocaleString('en')}: ${ms(run.elapsed)} click to confirmation; ${single.length} requests, ` +
    `each median ${ms(percentile(single, 0.5))}, p90 ${ms(percentile(single, 0.9))}, ` +
    `max ${ms(Math.max(...single))}; ${run.listPages} list pages read meanwhile`
  );
}

/** Shows the sessions that match `query` (`count` of them) and selects them all. */
async function selectShown(list: SessionsListPage, query: string, count: string) {
  await list.search.fill(query);
  await expect(list.count).toHaveText(`${count} of 20,000 sessions`);
  await list.page.getByRole('checkbox', { name: 'Select all shown sessions' }).check();
  await expect(list.count).toHaveText(`${count} of 20,000 sessions, ${count} selected`);
}

test('Bulk disable, enable and delete of 1,000 of 20,000 sessions', async ({ page }) => {
  test.setTimeout(1_800_000);
  const loadBefore = loadavg()[0] ?? NaN;
  await openConsole(page, 'no/such/page');
  await resetMockCloud(page);
  expect(await loadLargeDataSet(page)).toBe(20_000);
  const list = new SessionsListPage(page);
  await list.goto();
  await expect(list.count).toHaveText('20,000 sessions', { timeout: 120_000 });
  await expect(page.getByText('name loading')).toHaveCount(0, { timeout: 60_000 });
  await selectShown(list, QUERY, '1,000');

  const disable = await timedRun(
    page,
    () => list.bulk('Disable selected').click(),
    '1,000 mirror sessions disabled.',
  );
  await expect(list.bulk('Enable selected')).toBeEnabled();
  const enable = await timedRun(
    page,
    () => list.bulk('Enable selected').click(),
    '1,000 mirror sessions enabled.',
  );
  await list.bulk('Delete selected').click();
  const confirm = page
    .getByRole('dialog', { name: 'Delete 1,000 mirror sessions?' })
    .getByRole('button', { name: 'Delete 1,000 sessions' });
  const remove = await timedRun(page, () => confirm.click(), '1,000 mirror sessions deleted.');
  await expect(list.count).toHaveText('0 of 19,000 sessions', { timeout: 120_000 });

  const lines = [
    'Bulk actions on 1,000 of 20,000 sessions (mock latency 0 ms; the in-browser API shares the page thread)',
    `  machine load average (1 min) before / after: ${loadBefore.toFixed(1)} / ${(loadavg()[0] ?? NaN).toFixed(1)}`,
    '  each change notice patches the cached list, a few times a second; no list is read again:',
    line('disable', disable),
    line('enable', enable),
    line('delete', remove),
  ];
  console.log(lines.join('\n'));
  test.info().annotations.push({ type: 'figures', description: lines.join('\n') });
});
