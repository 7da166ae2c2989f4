import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';
import { englishWordsIn } from './support/english-words';

/**
 * The domain's results in Simplified Chinese: the Overview's warnings (W1-W4, their titles and
 * what to do) and a form's validation message, both from the domain's message descriptors.
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
