import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';
import { englishWordsIn } from './support/english-words';

/** Machines shared by several suites need the time. */
const expect = baseExpect.configure({ timeout: 20_000 });

/** CSV and its column names are the format's own words, written as the lines are. */
const CSV_WORDS = ['CSV', 'direction', 'ethertype', 'protocol', 'length'];
/** The Packet Tester in Simplified Chinese, by role and Chinese name. */
async function openTesterInChinese(page: Page): Promise<Locator> {
  await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption({ label: '简体中文' });
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '报文测试' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '报文测试' })).toBeVisible();
  const form = page.getByRole('form', { name: '待测试的报文' });
  await expect(form).toBeVisible();
  return form;
}

/** A required field's label ends in a hidden `*`. */
const field = (form: Locator, label: string) => form.getByLabel(new RegExp(`^${label}\\*?$`));

/** Table 1, request packet 03: from the Internet to ECS-C, inbound on network interface-C. */
async function testPacket03(form: Locator): Promise<void> {
  await field(form, '网卡').fill('web-prod-01-eth0');
  await field(form, '源 IP').fill('172.16.0.5');
  await field(form, '源端口').fill('10000');
  await field(form, '目的 IP').fill('10.0.0.3');
  await field(form, '目的端口').fill('80');
  await form.getByRole('button', { name: '测试报文' }).click();
}

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
});

test('one packet in Chinese: the form, the verdict, the trace and the copy, without English', async ({
  page,
}) => {
  const form = await openTesterInChinese(page);
  await expect(page.getByRole('tab', { name: '单个报文' })).toHaveAttribute('aria-selected', 'true');
  await expect(field(form, '方向')).toContainText('根据地址判断');
  await testPacket03(form);

  const verdict = page.getByRole('region', { name: '判定结果' });
  await expect(verdict.getByText('已镜像', { exact: true })).toBeVisible();
  await expect(verdict.getByRole('link', { name: '入方向规则 1（接受）' })).toBeVisible();
  const trace = verdict.getByRole('list', { name: '按检查顺序排列的镜像会话' });
  await expect(
    trace.getByRole('listitem', { name: '镜像会话 figure-1-web-pay-to-elb', exact: true }),
  ).toHaveAttribute('aria-current', 'true');
  await expect(verdict).toContainText('复制的字节数78 字节');
  await expect(verdict).toContainText('镜像报文可到达镜像目的');
  await expectNoSeriousA11yViolations(page);
  expect(await englishWordsIn(form)).toEqual([]);
  expect(await englishWordsIn(page.getByRole('main'))).toEqual([]);
});

test('bad input in Chinese: each field says what is wrong in Chinese, and in English after a switch', async ({
  page,
}) => {
  const form = await openTesterInChinese(page);
  await field(form, '网卡').fill('no-such-eth9');
  await field(form, '源 IP').fill('10.1');
  await field(form, '目的 IP').fill('10.0.0.3');
  await field(form, '目的端口').fill('70000');
  await form.getByRole('button', { name: '测试报文' }).click();
  await expect(field(form, '网卡')).toHaveAccessibleDescription(
    '网卡的名称、IP 地址或 ID。 本区域没有名称、IP 地址或 ID 为“no-such-eth9”的网卡。请从列表中选择。',
  );
  await expect(field(form, '目的端口')).toHaveAccessibleDescription('请输入目的端口，0-65535。');
  await expect(field(form, '源 IP')).toHaveAccessibleDescription(
    '请写出完整地址 10.1.0.0：不接受简写 10.1。',
  );
  expect(await englishWordsIn(form)).toEqual([]);

  // The messages shown follow a change of language.
  await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption({ label: 'English' });
  const english = page.getByRole('form', { name: 'Packet to test' });
  await expect(field(english, 'Destination port')).toHaveAccessibleDescription(
    'Enter the destination port, 0-65535.',
  );
});

test('what-if in Chinese: a copy of the filter compared side by side', async ({ page }) => {
  const form = await openTesterInChinese(page);
  await testPacket03(form);
  const whatIf = page.getByRole('region', { name: /^假设分析/ });
  await whatIf.getByRole('button', { name: '编辑副本' }).click();
  await whatIf.getByRole('button', { name: '移除入方向规则 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: '判定结果不同' })).toBeVisible();
  await expect(page.getByRole('region', { name: '已保存的配置' })).toContainText('已镜像');
  await expect(page.getByRole('region', { name: '使用 doc-table-2-filter 的编辑副本' })).toBeVisible();
  await expect(whatIf.getByRole('list', { name: '已从副本中移除的规则' })).toContainText(
    '已移除：入方向规则 1',
  );
  await expectNoSeriousA11yViolations(page);
  expect(await englishWordsIn(page.getByRole('main'))).toEqual([]);
});

test('a capture in Chinese: CSV lines, counts and the packet table, without English', async ({ page }) => {
  await openTesterInChinese(page);
  await page.getByRole('tab', { name: '抓包文件' }).click();
  const capture = page.getByRole('form', { name: '待测试的抓包文件' });
  const select = capture.getByLabel('抓包所在的网卡');
  const options = await select.getByRole('option').allTextContents();
  await select.selectOption({ label: options.find((o) => o.startsWith('web-prod-01-eth0'))! });
  await capture.getByRole('radio', { name: 'CSV 行' }).check();
  await capture.getByRole('button', { name: '插入示例行' }).click();
  await capture.getByRole('button', { name: '运行测试' }).click();

  const results = page.getByRole('region', { name: '结果', exact: true });
  await expect(results).toContainText('从 CSV 行读取了 4 个报文');
  await expect(results.getByRole('table', { name: '按判定结果统计的报文' })).toContainText('已镜像');
  await expect(results.getByRole('table', { name: '抓包文件中的报文' }).getByRole('row')).toHaveCount(5);
  await expect(page.getByRole('progressbar', { name: '抓包文件测试进度' })).toHaveAttribute(
    'aria-valuetext',
    /^100 %：已读取 .+，4 个报文$/,
  );
  await expectNoSeriousA11yViolations(page);
  expect(await englishWordsIn(page.getByRole('main'), CSV_WORDS)).toEqual([]);

  await capture.getByLabel('CSV 格式的报文').fill('egress,IPv4,TCP,172.16.0.5,10.0.0.3,1,80,64');
  await capture.getByRole('button', { name: '运行测试' }).click();
  const problem = page.getByRole('alert').filter({ hasText: '1 行无法读取' });
  await expect(problem).toContainText(
    '第 1 行：direction：报文发往 10.0.0.3，这是 web-prod-01-eth0 的地址，因此方向为 ingress，而不是 egress。',
  );
});

test('a draft session from the wizard is named in Chinese, with the way back', async ({ page }) => {
  await openTesterInChinese(page);
  const draft = {
    name: 'web-02-copy',
    priority: 2,
    traffic_mirror_filter_id: CN_NORTH_4.filters.web,
    traffic_mirror_sources: [CN_NORTH_4.ports.webProd02],
    traffic_mirror_target_type: 'elb',
    traffic_mirror_target_id: CN_NORTH_4.loadBalancers.mirrorCollector,
    virtual_network_id: 2,
    packet_length: 96,
    enabled: true,
  };
  const query = new URLSearchParams({
    draft: JSON.stringify(draft),
    source: CN_NORTH_4.ports.webProd02,
    protocol: 'TCP',
    source_ip: '10.0.0.1',
    destination_ip: '10.0.0.4',
    source_port: '40000',
    destination_port: '80',
  });
  await page.goto(`packet-tester?${query.toString()}`);
  await expect(
    page.getByRole('status').filter({ hasText: '使用尚未创建的草稿镜像会话“web-02-copy”进行测试' }),
  ).toContainText('此草稿（优先级 2）');
  const verdict = page.getByRole('region', { name: '判定结果' });
  await expect(verdict.getByText('已镜像', { exact: true })).toBeVisible();
  await expect(verdict).toContainText('· 优先级 2 · 草稿，尚未创建');
  await expectNoSeriousA11yViolations(page);
  await expect(page.getByRole('link', { name: '返回创建向导' })).toBeVisible();
});
