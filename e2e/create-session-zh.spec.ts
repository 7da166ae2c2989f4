import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { CreateSessionPage } from './pages/create-session-page';
import { expectNoSeriousA11yViolations } from './support/axe';
import { englishWordsIn } from './support/english-words';

// The wizard in Simplified Chinese, switched to with the header's switch. Rule sentences, the
// domain's eligibility reasons, warnings and findings, and the shared rule form are translated
// elsewhere: the checks for English words cover the wizard's own words around them.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

let wizard: CreateSessionPage;

async function switchToChinese(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption({ label: '简体中文' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

/** No English word in any of the parts. */
async function expectChinese(...parts: Locator[]): Promise<void> {
  for (const part of parts) expect(await englishWordsIn(part)).toEqual([]);
}

const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

test.beforeEach(async ({ page }) => {
  wizard = new CreateSessionPage(page);
  await wizard.openOnDemoData();
  await switchToChinese(page);
  await expect(page.getByRole('heading', { level: 1, name: '创建镜像会话' })).toBeVisible();
});

test('creates a session through every step in Chinese', async ({ page }) => {
  const main = page.getByRole('main');
  await expect(stepHeading(page, '配置镜像会话')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '创建步骤' })).toContainText('步骤 5确认并创建');
  await expect(page.getByText('第 1 步，共 5 步')).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: '虚拟网络 ID（VNI）' })).toHaveAccessibleDescription(
    '复制流量的 VXLAN 网络标识，取值 0 到 16777215。',
  );
  await expectChinese(main);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('textbox', { name: '名称', exact: true }).fill('zh-session');
  await button(page, '下一步').click();

  await expect(stepHeading(page, '选择镜像筛选条件')).toBeVisible();
  const filters = page.getByRole('table', { name: '镜像筛选条件' });
  await expectChinese(filters.getByRole('row').first());
  const webFilter = filters.getByRole('row').filter({ has: page.getByLabel('web-traffic-filter') });
  await expect(webFilter).toContainText('1 / 1,000');
  await expect(webFilter).toContainText('入 10');
  await expect(webFilter).toContainText('可以使用。');
  await page.getByRole('radio', { name: '新建镜像筛选条件' }).check();
  await expect(page.getByText('没有入方向规则：镜像会话不会复制入方向流量。')).toBeVisible();
  await button(page, '添加入方向规则').click();
  await expect(page.getByRole('group', { name: '入方向规则 1' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '入方向规则 1 / 10' })).toBeVisible();
  await button(page, '删除入方向规则 1').click();
  // With no rule, the form in place holds only the wizard's own words.
  await expect(page.getByText('镜像筛选条件名称')).toBeVisible();
  await expectChinese(main);
  await page.getByRole('radio', { name: '使用已有镜像筛选条件' }).check();
  await filters.getByRole('radio', { name: 'web-traffic-filter', exact: true }).check();
  await button(page, '下一步').click();

  await expect(stepHeading(page, '选择镜像源')).toBeVisible();
  await page.getByRole('checkbox', { name: 'web-prod-02-eth0', exact: true }).check();
  await page.getByRole('checkbox', { name: 'pay-api-01-eth0', exact: true }).check();
  const chosen = page.getByRole('status').filter({ hasText: '个镜像源' });
  await expect(chosen).toHaveText('已选择 2 / 10 个镜像源：web-prod-02-eth0和pay-api-01-eth0');
  await expectChinese(
    page.getByRole('table', { name: '网卡' }).getByRole('row').first(),
    page.getByText('按名称、IP 地址、弹性云服务器、规格或虚拟私有云搜索。'),
  );
  await button(page, '下一步').click();

  await expect(stepHeading(page, '选择镜像目的')).toBeVisible();
  await page.getByRole('radio', { name: '负载均衡器', exact: true }).check();
  const balancers = page.getByRole('table', { name: '负载均衡器' });
  await balancers.getByRole('radio', { name: 'elb-mirror-collector', exact: true }).check();
  await expectChinese(page.getByRole('group', { name: '镜像目的类型' }), balancers.getByRole('row').first());
  await expect(
    balancers.getByRole('row').filter({ has: page.getByLabel('elb-mirror-collector') }),
  ).toContainText('已选择。');
  await button(page, '下一步').click();

  await expect(stepHeading(page, '确认并创建')).toBeVisible();
  const value = (section: string, label: string) =>
    page
      .getByRole('region', { name: section, exact: true })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
      .getByRole('cell');
  await expect(value('镜像会话', '报文长度')).toHaveText('96 字节');
  await expect(value('镜像会话', '启用')).toHaveText('是');
  await expect(value('镜像源', '镜像源（2）')).toContainText('web-prod-02-eth0（10.0.0.4）');
  await expect(value('镜像目的', '类型')).toHaveText('负载均衡器');
  await expect(page.getByRole('link', { name: '编辑镜像源' })).toBeVisible();
  await expectChinese(
    page.getByRole('region', { name: '镜像会话', exact: true }),
    page.getByRole('region', { name: '镜像源', exact: true }),
    page.getByRole('region', { name: '镜像目的', exact: true }),
    page.getByText('创建镜像会话前，请检查每项选择。', { exact: false }),
    page.getByRole('heading', { name: '流量分析' }),
  );
  await expectNoSeriousA11yViolations(page);

  await button(page, '创建镜像会话').click();
  await expect(page.getByText('镜像会话“zh-session”已创建。')).toBeVisible();
  await expect(page).toHaveURL(/\/console\/sessions\/[0-9a-f-]{36}/);
});

test('offers the saved draft and asks before discarding it, in Chinese', async ({ page }) => {
  await page.getByRole('textbox', { name: '名称', exact: true }).fill('zh-draft');
  await button(page, '下一步').click();
  await expect(stepHeading(page, '选择镜像筛选条件')).toBeVisible();

  await page.goto('overview');
  await page.goto('sessions/create');
  const offer = page.getByRole('region', { name: '继续未完成的镜像会话？' });
  await expect(offer).toContainText('名为“zh-draft”的草稿已于');
  await expect(offer).toContainText('停在“选择镜像筛选条件”步骤。');
  await expectChinese(offer);
  await expectNoSeriousA11yViolations(page);
  await button(page, '继续编辑草稿').click();

  await expect(stepHeading(page, '选择镜像筛选条件')).toBeVisible();
  await button(page, '取消').click();
  const dialog = page.getByRole('dialog', { name: '放弃此镜像会话草稿？' });
  await expect(dialog).toContainText('您为新镜像会话所做的选择将会丢失。目前尚未创建任何资源。');
  await expectChinese(dialog);
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: '放弃草稿' }).click();
  await expect(page).toHaveURL(/\/console\/sessions(\?|$)/);
});
