import { expect as baseExpect, test, type Locator } from '@playwright/test';
import { generateCapture } from '../src/domain/capture/synthetic-capture';
import type { PacketTesterPage } from './pages/packet-tester-page';
import { expectNoSeriousA11yViolations } from './support/axe';
import { englishWordsIn } from './support/english-words';
import { openWebProdCapture, runTwoWorkerCapture } from './support/capture-files';

/** Machines shared by several suites need the time. */
const expect = baseExpect.configure({ timeout: 20_000 });

/** web-prod-01-eth0, network interface-C of Figure 1: 20,000 packets over 20 seconds. */
const CAPTURE = Buffer.from(
  generateCapture({ packets: 20_000, ipv4: '10.0.0.3', ipv6: '2407:c080:802:be7::3', seed: 7 }),
);

const number = (text: string) => Number(text.replace(/[^\d]/g, ''));

/** The counts the parts of a picture are named with, read with `pattern`'s first group. */
async function partCounts(figure: Locator, pattern: RegExp): Promise<number[]> {
  const names = await figure
    .getByRole('img')
    .evaluateAll((parts) => parts.map((p) => p.getAttribute('aria-label')));
  return names.map((name) => {
    const match = pattern.exec(name ?? '');
    expect(match, `a count in "${name}"`).not.toBeNull();
    return number(match![1]!);
  });
}

/** The counts a counts table lists (the last cell of each row). */
async function tableCounts(table: Locator): Promise<number[]> {
  const cells = await table
    .getByRole('row')
    .evaluateAll((rows) => rows.map((r) => r.lastElementChild?.textContent));
  return cells.map((text) => number((text ?? '').split('(')[0]!));
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const PART = /: ([\d,]+) (?:packets?|cop(?:y|ies)) \(/;

let tester: PacketTesterPage;

test.beforeEach(async ({ page }) => {
  tester = await openWebProdCapture(page);
  await tester.runFile({ name: 'web-prod-01.pcap', buffer: CAPTURE });
  await expect(tester.results).toContainText('20,000 packets read from a pcap file');
  // The charts' code is loaded when the first results are shown.
  await expect(tester.results.getByRole('figure', { name: /^Sizes of the copies/ })).toBeVisible();
});

/** Checks that every chart's total equals the counts tables' for a capture of `total` packets. */
async function expectChartTotals(total: number): Promise<void> {
  const summary = (await tester.results.getByText(/packets read from a pcap file/).textContent()) ?? '';
  const copied = number(/([\d,]+) copied/.exec(summary)![1]!);
  expect(copied).toBeGreaterThan(0);

  const verdicts = tester.results.getByRole('figure', {
    name: new RegExp(`^Share of packets by verdict: ${total.toLocaleString('en')} packets`),
  });
  const verdictTable = await tableCounts(tester.counts('Packets by verdict'));
  expect(sum(await partCounts(verdicts, PART))).toBe(total);
  expect(sum(verdictTable)).toBe(total);

  const sessions = tester.results.getByRole('figure', { name: /^Share of copies by session/ });
  await expect(sessions).toHaveAccessibleName(new RegExp(`: ${copied.toLocaleString('en')} cop`));
  expect(sum(await partCounts(sessions, PART))).toBe(
    sum(await tableCounts(tester.counts('Copies by session'))),
  );

  const rules = tester.results.getByRole('figure', { name: /^Share of packets by deciding rule/ });
  expect(sum(await partCounts(rules, PART))).toBe(
    sum(await tableCounts(tester.counts('Packets by deciding rule'))),
  );

  const time = tester.results.getByRole('figure', { name: /^Copies and bytes on the wire over time/ });
  expect(sum(await partCounts(time, / s: ([\d,]+) packets? read/))).toBe(total);
  expect(sum(await partCounts(time, /read, ([\d,]+) cop/))).toBe(copied);

  const sizes = tester.results.getByRole('figure', { name: /^Sizes of the copies against the MTU/ });
  await expect(sizes).toHaveAccessibleName(new RegExp(`: ${copied.toLocaleString('en')} cop`));
  expect(sum(await partCounts(sizes, /bytes: ([\d,]+) cop/))).toBe(copied);
}

test("the charts' totals equal the counts tables'", async () => {
  await expectChartTotals(20_000);
});

test("the charts' totals equal the counts tables' for a file big enough to be read by two workers", async () => {
  test.slow(); // writes and reads a 143 MB capture
  const packets = await runTwoWorkerCapture(tester, test.info().outputPath('web-prod-01-big.pcap'));
  await expectChartTotals(packets);
});

test('each picture is one tab stop whose parts the arrow keys visit; the results pass axe', async ({
  page,
}) => {
  const verdicts = tester.results.getByRole('figure', { name: /^Share of packets by verdict/ });
  const parts = verdicts.getByRole('img');
  expect(await parts.count()).toBeGreaterThan(2);
  await parts.first().focus();
  await expect(parts.first()).toHaveAccessibleName(PART);
  await expect(verdicts.getByText(/^Copied: [\d,]+ packets/)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(parts.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(parts.last()).toBeFocused();
  // Tab leaves the picture for the next one, whose stop is its first part.
  await page.keyboard.press('Tab');
  const next = tester.results.getByRole('figure', { name: /^Share of packets by deciding rule/ });
  await expect(next.getByRole('img').first()).toBeFocused();

  const sizes = tester.results.getByRole('figure', { name: /^Sizes of the copies against the MTU/ });
  await sizes.getByRole('img').first().focus();
  await page.keyboard.press('End');
  await expect(sizes.getByRole('img').last()).toBeFocused();
  await expect(sizes.getByRole('img').last()).toHaveAccessibleName(
    /–1,450 bytes: .*, [1-9][\d,]* cut to fit the MTU\)$/,
  );
  await expect(sizes).toContainText('up to the MTU of 1,450');

  await expectNoSeriousA11yViolations(page);
});

test('the charts speak Chinese when the language is switched', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption({ label: '简体中文' });
  const charts = page.getByRole('region', { name: '抓包文件图表' });
  await expect(charts.getByRole('figure', { name: /^各判定结果的报文占比：20,000 个报文/ })).toBeVisible();
  await expect(
    charts
      .getByRole('figure', { name: /^镜像报文大小与 MTU 对比/ })
      .getByRole('img')
      .last(),
  ).toHaveAccessibleName(/^1,378–1,450 字节：/);
  expect(await englishWordsIn(charts)).toEqual([]);
});
