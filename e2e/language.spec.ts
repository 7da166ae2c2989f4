import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';

const languageSwitch = (page: Page) => page.getByRole('combobox', { name: 'Language / 语言' });

test.describe('in an English browser', () => {
  test.use({ locale: 'en-US' });

  test.beforeEach(async ({ page }) => {
    await openConsole(page);
    await resetMockCloud(page);
    await page.reload();
  });

  test('the switch turns the shell and the overview into Simplified Chinese, remembered across a reload', async ({
    page,
  }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await languageSwitch(page).selectOption({ label: '简体中文' });

    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const nav = page.getByRole('navigation', { name: '主导航' });
    for (const name of ['总览', '镜像会话', '镜像筛选条件', '报文测试', '网卡', '负载均衡器', '设置'])
      await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('流量镜像控制台');
    await expect(page.getByRole('banner')).toContainText('演示数据');
    await expect(page.getByRole('combobox', { name: '区域' })).toContainText('华北-北京四（cn-north-4）');

    await expect(page.getByRole('heading', { level: 1, name: '总览' })).toBeVisible();
    await expect(page.getByLabel('区域数据')).toContainText('镜像会话3');
    await expect(page.getByRole('region', { name: '配额使用情况' })).toBeVisible();
    await expect(page.getByRole('meter', { name: '每个镜像源的镜像会话数' })).toHaveAttribute(
      'aria-valuetext',
      /^已使用 \d+，共 3$/,
    );
    await expect(page.getByRole('region', { name: /^警告（\d+）$/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: '总览' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(languageSwitch(page)).toHaveValue('zh-CN');

    await languageSwitch(page).selectOption({ label: 'English' });
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mirror Filters' }),
    ).toBeVisible();
  });

  test('a page address the console does not know says so in the chosen language', async ({ page }) => {
    await languageSwitch(page).selectOption({ label: '简体中文' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.goto('no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
    await expect(page.getByRole('link', { name: '返回控制台首页' })).toBeVisible();
  });
});

test.describe('in a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('the console starts in Simplified Chinese without being asked', async ({ page }) => {
    await page.goto('');
    await expect(page.getByRole('heading', { level: 1, name: '总览' })).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(languageSwitch(page)).toHaveValue('zh-CN');
  });
});
