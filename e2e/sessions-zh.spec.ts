import { expect as baseExpect, test, type Page } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { apiFromPage } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';
import { englishWordsIn } from './support/english-words';

/**
 * The Mirror Sessions list and a session's page in Simplified Chinese: driven by their Chinese
 * names, with no English word left in the parts the sessions pages write themselves. The
 * domain's own sentences (warnings, findings, eligibility reasons) and the API's refusals are
 * translated elsewhere and left out of the word checks.
 */
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 150_000 });

const S = CN_NORTH_4.sessions;
const FIGURE_1 = 'figure-1-web-pay-to-elb';
const IDS = 'web-prod-01-to-ids';
/** The time zone's name stays as it is in Chinese, like the protocol names. */
const KEPT = ['UTC'];
const SESSIONS = `/v3/${CN_NORTH_4.project}/vpc/traffic-mirror-sessions`;

async function inChinese(page: Page, path: string): Promise<void> {
  await openConsole(page);
  await resetMockCloud(page);
  await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption({ label: '简体中文' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.goto(path);
}

test('the list searches, filters, changes and deletes sessions in Chinese and passes axe', async ({
  page,
}) => {
  await inChinese(page, 'sessions');
  await expect(page.getByRole('heading', { level: 1, name: '镜像会话' })).toBeVisible();
  const table = page.getByRole('table', { name: '镜像会话' });
  const count = page.getByRole('status').filter({ hasText: /个镜像会话/ });
  await expect(count).toHaveText('共 3 个镜像会话');
  for (const name of [
    '名称',
    '创建时间（UTC）',
    '状态',
    '优先级',
    '镜像筛选条件',
    '镜像源',
    '镜像目的',
    '报文长度',
  ])
    await expect(table.getByRole('columnheader').getByRole('button', { name, exact: true })).toBeVisible();
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: FIGURE_1, exact: true }) });
  await expect(row.getByRole('cell').nth(1)).toHaveText(new RegExp(`^${FIGURE_1}2024/04/22 \\d\\d:\\d\\d$`));
  await expect(row.getByRole('cell').nth(2)).toHaveText('已启用');
  await expect(row.getByRole('cell').nth(6)).toHaveText('ELB elb-mirror-collectorVNI 1 · 96 字节');
  expect(await englishWordsIn(page.getByRole('main'), KEPT)).toEqual([]);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('combobox', { name: '状态' }).selectOption({ label: '已停用' });
  await expect(count).toHaveText('显示 1 个，共 3 个镜像会话');
  await page.getByRole('searchbox', { name: '搜索镜像会话' }).fill('已启用');
  await expect(table).toContainText('没有符合搜索和筛选的镜像会话。');
  await page.getByRole('button', { name: '清除搜索和筛选' }).click();
  await expect(count).toHaveText('共 3 个镜像会话');

  await page.getByRole('button', { name: `停用 ${IDS}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `镜像会话“${IDS}”已停用。` })).toBeVisible();
  await page.getByRole('button', { name: `启用 ${IDS}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `镜像会话“${IDS}”已启用。` })).toBeVisible();

  await page.getByRole('checkbox', { name: '选择显示的全部镜像会话' }).check();
  await expect(count).toHaveText('共 3 个镜像会话，已选 3 个');
  await page
    .getByRole('group', { name: '对所选镜像会话的操作' })
    .getByRole('button', { name: '删除所选' })
    .click();
  const dialog = page.getByRole('dialog', { name: '删除 3 个镜像会话？' });
  await expect(dialog).toContainText('这些镜像会话的流量复制将立即停止。');
  expect(await englishWordsIn(dialog)).toEqual([]);
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: '删除 3 个镜像会话' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已删除 3 个镜像会话。' })).toBeVisible();
  await expect(table).toContainText('本区域还没有镜像会话。');
  await expect(table.getByRole('link', { name: '创建镜像会话' })).toBeVisible();
});

test('a bulk change that fails on one session reports it in Chinese', async ({ page }) => {
  await inChinese(page, 'sessions');
  await page.getByRole('checkbox', { name: '选择显示的全部镜像会话' }).check();
  const settings = { failure_rate: 1, failure_path: `${SESSIONS}/${S.figure1}` };
  expect((await apiFromPage(page, 'PUT', '/mock-admin/settings', { settings })).status).toBe(200);
  await page.getByRole('button', { name: '停用所选' }).click();

  const report = page.getByRole('dialog', { name: '1 个镜像会话未停用' });
  await expect(report).toContainText('2 个已停用，1 个失败，0 个未执行。');
  const failures = report.getByRole('table', { name: '失败的镜像会话及原因' });
  await expect(failures.getByRole('row').nth(1)).toContainText(/请求 ID \S+/);
  // The failure's message is the API's own text: the console's translations of refusals are not checked here.
  for (const part of [report.getByRole('heading'), ...(await report.getByRole('paragraph').all())])
    expect(await englishWordsIn(part)).toEqual([]);
  await expectNoSeriousA11yViolations(page);
  await report.getByRole('button', { name: '关闭' }).click();
  await expect(report).toBeHidden();
});

test("a session's page shows its fields, panels and changes in Chinese and passes axe", async ({ page }) => {
  await inChinese(page, `sessions/${S.idsEni}`);
  await expect(page.getByRole('heading', { level: 1, name: IDS })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: '面包屑导航' }).getByRole('link', { name: '镜像会话' }),
  ).toBeVisible();
  const settings = page.getByRole('form', { name: '镜像会话设置' });
  await expect(settings.getByLabel(/^优先级\*?$/)).toHaveValue('2');
  await expect(settings.getByLabel(/^虚拟网络 ID（VNI）\*?$/)).toHaveValue('100');
  await expect(settings.getByLabel(/^报文长度\*?$/)).toHaveValue('1460');
  const details = page.getByRole('region', { name: '详情' });
  await expect(details).toContainText('弹性网卡（ENI）');
  await expect(details).toContainText(/2024\/04\/\d\d \d\d:\d\d/);
  const target = page.getByRole('region', { name: '镜像目的' });
  await expect(target).toContainText('网卡（ENI）');
  await expect(target).toContainText('UDP 4789');
  const sources = page.getByRole('region', { name: /^镜像源（\d+ \/ 10）$/ });
  for (const name of ['网卡', '私有 IP 地址', '弹性云服务器', '虚拟私有云', '操作'])
    await expect(sources.getByRole('columnheader', { name, exact: true })).toBeVisible();
  const filter = page.getByRole('region', { name: '镜像筛选条件' });
  await expect(filter).toContainText(/入方向规则 \d+ 条，出方向规则 \d+ 条/);
  const exportPanel = page.getByRole('region', { name: '导出' });
  await exportPanel.getByRole('radio', { name: 'API 请求' }).check();
  await expect(exportPanel).toContainText('{filter_id} 所在位置');
  for (const part of [settings, details, target, sources, filter, exportPanel.getByRole('radiogroup')])
    expect(await englishWordsIn(part, KEPT)).toEqual([]);
  // W3's sentence is the domain's; its heading and its fix are the page's.
  const warnings = page.getByRole('region', { name: /^\d+ 条警告：此镜像会话未复制其本可复制的全部流量$/ });
  await expect(warnings.getByRole('button', { name: /^将报文长度设为 [\d,]+$/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await settings.getByLabel(/^名称\*?$/).fill(`${IDS}-v2`);
  await settings.getByRole('button', { name: '保存更改' }).click();
  await expect(page.getByRole('status').filter({ hasText: `镜像会话“${IDS}-v2”已保存。` })).toBeVisible();
  await sources.getByRole('button', { name: '添加镜像源' }).click();
  const picker = page.getByRole('group', { name: '添加镜像源' });
  await expect(picker.getByRole('searchbox', { name: '查找网卡' })).toBeVisible();
  await expect(picker.getByRole('button', { name: '添加镜像源' })).toBeDisabled();
  await picker.getByRole('button', { name: '取消' }).click();

  await page.getByRole('button', { name: '删除', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `删除镜像会话“${IDS}-v2”？` });
  expect(await englishWordsIn(dialog)).toEqual([]);
  await dialog.getByRole('button', { name: '删除镜像会话' }).click();
  await expect(page.getByRole('status').filter({ hasText: `镜像会话“${IDS}-v2”已删除。` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '镜像会话' })).toBeVisible();
});

test('a session that does not exist says so in Chinese', async ({ page }) => {
  await inChinese(page, 'sessions/d3000000-0000-4000-8000-019999999999');
  await expect(page.getByRole('heading', { level: 1, name: '镜像会话不存在' })).toBeVisible();
  expect(await englishWordsIn(page.getByRole('main'))).toEqual([]);
  await page.getByRole('link', { name: '前往镜像会话列表' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '镜像会话' })).toBeVisible();
});
