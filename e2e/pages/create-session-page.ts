import { expect as baseExpect, type Locator, type Page } from '@playwright/test';
import { openConsole, resetMockCloud } from '../support/console';

/** Steps render after the region's data loads; shared machines can be slow. */
const expect = baseExpect.configure({ timeout: 20_000 });

/** What step 1 is filled with; left-out fields keep their defaults. */
export interface SessionSettings {
  name: string;
  description?: string;
  priority?: number;
  vni?: number;
  packetLength?: number;
  enabled?: boolean;
}

/** The create-session wizard, reached and driven by roles and labels only. */
export class CreateSessionPage {
  constructor(readonly page: Page) {}

  /** Opens the wizard as an operator arriving from elsewhere (no step in the address). */
  async open(): Promise<void> {
    await openConsole(this.page, 'sessions/create');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Create mirror session' })).toBeVisible();
  }

  /** Opens the wizard on fresh demo data, on its first step. */
  async openOnDemoData(): Promise<void> {
    await this.open();
    await resetMockCloud(this.page);
    await this.page.reload();
    await this.expectStep('Configure session');
  }

  /** The heading of the step shown (it takes focus on every step change). */
  stepHeading(title: string): Locator {
    return this.page.getByRole('heading', { level: 2, name: title, exact: true });
  }

  async expectStep(title: string): Promise<void> {
    await expect(this.stepHeading(title)).toBeVisible();
    await expect(this.stepHeading(title)).toBeFocused();
  }

  field(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  number(name: string): Locator {
    return this.page.getByRole('spinbutton', { name, exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async next(): Promise<void> {
    await this.button('Next').click();
  }

  async fillSession(settings: SessionSettings): Promise<void> {
    await this.field('Name').fill(settings.name);
    if (settings.description !== undefined) await this.field('Description').fill(settings.description);
    if (settings.priority !== undefined) await this.number('Priority').fill(String(settings.priority));
    if (settings.vni !== undefined) await this.number('VNI').fill(String(settings.vni));
    if (settings.packetLength !== undefined)
      await this.number('Packet length (bytes)').fill(String(settings.packetLength));
    if (settings.enabled !== undefined)
      await this.page.getByRole('checkbox', { name: 'Enabled' }).setChecked(settings.enabled);
  }

  filterChoice(name: string): Locator {
    return this.page.getByRole('table', { name: 'Mirror filters' }).getByRole('radio', { name, exact: true });
  }

  /** A network interface's checkbox on the sources step (described by its eligibility). */
  source(name: string): Locator {
    return this.page
      .getByRole('table', { name: 'Network interfaces' })
      .getByRole('checkbox', { name, exact: true });
  }

  /** A candidate's radio on the target step (described by its eligibility). */
  target(name: string): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  async chooseSources(names: readonly string[]): Promise<void> {
    for (const name of names) await this.source(name).check();
  }

  async chooseTarget(type: 'Network interface' | 'Load balancer', name: string): Promise<void> {
    await this.page.getByRole('radio', { name: type, exact: true }).check();
    await this.target(name).check();
  }

  /** The row of a choosable table (the one holding its radio or checkbox), to read what it says. */
  row(table: string, name: string): Locator {
    return this.page
      .getByRole('table', { name: table })
      .getByRole('row')
      .filter({ has: this.page.getByLabel(name, { exact: true }) });
  }

  /** A rule of the filter created in place, e.g. `Inbound rule 1`. */
  rule(title: string): Locator {
    return this.page.getByRole('group', { name: title });
  }

  /** Drives steps 1-4 with an existing filter and ends on the review step. */
  async completeToReview(options: {
    settings: SessionSettings;
    filter: string;
    sources: string[];
    targetType: 'Network interface' | 'Load balancer';
    target: string;
  }): Promise<void> {
    await this.fillSession(options.settings);
    await this.next();
    await this.expectStep('Select filter');
    await this.filterChoice(options.filter).check();
    await this.next();
    await this.expectStep('Select sources');
    await this.chooseSources(options.sources);
    await this.next();
    await this.expectStep('Select target');
    await this.chooseTarget(options.targetType, options.target);
    await this.next();
    await this.expectStep('Review and create');
  }

  /** A summarised value on the review step, by its section and label. */
  reviewValue(section: string, label: string): Locator {
    return this.page
      .getByRole('region', { name: section, exact: true })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) })
      .getByRole('cell');
  }

  /** Presses Tab until `target` has focus (keyboard-only journeys); fails after 80 presses. */
  async tabTo(target: Locator): Promise<void> {
    for (let i = 0; i < 80; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error('Tab never reached the element.');
  }
}
