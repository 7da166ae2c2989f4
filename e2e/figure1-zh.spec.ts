import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { apiFromPage } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';
import { englishWordsIn } from './support/english-words';

/*
 * The product document's Figure 1, set up through the wizard and proven with a packet, all in
 * Simplified Chinese: by role and Chinese name, with axe, and with no English word on the
 * pages (names, ids, addresses and protocol names aside).
 */
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const N4 = CN_NORTH_4;
const SESSION = 'figure-1-zh';
/** Words of the resources' own names and descriptions (the user's text, never translated), and UTC. */
const NAMES: string[] = ['UTC'];

async function learnResourceWords(page: Page): Promise<void> {
  for (const path of ['vpc/traffic-mirror-filters', 'vpc/traffic-mirror-sessions', 'elb/loadbalancers']) {
    const answer = await apiFromPage(page, 'GET', `/v3/${N4.project}/${path}`);
    const items = Object.values(answer.body ?? {}).find(Array.isArray) as {
      name: string;
      description?: string;
    }[];
    for (const item of items) NAMES.push(...`${item.name} ${item.description ?? ''}`.split(/\W+/));
  }
}

async function expectChinese(part: Locator): Promise<void> {
  expect(await englishWordsIn(part, NAMES)).toEqual([]);
}

const next = (page: Page) => page.getByRole('button', { name: '下一步', exact: true }).click();
const step = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

test('Figure 1 is set up through the wizard and a Table 1 packet is copied by it, in Chinese', async ({
  page,
}) => {
  await openConsole(page);
  await resetMockCloud(page);
  // The seed already holds Figure 1; it is set up here from nothing.
  const removed = await apiFromPage(
    page,
    'DELETE',
    `/v3/${N4.project}/vpc/traffic-mirror-sessions/${N4.sessions.figure1}`,
  );
  expect(removed.status).toBe(204);
  await learnResourceWords(page);
  await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption({ label: '简体中文' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '镜像会话' }).click();
  await page.getByRole('link', { name: '创建镜像会话' }).first().click();
  const main = page.getByRole('main');
  await expect(step(page, '配置镜像会话')).toBeVisible();
  await page.getByRole('textbox', { name: '名称', exact: true }).fill(SESSION);
  await page.getByRole('spinbutton', { name: '优先级', exact: true }).fill('1');
  await expectChinese(main);
  await next(page);

  await expect(step(page, '选择镜像筛选条件')).toBeVisible();
  await page
    .getByRole('table', { name: '镜像筛选条件' })
    .getByRole('radio', { name: 'doc-table-2-filter', exact: true })
    .check();
  await expectChinese(main);
  await next(page);

  await expect(step(page, '选择镜像源')).toBeVisible();
  await page.getByRole('checkbox', { name: 'web-prod-01-eth0', exact: true }).check();
  await page.getByRole('checkbox', { name: 'pay-api-02-eth0', exact: true }).check();
  await expectChinese(main);
  await next(page);

  await expect(step(page, '选择镜像目的')).toBeVisible();
  await page.getByRole('radio', { name: '负载均衡器', exact: true }).check();
  await page
    .getByRole('table', { name: '负载均衡器' })
    .getByRole('radio', { name: 'elb-mirror-collector', exact: true })
    .check();
  await expectChinese(main);
  await next(page);

  await expect(step(page, '确认并创建')).toBeVisible();
  await expectChinese(main);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: '创建镜像会话', exact: true }).click();
  await expect(page.getByText(`镜像会话“${SESSION}”已创建。`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: SESSION })).toBeVisible();
  // The Terraform and API exports are code, never translated.
  for (const code of await main.locator('pre').allInnerTexts()) NAMES.push(...code.split(/\W+/));
  await expectChinese(main);
  await expectNoSeriousA11yViolations(page);

  // Table 1, request packet 03: from the Internet to ECS-C, inbound on network interface-C.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '报文测试' }).click();
  const form = page.getByRole('form', { name: '待测试的报文' });
  const field = (label: string) => form.getByLabel(new RegExp(`^${label}\\*?$`));
  await field('网卡').fill('web-prod-01-eth0');
  await field('源 IP').fill('172.16.0.5');
  await field('源端口').fill('10000');
  await field('目的 IP').fill('10.0.0.3');
  await field('目的端口').fill('80');
  await form.getByRole('button', { name: '测试报文' }).click();

  const verdict = page.getByRole('region', { name: '判定结果' });
  await expect(verdict.getByText('已镜像', { exact: true })).toBeVisible();
  await expect(verdict.getByRole('link', { name: SESSION })).toBeVisible();
  await expect(verdict.getByRole('link', { name: '入方向规则 1（接受）' })).toBeVisible();
  await expectChinese(main);
  await expectNoSeriousA11yViolations(page);
});
