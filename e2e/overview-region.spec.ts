import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { addManyVpcs, storedFlows, type StoredFlow } from './pages/region-flows';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';
import { englishWordsIn } from './support/english-words';
import { layoutProblems } from './support/layout';

/** Each load waits for the region's lists; machines shared by several suites need the time. */
const expect = baseExpect.configure({ timeout: 30_000 });

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
const counts = (f: { sessions: number; sources: number }) =>
  `${plural(f.sessions, 'session')}, ${plural(f.sources, 'source')}`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The flow from one VPC to another, by the start of its accessible name. */
const flowEdge = (picture: Locator, from: string, to: string) =>
  picture.getByRole('img', { name: new RegExp(`^${escape(`${from} to ${to}: `)}`) });

const panelOf = (page: Page) => page.getByRole('region', { name: 'Mirroring flows' });
const pictureOf = (page: Page) => panelOf(page).getByRole('group', { name: 'Mirroring flows between VPCs' });

test.beforeEach(async ({ page }) => {
  await openConsole(page);
  await resetMockCloud(page);
});

test("the seed's overview draws each VPC pair with its counts, walked by keyboard", async ({ page }) => {
  const flows = await storedFlows(page);
  await page.reload();
  const picture = pictureOf(page);
  for (const flow of flows) {
    const edge = flowEdge(picture, flow.from, flow.to);
    await expect(edge).toHaveAccessibleName(
      new RegExp(`^${escape(`${flow.from} to ${flow.to}: ${counts(flow)}`)}`),
    );
    await expect(edge).toContainText(counts(flow));
  }
  const sources = [...new Set(flows.map((f) => f.from))];
  const targets = [...new Set(flows.map((f) => f.to))];
  for (const name of sources)
    await expect(picture.getByRole('img', { name: new RegExp(`^Source VPC: ${name}, `) })).toBeVisible();
  for (const name of targets)
    await expect(picture.getByRole('img', { name: new RegExp(`^Target VPC: ${name}, `) })).toBeVisible();

  // Tab walks every node and flow from left to right: sources, flows, targets.
  const elements = picture.getByRole('img');
  await expect(elements).toHaveCount(sources.length + targets.length + flows.length);
  await elements.first().focus();
  const walked = [await elements.first().getAttribute('aria-label')];
  for (let i = 1; i < sources.length + targets.length + flows.length; i++) {
    await page.keyboard.press('Tab');
    walked.push(await picture.locator(':focus').getAttribute('aria-label'));
  }
  expect(walked[0]).toMatch(/^Source VPC: /);
  expect(walked.slice(sources.length, sources.length + flows.length)).toEqual(
    expect.arrayContaining(flows.map((f) => expect.stringMatching(`^${escape(`${f.from} to ${f.to}: `)}`))),
  );
  expect(walked.at(-1)).toMatch(/^Target VPC: /);

  const panel = panelOf(page);
  await expect(panel.getByText('Legend')).toBeVisible();
  await panel.getByRole('link', { name: 'Mirror Sessions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mirror Sessions' })).toBeVisible();
  await page.goBack();
  await expect(pictureOf(page)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('in Chinese the picture and its words are Chinese', async ({ page }) => {
  const flows = await storedFlows(page);
  await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption({ label: '简体中文' });
  const panel = page.getByRole('region', { name: '镜像流向' });
  const picture = panel.getByRole('group', { name: '虚拟私有云（VPC）之间的镜像流向' });
  const [flow] = flows as [StoredFlow];
  await expect(
    picture.getByRole('img', {
      name: new RegExp(
        `^${escape(`${flow.from} 到 ${flow.to}: ${flow.sessions} 个镜像会话，${flow.sources} 个镜像源`)}`,
      ),
    }),
  ).toBeVisible();
  await expect(panel.getByRole('link', { name: '镜像会话' })).toBeVisible();
  expect(await englishWordsIn(panel)).toEqual([]);
  await expectNoSeriousA11yViolations(page);
});

test('with many VPCs the busiest pairs are drawn and the rest summed in Other VPCs', async ({ page }) => {
  await addManyVpcs(page, 15);
  const flows = await storedFlows(page);
  expect(flows).toHaveLength(17);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.reload();
  const panel = panelOf(page);
  await expect(panel).toContainText(
    'The 12 busiest of 17 VPC pairs are drawn; the other 5 are summed in Other VPCs.',
  );
  const picture = pictureOf(page);
  const drawn = flows.filter((f) => f.sessions >= 2);
  for (const flow of drawn) await expect(flowEdge(picture, flow.from, flow.to)).toContainText(counts(flow));
  // Every flow is either drawn (with its stored counts) or summed in Other VPCs.
  let shown = 0;
  for (const flow of flows)
    if ((await flowEdge(picture, flow.from, flow.to).count()) === 1) shown += flow.sessions;
  const total = flows.reduce((n, f) => n + f.sessions, 0);
  const other = flowEdge(picture, 'Other VPCs', 'Other VPCs');
  await expect(other).toHaveAccessibleName(
    new RegExp(`^Other VPCs to Other VPCs: ${plural(total - shown, 'session')}, `),
  );
  await expect(picture.getByRole('img', { name: /^Source VPC: Other VPCs, / })).toBeVisible();
  await expect(picture.getByRole('img', { name: /^Target VPC: Other VPCs, / })).toBeVisible();
  expect(await layoutProblems(page)).toEqual([]);
  await expectNoSeriousA11yViolations(page);
});
