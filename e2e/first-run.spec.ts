import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startReadmeCommand, type StartedCommand } from './support/readme-command';

/**
 * The README's ways to start the console, run exactly as written: the dev server
 * (`npm start`) and the static build (`npm run build`, then `npm run preview`).
 */
test.describe.configure({ mode: 'serial' });

/** Collects the console messages that report a Content-Security-Policy violation. */
function cspViolations(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) found.push(message.text());
  });
  return found;
}

/** The console is styled: an icon-sized logo, a 48 px header and the navigation beside the content. */
async function expectStyledConsole(page: Page): Promise<void> {
  await expect(page.getByRole('combobox', { name: 'Region' })).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const logo = await page.getByRole('banner').locator('img').first().boundingBox();
  expect(logo?.width, 'the logo is icon-sized').toBeLessThanOrEqual(32);
  const header = await page.getByRole('banner').boundingBox();
  expect(header?.height, 'the header is one bar').toBeLessThanOrEqual(64);
  const navigation = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
  const main = await page.getByRole('main').boundingBox();
  expect(
    navigation && main && navigation.x + navigation.width <= main.x + 1,
    'navigation beside the content',
  ).toBe(true);
}

test('`npm start` serves the styled console with the demo data and no policy errors', async ({ page }) => {
  test.setTimeout(180_000);
  const dev: StartedCommand = await startReadmeCommand('npm start');
  try {
    const violations = cspViolations(page);
    await page.goto(dev.url);
    await expectStyledConsole(page);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Mirror Sessions' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mirror Sessions' })).toBeVisible();
    expect(violations).toEqual([]);
  } finally {
    dev.stop();
  }
});

test('`npm run build` then `npm run preview` serves the built console with its policy', async ({ page }) => {
  test.setTimeout(180_000);
  // The build goes to a folder of its own, so that the user's `dist/` is left as it is.
  const outDir = mkdtempSync(join(tmpdir(), 'console-build-'));
  const env = { OUT_DIR: outDir };
  let preview: StartedCommand | undefined;
  try {
    const build = await startReadmeCommand('npm run build && npm run preview', env);
    preview = build;
    const violations = cspViolations(page);
    const response = await page.goto(preview.url);
    expect(response?.status()).toBe(200);
    await expectStyledConsole(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("style-src 'self'");
    expect(violations).toEqual([]);
  } finally {
    preview?.stop();
    rmSync(outDir, { recursive: true, force: true });
  }
});
