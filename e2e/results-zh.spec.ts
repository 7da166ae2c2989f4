import { expect, test, type Page } from '@playwright/test';
import { CreateSessionPage } from './pages/create-session-page';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';
import { englishWordsIn } from './support/english-words';

/**
 * The domain's results in Simplified Chinese: the Overview's and the wizard's warnings (W1-W4,
 * their titles and what to do), a form's validation messages and a mistyped address or port
 * range, all from the domain's message descriptors.
 * The pages around them are translated by their own areas, so their controls are found by
 * either language's name here.
 */
const languageSwitch = (page: Page) => page.getByRole('combobox', { name: 'Language / 语言' });

test.use({ locale: 'en-US' });

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
  await page.reload();
  await languageSwitch(page).selectOption({ label: '简体中文' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test("the Overview's warnings say what is wrong and what to do in Chinese", async ({ page }) => {
  const warnings = page.getByRole('region', { name: /^警告（\d+）$/ });
  await expect(warnings.getByText(/^W4 不会镜像任何流量：[1-9]/)).toBeVisible();
  const disabled = warnings
    .getByRole('listitem')
    .filter({ hasText: '此镜像会话已停用，不会镜像任何流量。启用后开始镜像。' });
  await expect(disabled.first()).toBeVisible();
  await expect(disabled.first().getByText('W4 不会镜像任何流量', { exact: true })).toBeVisible();
  await expect(await englishWordsIn(warnings)).toEqual([]);
  await expectNoSeriousA11yViolations(page);
});

test('a name the API would refuse is explained in Chinese as it is typed', async ({ page }) => {
  await page.goto('filters');
  await page.getByRole('button', { name: /^(Create mirror filter|创建镜像筛选条件)$/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^(Name|名称)/).fill('dns filter');
  await dialog.getByLabel(/^(Description|描述)/).focus();
  const alert = dialog.getByRole('alert');
  await expect(alert).toHaveText('名称只能包含字母、数字、中日韩文字、_、- 和 .（请删除 " "）。');
  await expect(await englishWordsIn(alert)).toEqual([]);
  await expectNoSeriousA11yViolations(page);
});

test('a mistyped CIDR block and port range of a new rule are explained in Chinese', async ({ page }) => {
  await page.goto('sessions/create');
  await expect(page.getByRole('heading', { level: 1, name: '创建镜像会话' })).toBeVisible();
  await page.getByRole('textbox', { name: '名称', exact: true }).fill('zh-rule');
  await page.getByRole('button', { name: '下一步', exact: true }).click();
  await page.getByRole('radio', { name: '新建镜像筛选条件' }).check();
  await page.getByRole('button', { name: '添加入方向规则', exact: true }).click();
  const rule = page.getByRole('group', { name: '入方向规则 1' });
  await rule.getByRole('textbox', { name: '源地址' }).fill('010.0.0.0/8');
  await rule.getByRole('textbox', { name: '目的端口范围' }).fill('80');
  await page.getByRole('button', { name: '下一步', exact: true }).click();
  await expect(rule.getByText('请删除前导零：应写作 10.0.0.0/8，而不是 010.0.0.0/8。')).toBeVisible();
  await expect(rule.getByText('单个端口也请写成范围：80-80。')).toBeVisible();
  expect(await englishWordsIn(rule)).toEqual([]);
  await expectNoSeriousA11yViolations(page);
});

test("the wizard's warnings name each warning in one Chinese sentence", async ({ page }) => {
  const wizard = new CreateSessionPage(page);
  await languageSwitch(page).selectOption({ label: 'English' });
  await wizard.open();
  await wizard.fillSession({ name: 'w1-zh', priority: 1 });
  await wizard.next();
  await wizard.filterChoice('web-traffic-filter').check();
  await wizard.next();
  await wizard.chooseSources(['web-prod-02-eth0']);
  await wizard.next();
  await wizard.chooseTarget('Network interface', 'ids-collector-02-eth0');
  await languageSwitch(page).selectOption({ label: '简体中文' });
  const warnings = page.getByRole('region', { name: /条警告/ });
  await expect(warnings.getByRole('listitem').first()).toContainText(
    'W1 镜像目的的安全组阻止了镜像流量：镜像目的“ids-collector-02-eth0”',
  );
  await expect(warnings.getByRole('listitem').first()).not.toContainText(':');
  expect(await englishWordsIn(warnings)).toEqual([]);
  await expectNoSeriousA11yViolations(page);
});
