import { expect, type Locator, type Page } from '@playwright/test';

/** One mirror session's page, by role and label. */
export class SessionDetailPage {
  readonly settings: Locator;
  readonly warnings: Locator;
  readonly filterPanel: Locator;
  readonly targetPanel: Locator;
  readonly sourcesPanel: Locator;
  readonly details: Locator;
  /** The session's picture (its elements are images, its warning marks buttons). */
  readonly topology: Locator;

  constructor(readonly page: Page) {
    this.settings = page.getByRole('form', { name: 'Session settings' });
    this.warnings = page.getByRole('region', { name: /warnings?: this session does not copy everything/ });
    this.filterPanel = page.getByRole('region', { name: 'Mirror filter' });
    this.targetPanel = page.getByRole('region', { name: 'Mirror target' });
    this.sourcesPanel = page.getByRole('region', { name: /^Mirror sources/ });
    this.details = page.getByRole('region', { name: 'Details' });
    this.topology = page.getByRole('group', { name: /^Topology of mirror session / });
  }

  async goto(id: string, name: string): Promise<void> {
    await this.page.goto(`sessions/${id}`);
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(this.settings).toBeVisible();
  }

  /** A settings field by its label (a required one ends with an asterisk). */
  field(label: string): Locator {
    return this.settings.getByLabel(new RegExp(`^${label}\\*?$`));
  }

  toast(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  warning(code: string): Locator {
    return this.warnings.getByRole('listitem').filter({ hasText: code });
  }
}
