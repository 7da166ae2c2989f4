import { expect, type Locator, type Page } from '@playwright/test';
import { openConsole } from '../support/console';

/** A packet as typed into the tester's form (empty fields are left as they are). */
export interface TesterPacket {
  networkInterface: string;
  direction?: 'From the addresses' | 'Inbound (received)' | 'Outbound (sent)';
  protocol?: 'TCP' | 'UDP' | 'ICMP' | 'ICMPv6';
  sourceIp: string;
  destinationIp: string;
  sourcePort?: string;
  destinationPort?: string;
  length?: string;
}

/** The Packet Tester page, by role and label. */
export class PacketTesterPage {
  constructor(readonly page: Page) {}

  /** Opens the tester from the side navigation (no page load). */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Packet Tester' })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Packet Tester' })).toBeVisible();
    await expect(this.form).toBeVisible();
  }

  /** Loads the tester's address, with an optional query string (`?source=...`). */
  async goto(query = ''): Promise<void> {
    await openConsole(this.page, `packet-tester${query}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Packet Tester' })).toBeVisible();
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: 'Packet to test' });
  }

  /** A field of the packet form by its label (a required field's label ends in a hidden `*`). */
  field(label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.form.getByLabel(new RegExp(`^${escaped}\\*?$`));
  }

  async fill(packet: TesterPacket): Promise<void> {
    await this.field('Network interface').fill(packet.networkInterface);
    if (packet.direction) await this.field('Direction').selectOption({ label: packet.direction });
    if (packet.protocol) await this.field('Protocol').selectOption({ label: packet.protocol });
    await this.field('Source IP').fill(packet.sourceIp);
    await this.field('Destination IP').fill(packet.destinationIp);
    if (packet.sourcePort !== undefined) await this.field('Source port').fill(packet.sourcePort);
    if (packet.destinationPort !== undefined)
      await this.field('Destination port').fill(packet.destinationPort);
    if (packet.length !== undefined) await this.field('Length (bytes)').fill(packet.length);
  }

  async test(packet: TesterPacket): Promise<void> {
    await this.fill(packet);
    await this.form.getByRole('button', { name: 'Test packet' }).click();
  }

  /** The verdict panel (one configuration), or one side of the what-if comparison. */
  verdict(name = 'Verdict'): Locator {
    return this.page.getByRole('region', { name });
  }

  /** One session of a verdict's trace. */
  traceSession(verdict: Locator, sessionName: string): Locator {
    return verdict
      .getByRole('list', { name: 'Sessions in evaluation order' })
      .getByRole('listitem', { name: `Session ${sessionName}`, exact: true });
  }

  get whatIf(): Locator {
    return this.page.getByRole('region', { name: /^What if/ });
  }

  async openCapture(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Capture' }).click();
    await expect(this.page.getByRole('form', { name: 'Capture to test' })).toBeVisible();
  }

  get captureForm(): Locator {
    return this.page.getByRole('form', { name: 'Capture to test' });
  }

  get results(): Locator {
    return this.page.getByRole('region', { name: 'Results' });
  }

  get progress(): Locator {
    return this.page.getByRole('progressbar', { name: 'Capture progress' });
  }

  /** The table of counts titled `title` ("Packets by verdict", ...). */
  counts(title: string): Locator {
    return this.results.getByRole('table', { name: title });
  }

  get packets(): Locator {
    return this.results.getByRole('table', { name: 'Packets of the capture' });
  }

  /** The data rows of the packet table (the header row left out). */
  packetRows(): Locator {
    return this.packets.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  async chooseCaptureInterface(label: RegExp | string): Promise<void> {
    const select = this.captureForm.getByLabel('Interface the capture was taken on');
    const options = await select.getByRole('option').allTextContents();
    const match = options.find((o) => (typeof label === 'string' ? o.startsWith(label) : label.test(o)));
    expect(match, `an interface option matching ${String(label)}`).toBeDefined();
    await select.selectOption({ label: match! });
  }

  async runFile(file: { name: string; buffer: Buffer } | string): Promise<void> {
    await this.captureForm
      .getByLabel('Capture file', { exact: true })
      .setInputFiles(typeof file === 'string' ? file : { ...file, mimeType: 'application/vnd.tcpdump.pcap' });
    await this.captureForm.getByRole('button', { name: 'Run capture' }).click();
  }

  async runCsv(text: string): Promise<void> {
    await this.captureForm.getByRole('radio', { name: 'CSV lines' }).check();
    await this.captureForm.getByLabel('Packets as CSV').fill(text);
    await this.captureForm.getByRole('button', { name: 'Run capture' }).click();
  }
}
