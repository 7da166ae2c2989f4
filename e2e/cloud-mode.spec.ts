import { expect, test, type Page, type Route } from '@playwright/test';
import { E2E_DIST } from '../playwright.config';
import { expectNoSeriousA11yViolations } from './support/axe';
import { mockFiles } from './support/mock-files';
import { startReadmeCommand, type StartedCommand } from './support/readme-command';

/**
 * The same build in cloud mode, without the real cloud server: the page gets the server's
 * meta tag inserted into index.html, and its `/console/api/` requests go to the mock server
 * over HTTP (as `npm run cloud` forwards them to the cloud, `/api` stripped).
 */
const CLOUD = {
  mode: 'cloud',
  endpoint: 'http://mock-cloud.example:8090',
  readOnly: true,
  account: 'AKIA****************',
};
const READ_ONLY = {
  error_code: 'CONSOLE.0403',
  error_msg:
    'The console is read-only (TM_READ_ONLY=1): nothing can be changed. Restart npm run cloud without TM_READ_ONLY to make changes.',
  request_id: 'req-403-e2e',
};

let cloud: StartedCommand;
test.beforeAll(async () => {
  cloud = await startReadmeCommand(
    'npm run mock-server -- --port 0',
    {},
    60_000,
    /Mock cloud API: (http:\/\/\S+)/,
  );
});
test.afterAll(() => cloud.stop());
// Requests still being forwarded when a test ends are dropped, not reported as failures.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** Every URL the page asked for, and the region header of each API request. */
interface Traffic {
  urls: string[];
  regions: Map<string, string | undefined>;
}

/**
 * Serves the console to `page` as `npm run cloud` does, with `meta` in index.html. Routes a
 * test adds afterwards take precedence over the forwarding to the mock server.
 */
async function serveAsCloud(page: Page, meta: object = CLOUD): Promise<Traffic> {
  const traffic: Traffic = { urls: [], regions: new Map() };
  page.on('request', (request) => traffic.urls.push(request.url()));
  await page.route(
    (url) => !url.pathname.includes('/api/') && !url.pathname.includes('/assets/'),
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const tag = `<meta name="traffic-mirror-console-mode" content="${attribute(JSON.stringify(meta))}">`;
      const body = (await response.text()).replace('<head>', `<head>${tag}`);
      return route.fulfill({ response, body });
    },
  );
  await page.route('**/console/api/**', async (route: Route) => {
    const url = new URL(route.request().url());
    traffic.regions.set(url.pathname, (await route.request().headerValue('X-Console-Region')) ?? undefined);
    const target = `${cloud.url.replace(/\/$/, '')}${url.pathname.replace(/^\/console\/api/, '')}${url.search}`;
    const response = await route.fetch({ url: target });
    return route.fulfill({ response });
  });
  return traffic;
}

test('cloud mode never loads the in-browser mock and names Huawei Cloud, its endpoint and account', async ({
  page,
}) => {
  const traffic = await serveAsCloud(page);
  await page.goto('sessions');
  await expect(page.getByRole('heading', { level: 1, name: 'Mirror sessions' })).toBeVisible();
  await expect(page.getByRole('row', { name: /web-prod-01-to-ids/ })).toBeVisible();
  const banner = page.getByRole('banner');
  await expect(banner).toContainText('Huawei Cloud');
  await expect(banner).toContainText(CLOUD.endpoint);
  await expect(banner).toContainText('Read-only');
  await expect(banner).not.toContainText('Demo data');
  await expectNoSeriousA11yViolations(page);

  const mock = mockFiles(E2E_DIST);
  expect(traffic.urls.filter((url) => mock.some((file) => url.endsWith(file)))).toEqual([]);
  const sessions = [...traffic.regions].filter(([path]) => path.endsWith('/traffic-mirror-sessions'));
  expect(sessions.length).toBeGreaterThan(0);
  expect(sessions.map(([, region]) => region)).toContain('cn-north-4');
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});

test('Settings shows the connection and how to change it, instead of the demo controls', async ({ page }) => {
  await serveAsCloud(page);
  await page.goto('settings');
  const connection = page.getByRole('region', { name: 'Connection' });
  await expect(connection).toContainText(CLOUD.endpoint);
  await expect(connection).toContainText(CLOUD.account);
  await expect(connection).toContainText('Read-only: every change is refused');
  await expect(connection).toContainText('TM_READ_ONLY=1');
  await expect(page.getByRole('region', { name: 'Quotas' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Traffic Mirroring quotas' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Demo data' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: /fault/i })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Raise quota' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Load large data set' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('a throttled load is tried again, then shown with its code, request id and Retry', async ({ page }) => {
  let throttled = 0;
  await serveAsCloud(page);
  await page.route('**/console/api/v3/*/vpc/traffic-mirror-sessions?*limit=2000*', async (route) => {
    if (throttled >= 4) return route.fallback();
    throttled += 1;
    return route.fulfill({
      status: 429,
      headers: { 'X-Request-Id': 'req-429-e2e', 'Retry-After': '0' },
      json: { error_code: 'APIGW.0308', error_msg: 'The request was throttled. Try again later.' },
    });
  });
  await page.goto('sessions');
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert).toContainText('The request was throttled. Try again later.');
  await expect(alert).toContainText('APIGW.0308');
  await expect(alert).toContainText('req-429-e2e');
  expect(throttled, 'the first try and three more').toBe(4);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('row', { name: /web-prod-01-to-ids/ })).toBeVisible();
});

test('a write refused by the read-only console says why where it was attempted', async ({ page }) => {
  let writes = 0;
  await serveAsCloud(page);
  await page.route('**/console/api/v3/*/vpc/traffic-mirror-filters', async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    writes += 1;
    return route.fulfill({ status: 403, json: READ_ONLY });
  });
  await page.goto('filters');
  await page.getByRole('button', { name: 'Create mirror filter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create mirror filter' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('refused-filter');
  await dialog.getByRole('button', { name: 'Create filter' }).click();
  await expect(dialog.getByRole('alert')).toContainText(READ_ONLY.error_msg);
  expect(writes, 'a refused write is not sent again').toBe(1);
});

test('without the access link the console says to open it, not that something failed', async ({ page }) => {
  await serveAsCloud(page);
  await page.route('**/console/api/**', (route) =>
    route.fulfill({
      status: 401,
      json: {
        error_code: 'CONSOLE.0401',
        error_msg:
          'This console needs its access link. Open the link that npm run cloud printed (it ends with ?token=...).',
        request_id: 'req-401-e2e',
      },
    }),
  );
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1, name: "Open the console's access link" })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Open the link that npm run cloud printed');
  await expect(page.getByText('could not be loaded')).toHaveCount(0);
});
