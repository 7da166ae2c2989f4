/**
 * A capture's file streams survive the browser's garbage collection in the workers reading
 * them: once, a stream whose read was pending was collected with it, and the read never ended
 * (the run stopped mid-file, with no error). Garbage is collected in every worker, again and
 * again, while a big capture is read.
 */
import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import config from '../playwright.config';
import { openWebProdCapture, writeBigCapture } from './support/capture-files';

const launch = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...launch, args: [...(launch.args ?? []), '--js-flags=--expose-gc'] } });

test('a big capture is read to its end while garbage is collected in its workers', async ({ page }, info) => {
  test.slow(); // writes and reads a 380 MB capture
  const tester = await openWebProdCapture(page);
  const path = info.outputPath('collected.pcap');
  const packets = writeBigCapture(path, 40);
  let reading = true;
  const collecting = (async () => {
    while (reading) {
      const workers = page.workers();
      // A worker that ended meanwhile cannot be asked.
      await Promise.all(
        workers.map((w) =>
          w.evaluate(() => (globalThis as { gc?: () => void }).gc?.()).catch(() => undefined),
        ),
      );
      if (workers.length === 0) await page.evaluate(() => undefined);
    }
  })();
  try {
    await tester.runFile(path);
    await expect(tester.results).toContainText(
      `${packets.toLocaleString('en')} packets read from a pcap file`,
      {
        timeout: 60_000,
      },
    );
  } finally {
    reading = false;
    await collecting;
    rmSync(path, { force: true });
  }
});
