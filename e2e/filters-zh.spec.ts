import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';
import { englishWordsIn } from './support/english-words';

/**
 * The Mirror Filters, Network Interfaces, Load Balancers and Settings pages in Simplified
 * Chinese. Words the domain writes (rule sentences, analysis findings, eligibility, warnings)
 * are translated elsewhere: where such a text is on screen, its own words are allowed, read
 * from the element that shows it, and so are the seed's names and descriptions.
 */
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 150_000 });

/** Abbreviations kept in Chinese too. */
const KEPT = ['UTC', 'ECS', 'VIP'];

async function wordsOf(locators: Locator): Promise<string[]> {
  const texts = await locators.allInnerTexts();
  return texts.flatMap((text) => text.match(/[A-Za-z]{3,}/g) ?? []);
}

/** The words of one column of a table's body rows (names, or the domain's sentences). */
async function columnWords(table: Locator, index: number): Promise<string[]> {
  const rows = await table.getByRole('row').all();
  const words = await Promise.all(rows.slice(1).map((row) => wordsOf(row.getByRole('cell').nth(index))));
  return words.flat();
}

async function toChinese(page: Page) {
  await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption({ label: '简体中文' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

async function open(page: Page, path: string, heading: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
  await toChinese(page);
});

test('the filters list and the create dialog are in Chinese', async ({ page }) => {
  await open(page, 'filters', '镜像筛选条件');
  const table = page.getByRole('table', { name: '镜像筛选条件' });
  const web = table.getByRole('row').filter({ hasText: 'web-traffic-filter' });
  await expect(web.getByRole('cell').nth(3)).toHaveText('1 个镜像会话');
  await expect(web.getByRole('cell').nth(5)).toHaveText(/^2024\/04\/22 \d\d:\d\d$/);
  expect(await englishWordsIn(page.getByRole('main'), [...KEPT, ...(await columnWords(table, 0))])).toEqual(
    [],
  );

  await page.getByRole('button', { name: '创建镜像筛选条件' }).click();
  const dialog = page.getByRole('dialog', { name: '创建镜像筛选条件' });
  await expect(dialog.getByLabel('名称')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '创建' })).toBeVisible();
  expect(await englishWordsIn(dialog)).toEqual([]);
  await expectNoSeriousA11yViolations(page);
});

test("a filter's page, its rule form and its dialogs are in Chinese", async ({ page }) => {
  await open(page, `filters/${CN_NORTH_4.filters.web}`, 'web-traffic-filter');
  const inbound = page.getByRole('region', { name: /^入方向规则/ });
  await expect(inbound).toHaveAccessibleName('入方向规则 4 / 10');
  const rules = inbound.getByRole('table', { name: '入方向规则' });
  await expect(rules.getByRole('columnheader')).toHaveText([
    '优先级',
    '策略',
    '协议',
    '类型',
    '源地址',
    '目的地址',
    '筛选说明',
    '分析',
    '操作',
  ]);
  const sentences = await columnWords(rules, 6);
  const domainWords = [...sentences, ...(await columnWords(rules, 7))];
  expect(await englishWordsIn(rules, domainWords)).toEqual([]);
  expect(await englishWordsIn(page.getByRole('region', { name: /^使用此镜像筛选条件的镜像会话/ }))).toEqual(
    [],
  );
  expect(await englishWordsIn(page.getByRole('form', { name: '镜像筛选条件设置' }))).toEqual([]);
  await expect(page.getByRole('region', { name: '规则分析' })).toBeVisible();

  await inbound.getByRole('button', { name: '添加入方向规则' }).click();
  const form = inbound.getByRole('form', { name: '添加入方向规则' });
  await form.getByLabel(/^源地址/).fill('10.0.0.1/8');
  await expect(form).toContainText('即 10.0.0.0/8。');
  await expect(form.getByLabel(/^协议/)).toContainText('全部');
  const preview = form.getByRole('paragraph').filter({ hasText: /^筛选说明：/ });
  const impact = form.getByRole('region', { name: '变更影响' });
  await expect(impact).toBeVisible();
  expect(
    await englishWordsIn(form, [
      ...(await wordsOf(preview)),
      ...(await wordsOf(impact.getByRole('listitem'))),
    ]),
  ).toEqual([]);
  await form.getByRole('button', { name: '取消' }).click();

  await inbound.getByRole('button', { name: '删除入方向规则 10' }).click();
  const dialog = page.getByRole('dialog', { name: '删除入方向规则 10？' });
  await expect(dialog).toContainText('由它决定的报文将交由下一条规则匹配。');
  expect(await englishWordsIn(dialog, sentences)).toEqual([]);
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: '删除规则' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '优先级为 10 的入方向规则已删除。' }),
  ).toBeVisible();
  await expect(inbound).toHaveAccessibleName('入方向规则 3 / 10');
});

test('the network interfaces and load balancers are in Chinese', async ({ page }) => {
  await open(page, 'network-interfaces', '网卡');
  const interfaces = page.getByRole('table', { name: '网卡' });
  expect(await englishWordsIn(interfaces.getByRole('row').first(), KEPT)).toEqual([]);
  await expect(interfaces.getByRole('row').filter({ hasText: 'web-prod-01-eth0' })).toContainText(
    '可以（2 / 3 个镜像会话）',
  );
  await expectNoSeriousA11yViolations(page);

  await open(page, 'load-balancers', '负载均衡器');
  const balancers = page.getByRole('table', { name: '负载均衡器' });
  expect(await englishWordsIn(balancers.getByRole('row').first(), KEPT)).toEqual([]);
  const publicWeb = balancers.getByRole('row').filter({ hasText: 'elb-public-web' });
  await expect(publicWeb).toContainText('可以（0 / 200 个镜像会话）');
  await expect(publicWeb).toContainText('运行中');
  await expectNoSeriousA11yViolations(page);
});

test('Settings and its confirmations are in Chinese', async ({ page }) => {
  await open(page, 'settings', '设置');
  await expect(page.getByRole('table', { name: '流量镜像配额' })).toBeVisible();
  await expect(page.getByLabel('将每个镜像会话的镜像源数调整为')).toHaveAccessibleDescription(
    '当前为 10。这是唯一可调整的配额：可设为 10 到 1000。',
  );
  expect(await englishWordsIn(page.getByRole('main'))).toEqual([]);
  await page.getByRole('button', { name: '重置演示数据' }).click();
  const dialog = page.getByRole('dialog', { name: '重置演示数据？' });
  expect(await englishWordsIn(dialog)).toEqual([]);
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: '重置演示数据' }).click();
  await expect(page.getByRole('status').filter({ hasText: '演示数据已恢复。' })).toBeVisible();
});
