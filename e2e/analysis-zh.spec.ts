import { expect as baseExpect, test, type Page } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { FilterDetailPage } from './pages/filters-detail-page';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';
import { englishWordsIn } from './support/english-words';

/** Machines shared by several suites need the time. */
const expect = baseExpect.configure({ timeout: 20_000 });

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
  await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption({ label: '简体中文' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

async function checkedInChinese(page: Page, text: string) {
  const shown = page.getByText(text, { exact: true });
  await expect(shown).toBeVisible();
  expect(await englishWordsIn(shown)).toEqual([]);
}

test("in Chinese, a filter's rule analysis explains what it finds in Chinese", async ({ page }) => {
  await new FilterDetailPage(page).goto(CN_NORTH_4.filters.table2, 'doc-table-2-filter');
  await checkedInChinese(
    page,
    '镜像筛选条件“doc-table-2-filter”不复制任何出方向报文：它没有出方向接受规则。请为需要镜像的出方向流量添加一条接受规则。',
  );
  await expectNoSeriousA11yViolations(page);
});

test("in Chinese, the packet tester's verdict tells each rule's failed condition in Chinese", async ({
  page,
}) => {
  const packet = new URLSearchParams({
    source: CN_NORTH_4.ports.payApi02,
    direction: 'egress',
    protocol: 'TCP',
    source_ip: '10.0.1.12',
    destination_ip: '10.0.1.30',
    source_port: '40000',
    destination_port: '3306',
  });
  await page.goto(`packet-tester?${packet.toString()}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await checkedInChinese(page, '· 拒绝 ALL，源 192.168.0.0/24，目的 10.2.0.0/24');
  await checkedInChinese(page, '源地址：报文的 10.0.1.12 不在 192.168.0.0/24 内。');
  await expectNoSeriousA11yViolations(page);
});
