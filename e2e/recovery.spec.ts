import { expect, test, type Locator, type Page } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { changeStoreUnseen } from './pages/create-session-mock';
import { failSource, healApi, type SourceName } from './pages/fault-injection';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';

interface ConsolePage {
  /** The address under the console's base. */
  path: string;
  /** What the error names: "The <what> could not be loaded". */
  what: string;
  /** Each data source the page reads. */
  sources: SourceName[];
  /** Something only the loaded page shows. */
  shows: (page: Page) => Locator;
}

const breadcrumb = (page: Page) => page.getByRole('navigation', { name: 'Breadcrumb' });

const PAGES: ConsolePage[] = [
  {
    path: 'overview',
    what: 'region overview',
    sources: ['sessions', 'filters', 'interfaces', 'quotas'],
    shows: (page) => page.getByRole('meter', { name: 'Mirror sessions per source' }),
  },
  {
    path: 'sessions',
    what: 'mirror sessions',
    sources: ['sessions', 'filters'],
    shows: (page) => page.getByRole('link', { name: 'web-prod-01-to-ids', exact: true }),
  },
  {
    path: `sessions/${CN_NORTH_4.sessions.idsEni}`,
    what: 'mirror session',
    sources: ['session', 'sessions', 'filters', 'routers', 'quotas'],
    shows: breadcrumb,
  },
  {
    path: 'filters',
    what: 'mirror filters',
    sources: ['filters', 'sessions', 'quotas'],
    shows: (page) => page.getByRole('link', { name: 'web-traffic-filter', exact: true }),
  },
  {
    path: `filters/${CN_NORTH_4.filters.web}`,
    what: 'mirror filter',
    sources: ['filter', 'filters', 'sessions', 'quotas'],
    shows: breadcrumb,
  },
  {
    path: 'network-interfaces',
    what: 'network interfaces',
    sources: ['interfaces', 'sessions'],
    shows: (page) => page.getByRole('table', { name: 'Network interfaces' }),
  },
  {
    path: 'load-balancers',
    what: 'load balancers',
    sources: ['loadBalancers', 'sessions'],
    shows: (page) => page.getByRole('table', { name: 'Load balancers' }),
  },
  {
    path: 'packet-tester',
    what: 'mirror configuration',
    sources: ['sessions', 'filters', 'interfaces'],
    shows: (page) => page.getByRole('form', { name: 'Packet to test' }),
  },
  {
    path: 'sessions/create',
    what: 'mirroring data',
    sources: ['sessions', 'filters', 'interfaces', 'quotas'],
    shows: (page) => page.getByRole('navigation', { name: 'Wizard steps' }),
  },
];

/** The quiet line over data whose refresh failed. */
const refreshStatus = (page: Page, what: string) =>
  page.getByRole('status').filter({ hasText: `Could not refresh the ${what}. Showing data from` });

test.beforeEach(async ({ page }) => {
  await openConsole(page, 'settings');
  await resetMockCloud(page);
});

for (const consolePage of PAGES) {
  test(`${consolePage.path}: each data source that fails to load shows the error with Retry, and Retry recovers`, async ({
    page,
  }) => {
    for (const [index, source] of consolePage.sources.entries()) {
      await failSource(page, source);
      await page.goto(consolePage.path);
      const error = page
        .getByRole('alert')
        .filter({ hasText: `The ${consolePage.what} could not be loaded` });
      await expect(error, `${source} fails`).toContainText('temporarily unavailable');
      await expect(page.getByRole('combobox', { name: 'Region' })).toBeEnabled();
      if (index === 0) await expectNoSeriousA11yViolations(page);
      await healApi(page);
      await error.getByRole('button', { name: 'Retry' }).click();
      await expect(consolePage.shows(page), `${source} loaded again`).toBeVisible();
      await expect(error).toHaveCount(0);
    }
  });
}

test('with data loaded, failing refreshes keep the console and the data, say so quietly, and Retry clears it', async ({
  page,
}) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const visits = [
    { link: 'Overview', what: 'region overview', shows: PAGES[0]!.shows },
    { link: 'Mirror Sessions', what: 'mirror sessions', shows: PAGES[1]!.shows },
    { link: 'Mirror Filters', what: 'mirror filters', shows: PAGES[3]!.shows },
  ];
  for (const visit of visits) {
    await nav.getByRole('link', { name: visit.link }).click();
    await expect(visit.shows(page)).toBeVisible();
  }
  await failSource(page);
  // Another client imports the store: every list of this tab is refreshed, and fails.
  await changeStoreUnseen(page, () => undefined);
  await expect(refreshStatus(page, 'mirror filters')).toBeVisible();
  await expect(refreshStatus(page, 'list of regions')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  for (const visit of visits) {
    await nav.getByRole('link', { name: visit.link }).click();
    await expect(refreshStatus(page, visit.what)).toBeVisible();
    await expect(visit.shows(page)).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Region' })).toBeEnabled();
    await expect(page.getByRole('alert')).toHaveCount(0);
  }

  // Retry is busy while a refresh is under way; once they have all failed, nothing is retried alone.
  const retryFilters = refreshStatus(page, 'mirror filters').getByRole('button', { name: 'Retry' });
  const retryRegions = refreshStatus(page, 'list of regions').getByRole('button', { name: 'Retry' });
  await expect(retryFilters).toBeEnabled();
  await expect(retryRegions).toBeEnabled();
  await healApi(page);
  await retryFilters.click();
  await expect(refreshStatus(page, 'mirror filters')).toHaveCount(0);
  await expect(PAGES[3]!.shows(page)).toBeVisible();
  await expect(refreshStatus(page, 'list of regions')).toBeVisible();
  await retryRegions.click();
  await expect(refreshStatus(page, 'list of regions')).toHaveCount(0);
});

test('a region list that fails to load shows the error with Retry, never only "reload the page"', async ({
  page,
}) => {
  await failSource(page, 'regions');
  await page.reload();
  const error = page.getByRole('alert').filter({ hasText: 'The list of regions could not be loaded' });
  await expect(error).toContainText('temporarily unavailable');
  await expect(error).not.toContainText('Reload the page');
  await expectNoSeriousA11yViolations(page);
  await healApi(page);
  await error.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('combobox', { name: 'Region' })).toBeEnabled();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});
