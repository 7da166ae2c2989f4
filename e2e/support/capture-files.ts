import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { generateCapture } from '../../src/domain/capture/synthetic-capture';
import { TWO_WORKERS_FROM } from '../../src/domain/net/pcap-split';
import { PacketTesterPage } from '../pages/packet-tester-page';
import { openConsole, resetMockCloud } from './console';

/** web-prod-01-eth0, network interface-C of Figure 1: the interface the capture specs read captures of. */
export const WEB_PROD_01 = { ipv4: '10.0.0.3', ipv6: '2407:c080:802:be7::3' };

/**
 * Writes a capture of web-prod-01-eth0 made of `blocks` times the same 100,000 packets
 * (about 9.6 MB each), quickly; returns its packets.
 */
export function writeBigCapture(path: string, blocks: number): number {
  const block = generateCapture({ packets: 100_000, ...WEB_PROD_01, small: true });
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, block);
    for (let n = 1; n < blocks; n++) writeSync(fd, block.subarray(24));
  } finally {
    closeSync(fd);
  }
  return blocks * 100_000;
}

/**
 * The byte offset of packet `100,000 * block + 1` (the first of block `block`) in a capture
 * of `size` bytes written by {@link writeBigCapture} with `blocks` blocks.
 */
export function bigCaptureBlockStart(size: number, blocks: number, block: number): number {
  return 24 + block * ((size - 24) / blocks);
}

/** The Packet Tester's Capture tab on fresh demo data, with web-prod-01-eth0 chosen. */
export async function openWebProdCapture(page: Page): Promise<PacketTesterPage> {
  await openConsole(page);
  await resetMockCloud(page);
  const tester = new PacketTesterPage(page);
  await tester.open();
  await tester.openCapture();
  await tester.chooseCaptureInterface('web-prod-01-eth0');
  return tester;
}

/**
 * Writes a capture big enough to be read by two workers (16 blocks, 143 MB) to `path`, runs it
 * through the Capture tab and waits for its results; the file is removed after. Returns its packets.
 */
export async function runTwoWorkerCapture(tester: PacketTesterPage, path: string): Promise<number> {
  const packets = writeBigCapture(path, 16);
  try {
    expect(statSync(path).size).toBeGreaterThanOrEqual(TWO_WORKERS_FROM);
    await tester.runFile(path);
    await expect(tester.results).toContainText(
      `${packets.toLocaleString('en')} packets read from a pcap file`,
      {
        timeout: 60_000,
      },
    );
    return packets;
  } finally {
    rmSync(path, { force: true });
  }
}
