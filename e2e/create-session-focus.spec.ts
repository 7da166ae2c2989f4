import { expect as baseExpect, test, type Page } from '@playwright/test';
import { CreateSessionPage } from './pages/create-session-page';
import { filtersNamed } from './pages/create-session-mock';
import { expectNoSeriousA11yViolations } from './support/axe';

// Journeys through a five-step wizard on machines shared with other suites.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

let wizard: CreateSessionPage;

test.beforeEach(async ({ page }) => {
  wizard = new CreateSessionPage(page);
  await wizard.openOnDemoData();
});

/** Records, for each field that takes focus, whether it was already marked invalid then. */
async function recordFocus(page: Page): Promise<() => Promise<{ label: string; invalid: boolean }[]>> {
  await page.evaluate(() => {
    const log: { label: string; invalid: boolean }[] = [];
    (window as unknown as { focusLog: typeof log }).focusLog = log;
    document.addEventListener('focusin', (event) => {
      const target = event.target as HTMLElement;
      const label = target.id ? document.querySelector(`label[for="${target.id}"]`)?.textContent : null;
      log.push({ label: label ?? target.tagName, invalid: target.getAttribute('aria-invalid') === 'true' });
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { focusLog: { label: string; invalid: boolean }[] }).focusLog);
}

test('Next with an empty name just clicked into focuses Name and shows its message', async () => {
  await wizard.field('Name').click();
  await wizard.next();
  await expect(wizard.field('Name')).toBeFocused();
  await expect(wizard.field('Name')).toHaveAccessibleDescription(/Enter a name\./);
  await expect(wizard.stepHeading('Configure session')).toBeVisible();
});

test('Next focuses the first invalid field after its message is shown, on every step', async ({ page }) => {
  const focusLog = await recordFocus(page);
  await wizard.field('Name').click();
  await wizard.field('Description').click();
  await expect(wizard.field('Name')).toHaveAccessibleDescription(/Enter a name\./);
  await wizard.next();
  await expect(wizard.field('Name')).toBeFocused();
  // Name took focus when it was already marked invalid, with its message.
  expect((await focusLog()).at(-1)).toEqual({ label: 'Name*', invalid: true });

  await wizard.field('Name').fill('focus-check');
  await wizard.number('VNI').fill('');
  await wizard.next();
  await expect(wizard.number('VNI')).toBeFocused();
  await expect(wizard.number('VNI')).toHaveAccessibleDescription(/Enter a VNI from 0 to 16777215\./);
  await wizard.number('VNI').fill('5');
  await wizard.next();
  await wizard.expectStep('Select filter');

  const alert = (text: string) => page.getByRole('alert').filter({ hasText: text });
  await wizard.next();
  await expect(alert('Choose a mirror filter.')).toBeFocused();
  await wizard.filterChoice('web-traffic-filter').check();
  await wizard.next();
  await wizard.expectStep('Select sources');
  await wizard.next();
  await expect(alert('Choose at least one mirror source')).toBeFocused();
  await wizard.chooseSources(['web-prod-02-eth0']);
  await wizard.next();
  await wizard.expectStep('Select target');
  await wizard.next();
  await expect(alert('Choose a mirror target.')).toBeFocused();
});

test('Next with a new filter not yet created focuses its first missing field, then creates it', async ({
  page,
}) => {
  await wizard.fillSession({ name: 'unsaved-filter' });
  await wizard.next();
  await wizard.expectStep('Select filter');
  await page.getByRole('radio', { name: 'Create a new filter' }).check();
  await wizard.button('Add inbound rule').click();
  const inbound = wizard.rule('Inbound rule 1');
  await inbound.getByRole('textbox', { name: 'Source CIDR' }).fill('not-a-cidr');

  await wizard.next();
  await expect(wizard.field('Filter name')).toBeFocused();
  await expect(wizard.field('Filter name')).toHaveAccessibleDescription(/Enter a name\./);
  await expect(page.getByText('Choose a mirror filter.')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await wizard.field('Filter name').fill('made-by-next');
  await wizard.next();
  const cidr = inbound.getByRole('textbox', { name: 'Source CIDR' });
  await expect(cidr).toBeFocused();
  await expect(cidr).toHaveAttribute('aria-invalid', 'true');
  expect(await filtersNamed(page, 'made-by-next')).toHaveLength(0);

  await cidr.fill('10.0.0.0/16');
  await wizard.next();
  await wizard.expectStep('Select sources');
  const [filter] = await filtersNamed(page, 'made-by-next');
  expect(filter?.ingress_rules).toHaveLength(1);
  await page.getByRole('button', { name: 'Previous' }).click();
  await wizard.expectStep('Select filter');
  await expect(wizard.filterChoice('made-by-next')).toBeChecked();
});
