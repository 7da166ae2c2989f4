/**
 * Figures for single-session calls with the large data set (20,000 sessions, the region
 * quota): how long the in-browser API takes to change one session's description and to
 * answer for one session, called through the page's fetch while the console is open, first on
 * its Overview, then on a page that reads nothing. It prints the figures; it does not pass or
 * fail on them.
 */
import { loadavg } from 'node:os';
import { expect, test, type Page } from '@playwright/test';
import { SessionsListPage } from './pages/sessions-list-page';
import { apiFromPage } from './support/api';
import { loadLargeDataSet, openConsole, resetMockCloud } from './support/console';

/** A measurement: tracing snapshots the page on every action and would be measured too. */
test.use({ trace: 'off' });

const RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const figures = (values: number[]) =>
  `median ${ms(median(values))}, max ${ms(Math.max(...values))} (${values.map((v) => v.toFixed(1)).join(', ')})`;

interface Target {
  url: string;
  id: string;
}

/** The API address of the first session of the region that holds the large data set. */
async function firstSession(page: Page): Promise<Target> {
  const { body } = await apiFromPage(page, 'GET', '/v3/projects');
  for (const project of body?.projects as { id: string }[]) {
    const path = `/v3/${project.id}/vpc/traffic-mirror-sessions`;
    const listed = await apiFromPage(page, 'GET', `${path}?limit=1`);
    const session = (listed.body?.traffic_mirror_sessions as { id: string; name: string }[])[0];
    if (session?.name.startsWith('scale-session-')) {
      const url = new URL(`api${path}/${session.id}`, test.info().project.use.baseURL).href;
      return { url, id: session.id };
    }
  }
  throw new Error('The large data set is not loaded.');
}

/** Milliseconds of one call through the page's fetch, body read; fails on a non-2xx answer. */
async function timed(page: Page, url: string, method: 'GET' | 'PUT', description?: string): Promise<number> {
  const answer = await page.evaluate(
    async ({ url, method, description }) => {
      const started = performance.now();
      const response = await fetch(url, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: method === 'PUT' ? JSON.stringify({ traffic_mirror_session: { description } }) : undefined,
      });
      await response.json();
      return { status: response.status, ms: performance.now() - started };
    },
    { url, method, description },
  );
  expect(answer.status).toBe(200);
  return answer.ms;
}

async function series(runs: number, call: (run: number) => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let run = 0; run < runs; run++) out.push(await call(run));
  return out;
}

interface Figures {
  puts: number[];
  getQuiet: number[];
  getAfterPut: number[];
  quotas: number[];
}

/** The region's quotas address beside a session's address (`.../v3/{project}/vpc/...`). */
const quotasUrl = (sessionUrl: string) => sessionUrl.replace(/\/v3\/([^/]+)\/vpc\/.*$/, '/v1/$1/quotas');

/** PUT one session's description (after a warm-up) and GET it, before and right after a write. */
async function measure(page: Page, session: Target): Promise<Figures> {
  await timed(page, session.url, 'GET');
  const getQuiet = await series(RUNS, () => timed(page, session.url, 'GET'));
  await timed(page, session.url, 'PUT', 'warm-up');
  const puts = await series(RUNS, (run) => timed(page, session.url, 'PUT', `bench ${run}`));
  const getAfterPut = await series(RUNS, async (run) => {
    await timed(page, session.url, 'PUT', `then read ${run}`);
    return timed(page, session.url, 'GET');
  });
  const quotas = await series(RUNS, () => timed(page, quotasUrl(session.url), 'GET'));
  return { puts, getQuiet, getAfterPut, quotas };
}

function report(title: string, { puts, getQuiet, getAfterPut, quotas }: Figures): string[] {
  return [
    `  ${title}:`,
    `    PUT description, ${RUNS} after one warm-up: ${figures(puts)}`,
    `    GET one session, ${RUNS} with no write before: ${figures(getQuiet)}`,
    `    GET one session, ${RUNS} each right after a PUT: ${figures(getAfterPut)}`,
    `    GET the region's quotas (usage of 20,000 sessions), ${RUNS}: ${figures(quotas)}`,
  ];
}

test('One session with 20,000 in the region: PUT its description and GET it', async ({ page }) => {
  test.setTimeout(300_000);
  const loadBefore = loadavg()[0] ?? NaN;
  await openConsole(page, 'no/such/page');
  await resetMockCloud(page);
  expect(await loadLargeDataSet(page)).toBe(20_000);
  await openConsole(page);
  await expect(page.getByLabel('Region figures')).toContainText('Mirror sessions20,000', { timeout: 60_000 });
  const session = await firstSession(page);

  const onOverview = await measure(page, session);
  await openConsole(page, 'sessions');
  await expect(new SessionsListPage(page).count).toHaveText('20,000 sessions', { timeout: 60_000 });
  await expect(page.getByText('name loading')).toHaveCount(0, { timeout: 60_000 });
  const onList = await measure(page, session);
  // The same calls with the console on a page that reads nothing: the API's own time.
  await openConsole(page, 'no/such/page');
  const alone = await measure(page, session);

  const lines = [
    'One session, 20,000 in the region (mock latency 0 ms; the in-browser API shares the page thread)',
    `  machine load average (1 min) before / after: ${loadBefore.toFixed(1)} / ${(loadavg()[0] ?? NaN).toFixed(1)}`,
    ...report('console open on the Overview (each change notice updates its cache)', onOverview),
    ...report('console open on the Mirror sessions list (all 20,000 rows loaded)', onList),
    ...report('console open on a page that refetches nothing', alone),
  ];
  console.log(lines.join('\n'));
  test.info().annotations.push({ type: 'figures', description: lines.join('\n') });
});
