import { expect as baseExpect, test, type Page } from '@playwright/test';
import { buildEthernet, buildIpv4 } from '../src/domain/net/packet-builder';
import { buildPcapFile } from '../src/domain/net/pcap-builder';
import { PacketTesterPage } from './pages/packet-tester-page';
import { expectNoSeriousA11yViolations } from './support/axe';
import { runTwoWorkerCapture, WEB_PROD_01 } from './support/capture-files';
import { openConsole, resetMockCloud } from './support/console';

/** Machines shared by several suites need the time. */
const expect = baseExpect.configure({ timeout: 20_000 });

/** A worker's script, as built (a hashed name) or as the dev server serves it. */
const script = (name: string) => new RegExp(`/${name}[^/]*\\.(?:js|ts)(?:\\?.*)?$`);

const CAPTURE = {
  name: 'one.pcap',
  buffer: Buffer.from(
    buildPcapFile([
      {
        data: buildEthernet(
          buildIpv4({ src: '172.16.0.5', dst: WEB_PROD_01.ipv4, protocol: 6, srcPort: 10000, dstPort: 80 }),
        ),
      },
    ]),
  ),
};

/** The Capture tab opened while the scripts of `blocked` cannot be loaded; counts their loads. */
async function openWhileBlocked(
  page: Page,
  blocked: RegExp,
): Promise<{ tester: PacketTesterPage; loads: () => number }> {
  await openConsole(page);
  await resetMockCloud(page);
  let loads = 0;
  await page.context().route(blocked, (route) => {
    loads++;
    return route.abort();
  });
  const tester = new PacketTesterPage(page);
  await tester.open();
  await tester.openCapture();
  await tester.chooseCaptureInterface('web-prod-01-eth0');
  // The worker is started ahead, when the tab opens, and fails then.
  await expect.poll(() => loads).toBeGreaterThan(0);
  return { tester, loads: () => loads };
}

for (const { name, worker, message } of [
  {
    name: 'the capture worker',
    worker: 'capture-worker',
    message:
      'The capture worker could not be started, or stopped without saying why. Reload the page and try again.',
  },
  {
    name: "the capture worker's file reader",
    worker: 'file-reader-worker',
    message:
      "The capture's file reader could not be started, or stopped without saying why. Reload the page and try again.",
  },
]) {
  test(`${name}, when it cannot be loaded, is named when Run capture is clicked, and a later run works`, async ({
    page,
  }) => {
    const { tester } = await openWhileBlocked(page, script(worker));
    await tester.runFile(CAPTURE);
    const problem = page.getByRole('alert').filter({ hasText: 'The capture was not tested' });
    await expect(problem).toContainText(message);
    await expect(tester.captureForm.getByLabel('Capture file', { exact: true })).toHaveValue(/one\.pcap$/);
    await expectNoSeriousA11yViolations(page);

    // Once the script can be loaded again, the next run reads the capture.
    await page.context().unroute(script(worker));
    await tester.captureForm.getByRole('button', { name: 'Run capture' }).click();
    await expect(tester.results).toContainText('1 packet read from a pcap file');
  });
}

test('a big capture whose second worker cannot be loaded is read whole by the first', async ({
  page,
}, info) => {
  test.slow(); // writes and reads a 143 MB capture, big enough to be read by two workers
  const { tester } = await openWhileBlocked(page, script('capture-part-worker'));
  expect(await runTwoWorkerCapture(tester, info.outputPath('big.pcap'))).toBe(1_600_000);
  await expect(page.getByRole('alert').filter({ hasText: 'The capture was not tested' })).toHaveCount(0);
});
