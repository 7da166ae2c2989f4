import { expect, type Locator, type Page } from '@playwright/test';

/** The Mirror Sessions list, by role and label. */
export class SessionsListPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly status: Locator;
  readonly targetType: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Mirror Sessions' });
    this.table = page.getByRole('table', { name: 'Mirror sessions' });
    this.search = page.getByRole('searchbox', { name: 'Search sessions' });
    this.status = page.getByRole('combobox', { name: 'Status' });
    this.targetType = page.getByRole('combobox', { name: 'Target type' });
    this.count = page.getByRole('status').filter({ hasText: /\d sessions?/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('sessions');
    await expect(this.heading).toBeVisible();
    await expect(this.table).toBeVisible();
  }

  /** The row of a session, found by its name link. */
  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** The session names in the order shown. */
  async names(): Promise<string[]> {
    return this.table.getByRole('row').getByRole('link').allTextContents();
  }

  /** Sorts by a column, by its header's button (a two-line header has one per line). */
  async sortBy(column: string): Promise<void> {
    await this.table.getByRole('columnheader').getByRole('button', { name: column, exact: true }).click();
  }

  async select(name: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
  }

  bulk(action: 'Enable selected' | 'Disable selected' | 'Delete selected'): Locator {
    return this.page
      .getByRole('group', { name: 'Actions on selected sessions' })
      .getByRole('button', { name: action });
  }

  toast(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
