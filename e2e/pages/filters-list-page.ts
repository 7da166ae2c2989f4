import { expect, type Locator, type Page } from '@playwright/test';

/** The Mirror Filters list and its create dialog, by role and label. */
export class FiltersListPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly createDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Mirror Filters' });
    this.table = page.getByRole('table', { name: 'Mirror filters' });
    this.createDialog = page.getByRole('dialog', { name: 'Create mirror filter' });
  }

  async goto(): Promise<void> {
    await this.page.goto('filters');
    await expect(this.heading).toBeVisible();
    await expect(this.table).toBeVisible();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
}
