import { expect, type Locator, type Page } from '@playwright/test';

type Direction = 'Inbound' | 'Outbound';

/** One mirror filter's page: its rule tables, the rule form, settings and sessions. */
export class FilterDetailPage {
  readonly settings: Locator;
  readonly sessions: Locator;

  constructor(readonly page: Page) {
    this.settings = page.getByRole('form', { name: 'Filter settings' });
    this.sessions = page.getByRole('region', { name: /^Sessions using this filter/ });
  }

  async goto(id: string, name: string): Promise<void> {
    await this.page.goto(`filters/${id}`);
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  /** The panel of one direction's rules (its heading carries the "n / 10" counter). */
  panel(direction: Direction): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${direction} rules`) });
  }

  rules(direction: Direction): Locator {
    return this.panel(direction).getByRole('table', { name: `${direction} rules` });
  }

  /** The body rows of a direction's table. */
  ruleRows(direction: Direction): Locator {
    return this.rules(direction)
      .getByRole('row')
      .filter({ hasNot: this.page.getByRole('columnheader') });
  }

  /** The rule form of a direction (add or edit). */
  form(direction: Direction): Locator {
    return this.panel(direction).getByRole('form');
  }

  field(direction: Direction, label: string): Locator {
    return this.form(direction).getByLabel(new RegExp(`^${label}\\*?$`));
  }

  toast(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
