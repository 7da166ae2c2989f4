import { expect as baseExpect, test, type Page } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { CreateSessionPage } from './pages/create-session-page';
import { PacketTesterPage } from './pages/packet-tester-page';
import { openConsole, resetMockCloud } from './support/console';
import { expectTidyLayout, OPERATOR_VIEWPORTS } from './support/layout';

/**
 * Every page at the two sizes operators use: nothing scrolls sideways, every action is in
 * view, no table row holds a paragraph. `LAYOUT_SHOTS=<folder>` also saves a screenshot of each
 * page there, to look at.
 */
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const ME = '10.0.0.3';

/** How to show a page with its demo data; a page's states are checked one after another. */
const pages: {
  name: string;
  show: (page: Page, check: (state: string) => Promise<void>) => Promise<void>;
}[] = [
  {
    name: 'overview',
    show: async (page, check) => {
      await openConsole(page, 'overview');
      await expect(page.getByRole('region', { name: /warning/i }).first()).toBeVisible();
      await check('overview');
    },
  },
  {
    name: 'sessions',
    show: async (page, check) => {
      await openConsole(page, 'sessions');
      const table = page.getByRole('table', { name: 'Mirror sessions' });
      await expect(table.getByRole('link', { name: 'figure-1-web-pay-to-elb' })).toBeVisible();
      await expect(table.getByText('name loading')).toHaveCount(0);
      await check('sessions');
      await table.getByRole('link', { name: 'figure-1-web-pay-to-elb' }).click();
      await expect(heading(page, 'figure-1-web-pay-to-elb')).toBeVisible();
      await expect(page.getByRole('form', { name: 'Session settings' })).toBeVisible();
      // The topology is drawn lazily: the check must see it drawn.
      await expect(
        page.getByRole('group', { name: 'Topology of mirror session figure-1-web-pay-to-elb' }),
      ).toBeVisible();
      await check('session');
    },
  },
  {
    name: 'filters',
    show: async (page, check) => {
      await openConsole(page, 'filters');
      await expect(page.getByRole('link', { name: 'web-traffic-filter' })).toBeVisible();
      await check('filters');
      await openConsole(page, `filters/${CN_NORTH_4.filters.web}`);
      await expect(page.getByRole('table', { name: 'Inbound rules' })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Outbound rules' })).toBeVisible();
      await check('filter');
      await page.getByRole('button', { name: /^Add inbound rule/ }).click();
      await expect(page.getByRole('region', { name: /^Inbound rules/ }).getByRole('form')).toBeVisible();
      await check('filter-add-rule');
    },
  },
  {
    name: 'create-session',
    show: async (page, check) => {
      const wizard = new CreateSessionPage(page);
      await wizard.open();
      await wizard.expectStep('Configure session');
      await check('wizard-1-session');
      await wizard.fillSession({ name: 'layout-check' });
      await wizard.next();
      await wizard.expectStep('Select filter');
      await check('wizard-2-filter');
      await wizard.filterChoice('web-traffic-filter').check();
      await wizard.next();
      await wizard.expectStep('Select sources');
      await check('wizard-3-sources');
      await wizard.chooseSources(['web-prod-02-eth0']);
      await wizard.next();
      await wizard.expectStep('Select target');
      await wizard.chooseTarget('Network interface', 'ids-collector-01-eth0');
      await check('wizard-4-target-eni');
      await wizard.chooseTarget('Load balancer', 'elb-mirror-collector');
      await check('wizard-4-target-elb');
      await wizard.next();
      await wizard.expectStep('Review and create');
      await check('wizard-5-review');
    },
  },
  {
    name: 'inventory',
    show: async (page, check) => {
      await openConsole(page, 'network-interfaces');
      await expect(page.getByRole('table').first().getByRole('row').nth(1)).toBeVisible();
      await check('network-interfaces');
      await openConsole(page, 'load-balancers');
      await expect(page.getByRole('table').first().getByRole('row').nth(1)).toBeVisible();
      await check('load-balancers');
    },
  },
  {
    name: 'packet-tester',
    show: async (page, check) => {
      await openConsole(page, 'packet-tester');
      const tester = new PacketTesterPage(page);
      await expect(tester.form).toBeVisible();
      await check('packet-tester');
      await tester.test({
        networkInterface: 'web-prod-01-eth0',
        protocol: 'TCP',
        sourceIp: '172.16.0.5',
        sourcePort: '10000',
        destinationIp: ME,
        destinationPort: '80',
      });
      await expect(tester.verdict().getByText('Copied', { exact: true })).toBeVisible();
      await check('packet-tester-verdict');
      await tester.whatIf.getByRole('button', { name: 'Edit a copy' }).click();
      await tester.whatIf.getByRole('button', { name: 'Remove inbound rule 1' }).click();
      await expect(tester.verdict('With the edited copy of doc-table-2-filter')).toBeVisible();
      await check('packet-tester-what-if');
      await tester.openCapture();
      await tester.chooseCaptureInterface('web-prod-01-eth0');
      await check('packet-tester-capture');
      await tester.runCsv(
        [
          'direction,ethertype,protocol,source_ip,destination_ip,source_port,destination_port,length',
          `ingress,IPv4,TCP,172.16.0.5,${ME},10000,80,64`,
          `,,UDP,${ME},10.0.0.53,40000,53,`,
          `ingress,IPv4,TCP,198.51.100.7,${ME},40000,443,64`,
        ].join('\n'),
      );
      await expect(tester.packetRows()).toHaveCount(3);
      await check('packet-tester-capture-results');
    },
  },
  {
    name: 'settings',
    show: async (page, check) => {
      await openConsole(page, 'settings');
      await expect(heading(page, 'Settings')).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
      await check('settings');
    },
  },
];

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
});

for (const viewport of OPERATOR_VIEWPORTS) {
  const size = `${viewport.width}x${viewport.height}`;
  test.describe(size, () => {
    test.use({ viewport });
    for (const { name, show } of pages) {
      test(`${name}: nothing scrolls sideways, every action is in view, rows stay short`, async ({
        page,
      }) => {
        await show(page, async (state) => {
          const shots = process.env.LAYOUT_SHOTS;
          if (shots) await page.screenshot({ path: `${shots}/${state}-${size}.png`, fullPage: true });
          await expectTidyLayout(page, `${state} at ${size}`);
        });
      });
    }
  });
}

test('a toast covers nothing of the page: it sits over the side navigation', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openConsole(page, 'filters');
  await page.getByRole('button', { name: 'Create mirror filter' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('toast-filter');
  await dialog.getByRole('button', { name: 'Create filter' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Mirror filter "toast-filter" created.' });
  await expect(toast).toBeVisible();
  await expect(heading(page, 'toast-filter')).toBeVisible();
  const [toastBox, mainBox, navBox] = await Promise.all([
    toast.boundingBox(),
    page.getByRole('main').boundingBox(),
    page.getByRole('navigation', { name: 'Main' }).boundingBox(),
  ]);
  expect(toastBox && mainBox && navBox).toBeTruthy();
  expect(toastBox!.x + toastBox!.width).toBeLessThanOrEqual(mainBox!.x);
  expect(toastBox!.x).toBeGreaterThanOrEqual(navBox!.x);
  expect(toastBox!.y + toastBox!.height).toBeLessThanOrEqual(768);
  await toast.getByRole('button', { name: 'Dismiss' }).click();
  await expect(toast).toBeHidden();
});
