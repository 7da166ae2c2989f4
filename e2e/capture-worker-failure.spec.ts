import { expect as baseExpect, test } from '@playwright/test';
import { buildEthernet, buildIpv4 } from '../src/domain/net/packet-builder';
import { buildPcapFile } from '../src/domain/net/pcap-builder';
import { PacketTesterPage } from './pages/packet-tester-page';
import { expectNoSeriousA11yViolations } from './support/axe';
import { WEB_PROD_01 } from './support/capture-files';
import { openConsole, resetMockCloud } from './support/console';

/** Machines shared by several suites need the time. */
const expect = baseExpect.configure({ timeout: 20_000 });

/** The capture worker's script, as built (a hashed name) or served by the dev server. */
const WORKER_SCRIPT = /capture-worker[^/]*\.(?:js|ts)(?:\?.*)?$/;

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

test('a capture worker that cannot be loaded is named when Run capture is clicked, and a later run works', async ({
  page,
}) => {
  await openConsole(page);
  await resetMockCloud(page);
  // The worker started ahead, when the Capture tab opens, cannot load its script.
  let loads = 0;
  await page.context().route(WORKER_SCRIPT, (route) => {
    loads++;
    return route.abort();
  });
  const tester = new PacketTesterPage(page);
  await tester.open();
  await tester.openCapture();
  await tester.chooseCaptureInterface('web-prod-01-eth0');
  await expect.poll(() => loads).toBeGreaterThan(0);

  await tester.runFile(CAPTURE);
  const problem = page.getByRole('alert').filter({ hasText: 'The capture was not tested' });
  await expect(problem).toContainText(
    'The capture worker could not be started, or stopped without saying why. Reload the page and try again.',
  );
  await expect(tester.captureForm.getByLabel('Capture file', { exact: true })).toHaveValue(/one\.pcap$/);
  await expectNoSeriousA11yViolations(page);

  // Once the script can be loaded again, the next run reads the capture.
  await page.context().unroute(WORKER_SCRIPT);
  await tester.captureForm.getByRole('button', { name: 'Run capture' }).click();
  await expect(tester.results).toContainText('1 packet read from a pcap file');
});
