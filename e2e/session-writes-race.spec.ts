/**
 * Quotas hold at the region quota of 20,000 sessions when two tabs write at once: each write
 * checks its quotas on the rows it reads, in the same transaction as the write.
 */
import { expect, test, type Page } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { largeId } from '../src/mock-api/seed/large-data';
import { apiFromPage } from './support/api';
import { loadLargeDataSet, openConsole, resetMockCloud } from './support/console';

const sessionsPath = `/v3/${CN_NORTH_4.project}/vpc/traffic-mirror-sessions`;
/** The large data set's last interface: 2 sessions (priorities 1 and 2), one free slot of 3. */
const LAST_SOURCE = largeId('port', 6667);

test.afterEach(async ({ page }) => {
  await resetMockCloud(page);
});

test('two tabs racing 6 creates for the last free slot at 20,000 sessions: exactly one succeeds', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  await openConsole(page, 'no/such/page');
  await resetMockCloud(page);
  expect(await loadLargeDataSet(page)).toBe(20_000);
  // One session goes: the region, its source, its load balancer and its filter each have one
  // free slot, and the last interface has its third.
  expect((await apiFromPage(page, 'DELETE', `${sessionsPath}/${largeId('session', 1)}`)).status).toBe(204);
  const other = await context.newPage();
  await openConsole(other, 'no/such/page');

  const create = (tab: Page, priority: number) =>
    apiFromPage(tab, 'POST', sessionsPath, {
      traffic_mirror_session: {
        name: `race-${priority}`,
        traffic_mirror_filter_id: largeId('filter', 1),
        traffic_mirror_sources: [LAST_SOURCE],
        traffic_mirror_target_id: largeId('loadBalancer', 1),
        traffic_mirror_target_type: 'elb',
        priority,
      },
    });
  const answers = await Promise.all([3, 4, 5, 6, 7, 8].map((p) => create(p % 2 ? page : other, p)));

  expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
  const refused = answers.filter((a) => a.status !== 201);
  expect(refused.map((a) => [a.status, a.body?.error_code])).toEqual(Array(5).fill([409, 'TM.0005']));
  const onSource = await apiFromPage(page, 'GET', `${sessionsPath}?traffic_mirror_sources=${LAST_SOURCE}`);
  const names = (onSource.body?.traffic_mirror_sessions as { name: string }[]).map((s) => s.name);
  expect(names.filter((n) => n.startsWith('race-'))).toHaveLength(1);
  expect(names).toHaveLength(3);
});
