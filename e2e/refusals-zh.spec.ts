import { expect as baseExpect, test, type Page } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { CreateSessionPage } from './pages/create-session-page';
import { addSessionUnseen, VPC } from './pages/create-session-mock';
import { delayApi } from './pages/fault-injection';
import { apiFromPage } from './support/api';
import { nextApiCall, pageNow } from './support/api-calls';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';
import { englishWordsIn } from './support/english-words';

/**
 * Refusals the API gives without naming a field, in Simplified Chinese: the console says them in
 * its own words (docs/architecture.md, "Languages"), never the API's English. Another browser
 * changes the cloud unseen while every call takes 5 s, so only the server can refuse.
 */
test.describe.configure({ timeout: 150_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

async function toChinese(page: Page) {
  await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption({ label: '简体中文' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

/** Lowers the region's sessions quota to what is in use, unseen by this page. */
async function fillRegionQuota(page: Page): Promise<void> {
  const exported = await apiFromPage(page, 'GET', '/mock-admin/export');
  const store = exported.body as {
    settings: { quota_overrides: Record<string, unknown> };
    data: { sessions: { project_id: string }[] };
  };
  const used = store.data.sessions.filter((s) => s.project_id === CN_NORTH_4.project).length;
  store.settings.quota_overrides[CN_NORTH_4.project] = { sessions_per_region: used };
  expect((await apiFromPage(page, 'POST', '/mock-admin/import', store)).status).toBe(200);
}

test.afterEach(async ({ page }) => {
  await delayApi(page, 0);
  await resetMockCloud(page);
});

test('deleting a filter a session started using meanwhile is refused in Chinese', async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
  const created = await apiFromPage(page, 'POST', `${VPC}/traffic-mirror-filters`, {
    traffic_mirror_filter: { name: 'spare-filter' },
  });
  expect(created.status).toBe(201);
  const id = (created.body as { traffic_mirror_filter: { id: string } }).traffic_mirror_filter.id;
  await toChinese(page);
  await page.goto(`filters/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'spare-filter' })).toBeVisible();

  await delayApi(page, 5000);
  await addSessionUnseen(page, {
    name: 'uses-spare-filter',
    source: CN_NORTH_4.ports.payApi01,
    target: CN_NORTH_4.loadBalancers.idsSecurity,
    targetType: 'elb',
    priority: 4,
    filter: id,
  });
  await page.getByRole('button', { name: '删除', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const since = await pageNow(page);
  await dialog.getByRole('button', { name: '删除', exact: true }).click();
  expect((await nextApiCall(page, since, 'DELETE', `/traffic-mirror-filters/${id}`, 30_000)).status).toBe(
    409,
  );

  // The refusal, or the page that learnt the same meanwhile, says it once, in Chinese.
  await expect(dialog).toContainText(
    '此镜像筛选条件正被镜像会话“uses-spare-filter”使用。请先删除该镜像会话，或为其更换镜像筛选条件。',
  );
  await expect(dialog.getByText(/正被镜像会话“uses-spare-filter”使用/)).toHaveCount(1);
  expect(await englishWordsIn(dialog)).toEqual([]);
  await expectNoSeriousA11yViolations(page);
});

test('a session over the region quota, reached meanwhile, is refused in Chinese', async ({ page }) => {
  const wizard = new CreateSessionPage(page);
  await wizard.openOnDemoData();
  await wizard.completeToReview({
    settings: { name: 'over-quota', description: '', priority: 4, vni: 12 },
    filter: 'doc-table-2-filter',
    sources: ['pay-api-01-eth0'],
    targetType: 'Load balancer',
    target: 'elb-mirror-collector',
  });
  await toChinese(page);
  await expect(page.getByRole('heading', { level: 2, name: '确认并创建' })).toBeVisible();

  await delayApi(page, 5000);
  await fillRegionQuota(page);
  const since = await pageNow(page);
  await page.getByRole('button', { name: '创建镜像会话', exact: true }).click();
  expect((await nextApiCall(page, since, 'POST', '/traffic-mirror-sessions', 30_000)).status).toBe(409);

  const failure = page.getByRole('alert').filter({ hasText: '镜像会话未创建' });
  await expect(failure).toContainText('本区域已有 3 个镜像会话（配额“每个区域的镜像会话数”：3，已使用：3）');
  await expect(failure.getByRole('button', { name: '重试' })).toBeVisible();
  expect(await englishWordsIn(failure)).toEqual([]);
  await expectNoSeriousA11yViolations(page);
});
