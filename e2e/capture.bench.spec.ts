/**
 * Figures for big captures in the packet tester's Capture tab: captures of 1, 4 and 10
 * million packets (about 96 bytes a record) are written to a temporary folder, read by
 * `tcpdump -r FILE -w /dev/null ip` (best of 3) and then through the Capture tab, timed in the
 * page from the click on Run capture to the results shown; the page's and the capture
 * worker's heap are read after a garbage collection. It prints the figures; it does not pass
 * or fail on them.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generateCapture } from '../src/domain/capture/synthetic-capture';
import type { PacketTesterPage } from './pages/packet-tester-page';
import { openWebProdCapture } from './support/capture-files';
import { fileReadAlone } from './support/file-read-floor';
import { profileThreads, type ThreadTime } from './support/thread-profiles';
import { callInWorkers } from './support/workers';

/** A measurement: tracing snapshots the page on every action and would be measured too. */
test.use({ trace: 'off' });

/** web-prod-01-eth0, network interface-C of Figure 1. */
const ME = '10.0.0.3';
const ME6 = '2407:c080:802:be7::3';
const SIZES = [
  { packets: 1_000_000, runs: 3 },
  { packets: 4_000_000, runs: 2 },
  { packets: 10_000_000, runs: 1 },
];
const BLOCK = 250_000;
/** Idle time before each run, long enough for the next run's workers to be ready. */
const SETTLE_MS = 1500;
const MB = 1024 * 1024;

/** Writes a capture of `packets` packets block by block (never whole in memory). */
function writeCapture(path: string, packets: number): void {
  const fd = openSync(path, 'w');
  try {
    for (let done = 0, block = 0; done < packets; done += BLOCK, block++) {
      const bytes = generateCapture({
        packets: Math.min(BLOCK, packets - done),
        ipv4: ME,
        ipv6: ME6,
        seed: 0x5eed + block,
        small: true,
      });
      const body = block === 0 ? bytes : bytes.subarray(24); // one file header
      writeSync(fd, body);
    }
  } finally {
    closeSync(fd);
  }
}

/** The best of `runs` runs of tcpdump reading the file with the filter `ip`, in ms. */
function tcpdump(path: string, runs = 3): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const done = spawnSync('tcpdump', ['-r', path, '-w', '/dev/null', 'ip'], { stdio: 'ignore' });
    expect(done.status, 'tcpdump reads the capture').toBe(0);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** The clock the page keeps for one run: the click, and the results shown after it. */
interface BenchClock {
  started: number;
  shown: number;
  done: Promise<void>;
}

/**
 * Loads the file through the Capture tab; ms from the click on Run capture to the results.
 * The page is watched with a MutationObserver that looks for a new summary line only, and the
 * test waits for the clock's promise instead of polling the page: on two cores, a watcher that
 * reads the whole page's text on every change, or polls it, takes CPU from the run it times.
 */
async function capture(page: Page, tester: PacketTesterPage, path: string, packets: number): Promise<number> {
  await page.evaluate(() => {
    const SHOWN = 'packets read from';
    /** The results' summary line on the page now, if any. */
    const summary = () =>
      [...document.querySelectorAll('p')].find((p) => (p.textContent ?? '').includes(SHOWN));
    // The results of an earlier run are replaced: the new run's summary is a new node.
    const earlier = summary();
    let resolve = () => {};
    let reject = (_: Error) => {};
    const clock: BenchClock = {
      started: 0,
      shown: 0,
      done: new Promise<void>((yes, no) => ((resolve = yes), (reject = no))),
    };
    (window as unknown as { benchClock: BenchClock }).benchClock = clock;
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Run capture');
    button?.addEventListener('click', () => (clock.started = performance.now()), {
      capture: true,
      once: true,
    });
    const watch = new MutationObserver(() => {
      if (clock.started === 0) return;
      const now = summary();
      if (!now || now === earlier) return;
      clock.shown = performance.now();
      watch.disconnect();
      resolve();
    });
    watch.observe(document.body, { childList: true, subtree: true });
    setTimeout(() => reject(new Error('the results did not show within 120 s')), 120_000);
  });
  await tester.runFile(path);
  await page.evaluate(() => (window as unknown as { benchClock: BenchClock }).benchClock.done);
  const summary = `${packets.toLocaleString('en')} packets read from a pcap file`;
  await expect(tester.results).toContainText(summary);
  const clock = await page.evaluate(() => {
    const { started, shown } = (window as unknown as { benchClock: BenchClock }).benchClock;
    return { started, shown };
  });
  return clock.shown - clock.started;
}

/**
 * Waits for the console to be idle before a run. Why: a run's capture worker is replaced by a
 * new one when the run ends, and the new one starts its helpers and compiles the hot code while
 * it waits (`warm-up.ts`); a run clicked during that measured the start-up of the next run's
 * workers, not reading a capture. A user's next run comes seconds later, not milliseconds.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(SETTLE_MS);
}

/** Used JS heap and array buffers, in MB, of the page or of a worker, after a collection. */
async function heapOf(send: (method: string) => Promise<unknown>): Promise<{ js: number; buffers: number }> {
  await send('HeapProfiler.collectGarbage');
  const usage = (await send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  return { js: usage.usedSize / MB, buffers: (usage.backingStorageSize ?? 0) / MB };
}

const heapText = ({ js, buffers }: { js: number; buffers: number }) =>
  `${js.toFixed(0)} + ${buffers.toFixed(0)}`;

/** The heap of every worker of the page, after a collection. */
async function workerHeap(page: Page): Promise<{ js: number; buffers: number }> {
  await callInWorkers(page, 'HeapProfiler.collectGarbage');
  const usages = (await callInWorkers(page, 'Runtime.getHeapUsage')) as ({
    usedSize: number;
    backingStorageSize?: number;
  } | null)[];
  const total = { js: 0, buffers: 0 };
  for (const usage of usages) {
    total.js += (usage?.usedSize ?? 0) / MB;
    total.buffers += (usage?.backingStorageSize ?? 0) / MB;
  }
  return total;
}

/** One line per thread: its busy time and the functions it spent most of it in. */
function profileLines(wall: number, threads: ThreadTime[]): string[] {
  return [
    `    profiled run: ${wall.toFixed(0)} ms from the click to the results (sampling slows it); busy time per thread:`,
    ...threads
      .filter((thread) => thread.busyMs >= 1)
      .map(
        ({ thread, busyMs, top }) =>
          `      ${thread.padEnd(14)} ${busyMs.toFixed(0).padStart(5)} ms: ` +
          top.map(({ name, ms }) => `${name} ${ms.toFixed(0)}`).join(', '),
      ),
  ];
}

test('Captures of 1, 4 and 10 million packets through the Capture tab, against tcpdump', async ({ page }) => {
  test.setTimeout(600_000);
  const folder = mkdtempSync(join(tmpdir(), 'capture-bench-'));
  const lines = [
    `Capture tab against tcpdump -r FILE -w /dev/null ip (load average before: ${(loadavg()[0] ?? NaN).toFixed(1)})`,
    '  packets     | file MB | tcpdump ms | console ms (runs)       | ratio | page heap MB | worker heap MB | read alone ms',
    '  (heap: JS heap + array buffers after a garbage collection; workers: the capture worker and the spare one)',
    '  (read alone: a worker of the page streams the file and does nothing with it, best of 3: the floor under the console)',
  ];
  try {
    const tester = await openWebProdCapture(page);
    const cdp = await page.context().newCDPSession(page);
    for (const { packets, runs } of SIZES) {
      const path = join(folder, `capture-${packets}.pcap`);
      writeCapture(path, packets);
      const size = statSync(path).size / MB;
      const reference = tcpdump(path);
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        await settle(page);
        times.push(await capture(page, tester, path, packets));
      }
      const best = Math.min(...times);
      const pageHeap = await heapOf((method) => cdp.send(method as 'Runtime.getHeapUsage'));
      const workers = await workerHeap(page);
      const readAlone = await fileReadAlone(page, 3);
      await settle(page);
      const stopProfiles = await profileThreads(page);
      const wall = await capture(page, tester, path, packets);
      const threads = await stopProfiles(5);
      rmSync(path);
      lines.push(
        `  ${packets.toLocaleString('en').padEnd(11)} | ${size.toFixed(0).padStart(7)} | ${reference.toFixed(0).padStart(10)} | ` +
          `${`${best.toFixed(0)} (${times.map((t) => t.toFixed(0)).join(', ')})`.padEnd(23)} | ${(best / reference).toFixed(1).padStart(5)} | ` +
          `${heapText(pageHeap).padStart(12)} | ${heapText(workers).padStart(14)} | ${readAlone.toFixed(0).padStart(13)}`,
        ...profileLines(wall, threads),
      );
      console.log(lines.slice(-1 - threads.length - 1).join('\n'));
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  lines.push(`  load average after: ${(loadavg()[0] ?? NaN).toFixed(1)}`);
  console.log(lines.join('\n'));
  test.info().annotations.push({ type: 'figures', description: lines.join('\n') });
});
