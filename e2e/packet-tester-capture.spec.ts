import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';
import { buildEthernet, buildIpv4 } from '../src/domain/net/packet-builder';
import { buildPcapFile, buildPcapngFile } from '../src/domain/net/pcap-builder';
import { TWO_WORKERS_FROM } from '../src/domain/net/pcap-split';
import type { PacketTesterPage } from './pages/packet-tester-page';
import { expectNoSeriousA11yViolations } from './support/axe';
import {
  bigCaptureBlockStart,
  openWebProdCapture,
  WEB_PROD_01,
  writeBigCapture,
} from './support/capture-files';

/** Machines shared by several suites need the time. */
const expect = baseExpect.configure({ timeout: 20_000 });

/** web-prod-01-eth0, network interface-C of Figure 1. */
const ME = WEB_PROD_01.ipv4;
const tcp = (src: string, dst: string, srcPort: number, dstPort: number) =>
  buildEthernet(buildIpv4({ src, dst, protocol: 6, srcPort, dstPort, payload: 24 }));
const udp = (src: string, dst: string, srcPort: number, dstPort: number) =>
  buildEthernet(buildIpv4({ src, dst, protocol: 17, srcPort, dstPort, payload: 36 }));

/** Six packets seen on web-prod-01-eth0, one of each kind of verdict. */
const FRAMES = [
  tcp('172.16.0.5', ME, 10000, 80), // Table 2 inbound rule: copied by the Figure 1 session
  tcp('198.51.100.7', ME, 40000, 443), // HTTPS: copied by web-prod-01-to-ids
  udp(ME, '10.0.0.53', 40000, 53), // DNS out: rejected by web-prod-01-to-ids
  buildEthernet(new Uint8Array(28), { etherType: 0x0806 }), // ARP: not IP
  tcp('10.0.0.4', '10.0.0.5', 40000, 22), // between other hosts
  udp('203.0.113.9', ME, 5000, 6000), // no rule matches
];
const pcap = (frames: Uint8Array[]) => Buffer.from(buildPcapFile(frames.map((data) => ({ data }))));

let tester: PacketTesterPage;

test.beforeEach(async ({ page }) => {
  tester = await openWebProdCapture(page);
});

test('a capture file: progress, counts per verdict, session and rule, and the packet table', async () => {
  await tester.runFile({ name: 'web-prod-01.pcap', buffer: pcap(FRAMES) });
  await expect(tester.progress).toHaveAttribute('aria-valuenow', '100');
  await expect(tester.results).toContainText('6 packets read from a pcap file');
  await expect(tester.results).toContainText('2 copied, 2 not copied, 2 skipped');

  const verdicts = tester.counts('Packets by verdict');
  await expect(verdicts.getByRole('row', { name: /^Copied/ })).toContainText('2 (33.3 %)');
  await expect(verdicts.getByRole('row', { name: /^Rejected/ })).toContainText('1 (16.7 %)');
  await expect(verdicts.getByRole('row', { name: /^Skipped: not IP/ })).toContainText('1');
  const sessions = tester.counts('Copies by session');
  await expect(sessions.getByRole('row')).toHaveText([
    /figure-1-web-pay-to-elb\s*1 \(50\.0 %\)/,
    /web-prod-01-to-ids\s*1 \(50\.0 %\)/,
  ]);
  await expect(tester.counts('Packets by deciding rule').getByRole('row')).toHaveCount(3);

  await expect(tester.packetRows()).toHaveCount(6);
  await tester.results.getByLabel('Show').selectOption({ label: 'Rejected (1)' });
  await expect(tester.packetRows()).toHaveCount(1);
  await expect(tester.packetRows().first()).toContainText('UDP 10.0.0.3:40000 → 10.0.0.53:53');
  await expect(tester.packetRows().first()).toContainText('web-prod-01-to-ids');
  await tester.packetRows().first().getByRole('link', { name: 'Test packet 3 alone' }).click();
  await expect(tester.verdict().getByText('Not copied: rejected')).toBeVisible();
  await expect(tester.field('Destination port')).toHaveValue('53');
});

test('the copies the configuration would send download as a pcap of VXLAN frames; the results pass axe', async ({
  page,
}) => {
  await tester.runFile({ name: 'web-prod-01.pcap', buffer: pcap(FRAMES) });
  await expect(tester.results).toContainText('2 copied');
  const download = page.waitForEvent('download');
  await tester.results.getByRole('button', { name: 'Download copies (pcap, 2 VXLAN frames)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('mirror-copies-web-prod-01-eth0.pcap');
  const bytes = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks));
  // pcap header (24) + 2 x (record header 16 + VXLAN frame 14 + 20 + 8 + 8 + 78 copied bytes)
  expect(bytes.length).toBe(24 + 2 * (16 + 128));
  expect(bytes.readUInt16BE(24 + 16 + 14 + 20 + 2)).toBe(4789);
  // VNIs (VXLAN header at 14 + 20 + 8 into each frame): the Figure 1 session's 1, then web-prod-01-to-ids' 100
  expect(bytes.readUIntBE(24 + 16 + 46, 3)).toBe(1);
  expect(bytes.readUIntBE(24 + 2 * 16 + 128 + 46, 3)).toBe(100);

  await expectNoSeriousA11yViolations(page);
});

test('a damaged capture says what is wrong and at which packet; a file that is no capture says so', async () => {
  const good = pcap(FRAMES.slice(0, 3));
  const damaged = Buffer.concat([good, Buffer.alloc(16), Buffer.alloc(40)]);
  damaged.writeUInt32LE(0x00ffffff, good.length + 8); // packet 4 claims 16 MiB captured
  await tester.runFile({ name: 'damaged.pcap', buffer: damaged });
  const problem = tester.results.getByRole('alert');
  await expect(problem).toContainText(`Reading stopped at packet 4 (byte ${good.length})`);
  await expect(problem).toContainText(/claims 16777215 captured bytes, more than the snapshot length \d+/);
  await expect(problem).toContainText('The results below cover the 3 packets before it.');
  await expect(tester.packetRows()).toHaveCount(3);

  await tester.runFile({ name: 'notes.txt', buffer: Buffer.from('just some notes, not a capture\n') });
  await expect(tester.results.getByRole('alert')).toContainText('The file cannot be read as a capture');
  await expect(tester.results.getByRole('alert')).toContainText('neither pcap nor pcapng');

  // A pcapng block that claims 4 GB is refused at once, not waited for.
  const blocks = buildPcapngFile([
    { type: 'interface', linkType: 1 },
    ...FRAMES.map((data) => ({ type: 'enhanced' as const, data })),
  ]);
  const huge = Buffer.from(blocks);
  let third = 0; // past the section header, the interface and two packets
  for (let block = 0; block < 4; block++) third += huge.readUInt32LE(third + 4);
  await tester.runFile({ name: 'huge-block.pcapng', buffer: huge });
  await expect(tester.results).toContainText('6 packets read from a pcapng file');
  huge.writeUInt32LE(0xfffffffc, third + 4);
  await tester.runFile({ name: 'huge-block.pcapng', buffer: huge });
  await expect(tester.results.getByRole('alert')).toContainText(
    `The block at byte ${third} (packet 3 or before) claims 4294967292 bytes, more than any block may have`,
  );

  await tester.runFile({ name: 'cut.pcap', buffer: good.subarray(0, good.length - 10) });
  await expect(tester.results.getByRole('alert')).toContainText('Reading stopped at packet 3');
  await expect(tester.results.getByRole('alert')).toContainText('cut short');
});

test('a long capture shows its progress and can be cancelled, keeping what was read', async ({
  page,
}, info) => {
  test.slow(); // writes and reads a 960 MB capture
  const path = info.outputPath('long.pcap');
  // 10 million packets: reading them takes seconds even on a fast machine, so Cancel comes first
  // (4 million were once read in 0.9 s, before the click).
  const packets = writeBigCapture(path, 100);
  try {
    await tester.runFile(path);
    await expect(tester.progress).toHaveAttribute(
      'aria-valuetext',
      /^\d+ %: Reading .* · [1-9][\d,]* packets$/,
    );
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(tester.results.getByRole('status').filter({ hasText: 'Cancelled' })).toBeVisible({
      timeout: 30_000,
    });
    const summary = await tester.results.getByText(/packets read from a pcap file/).textContent();
    const read = Number(/^([\d,]+) packets/.exec(summary ?? '')?.[1]?.replace(/,/g, ''));
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(packets);
  } finally {
    rmSync(path, { force: true });
  }
});

test('a big capture damaged in its second half names the damaged packet, counted from the start', async ({
  page,
}, info) => {
  test.slow(); // writes and reads a 143 MB capture, big enough to be read by two workers
  const path = info.outputPath('damaged-big.pcap');
  const blocks = 16;
  writeBigCapture(path, blocks);
  const size = statSync(path).size;
  expect(size).toBeGreaterThanOrEqual(TWO_WORKERS_FROM);
  const damaged = bigCaptureBlockStart(size, blocks, 11); // packet 1,100,001, past the middle
  const fd = openSync(path, 'r+');
  try {
    const claim = Buffer.alloc(4);
    claim.writeUInt32LE(0x00ffffff); // claims 16 MiB captured
    writeSync(fd, claim, 0, 4, damaged + 8);
  } finally {
    closeSync(fd);
  }
  try {
    await tester.runFile(path);
    const problem = tester.results.getByRole('alert');
    await expect(problem).toContainText(
      `Reading stopped at packet 1,100,001 (byte ${damaged.toLocaleString('en')})`,
      { timeout: 60_000 },
    );
    await expect(problem).toContainText('The results below cover the 1,100,000 packets before it.');
    await expectNoSeriousA11yViolations(page);
  } finally {
    rmSync(path, { force: true });
  }
});

test('the table of a big capture reads its rows as it scrolls, to the last packet, for every verdict', async ({
  page,
}, info) => {
  test.slow();
  const path = info.outputPath('big.pcap');
  const packets = writeBigCapture(path, 6);
  try {
    await tester.runFile(path);
    await expect(tester.results).toContainText('600,000 packets read from a pcap file', { timeout: 60_000 });
    await expect(tester.packetRows().first()).toContainText(/^1(in|out|—)/);
    const table = tester.results.getByRole('region', { name: 'Packets, scrollable' });
    await table.focus();
    await page.keyboard.press('End');
    const lastRow = tester.packetRows().filter({ hasText: new RegExp(`^${packets}`) });
    await expect(lastRow).toBeVisible();
    await expect(lastRow).not.toContainText('Reading packet');

    const show = tester.results.getByLabel('Show');
    const rejected = await show.getByRole('option', { name: /^Rejected \(/ }).textContent();
    await show.selectOption({ label: rejected ?? 'Rejected' });
    await expect(tester.packetRows().first()).toContainText('Rejected');
    await expect(tester.packetRows().first()).not.toContainText('Reading packet');
    await expectNoSeriousA11yViolations(page);
  } finally {
    rmSync(path, { force: true });
  }
});

test('pasted CSV packets are tested like a capture; a bad line is named', async () => {
  await tester.runCsv(
    [
      'direction,ethertype,protocol,source_ip,destination_ip,source_port,destination_port,length',
      `ingress,IPv4,TCP,172.16.0.5,${ME},10000,80,64`,
      `,,UDP,${ME},10.0.0.53,40000,53,`,
    ].join('\n'),
  );
  await expect(tester.results).toContainText('2 packets read from the CSV lines');
  await expect(tester.results).toContainText('1 copied, 1 not copied, 0 skipped');
  await expect(tester.packetRows()).toHaveCount(2);

  await tester.runCsv(
    `ingress,IPv4,TCP,172.16.0.5,${ME},10000,80,64\negress,IPv4,TCP,${ME},10.0.0.256,80,1,64`,
  );
  const problem = tester.page.getByRole('alert').filter({ hasText: '1 line cannot be read' });
  await expect(problem).toContainText(
    'Line 2: destination_ip: Each number of an IPv4 address must be 0-255: 256 is too large.',
  );
});
