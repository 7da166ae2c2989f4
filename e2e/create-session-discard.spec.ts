import { expect as baseExpect, test, type Page } from '@playwright/test';
import { CreateSessionPage } from './pages/create-session-page';
import { filtersNamed } from './pages/create-session-mock';
import { failSource, healApi } from './pages/fault-injection';
import { FiltersListPage } from './pages/filters-list-page';
import { expectNoSeriousA11yViolations } from './support/axe';

// Journeys through a five-step wizard on machines shared with other suites.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

let wizard: CreateSessionPage;

test.beforeEach(async ({ page }) => {
  wizard = new CreateSessionPage(page);
  await wizard.openOnDemoData();
});

/** Step 2 creates a filter in place (no rules) and selects it. */
async function createFilterInWizard(page: Page, name: string): Promise<void> {
  await wizard.fillSession({ name: `uses-${name}` });
  await wizard.next();
  await wizard.expectStep('Select filter');
  await page.getByRole('radio', { name: 'Create a new filter' }).check();
  await wizard.field('Filter name').fill(name);
  await wizard.button('Create filter and use it').click();
  await expect(page.getByText(`Filter “${name}” was created with 0 rules and is selected.`)).toBeVisible();
}

function discardDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Discard this session draft?' });
}

test('Cancel without creating anything says nothing was created and offers no choice', async ({ page }) => {
  await wizard.fillSession({ name: 'nothing-made' });
  await wizard.button('Cancel').click();
  const dialog = discardDialog(page);
  await expect(dialog).toContainText('Nothing has been created yet.');
  await expect(dialog.getByRole('radio')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page).toHaveURL(/\/console\/sessions(\?|$)/);
});

test('Discard after creating a filter deletes it by default, even after a reload', async ({ page }) => {
  await createFilterInWizard(page, 'wizard-made');
  await page.reload();
  await wizard.expectStep('Select filter');

  await wizard.button('Cancel').click();
  const dialog = discardDialog(page);
  await expect(dialog).toContainText(
    'The filter “wizard-made” was already created in step 2 and exists now.',
  );
  await expect(dialog.getByRole('radio', { name: 'Delete the filter “wizard-made”' })).toBeChecked();
  await expect(
    dialog.getByRole('radio', { name: 'Delete the filter “wizard-made”' }),
  ).toHaveAccessibleDescription('Nothing this draft created stays.');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Discard draft' }).click();

  await expect(page).toHaveURL(/\/console\/sessions(\?|$)/);
  await expect(
    page.getByText('The session draft was discarded. The filter “wizard-made” was deleted.'),
  ).toBeVisible();
  expect(await filtersNamed(page, 'wizard-made')).toHaveLength(0);
  const filters = new FiltersListPage(page);
  await filters.goto();
  await expect(filters.row('wizard-made')).toHaveCount(0);
});

test('Discard keeping the filter says it stays, and it does', async ({ page }) => {
  await createFilterInWizard(page, 'keep-me');
  await wizard.next();
  await wizard.chooseSources(['web-prod-02-eth0']);
  await wizard.next();
  await wizard.chooseTarget('Network interface', 'ids-collector-01-eth0');
  await wizard.next();
  await wizard.expectStep('Review and create');
  await expect(
    page.getByText(
      'The session is created when you select Create session. The filter “keep-me” was already created in step 2.',
    ),
  ).toBeVisible();

  await wizard.button('Cancel').click();
  const dialog = discardDialog(page);
  const keep = dialog.getByRole('radio', { name: 'Keep the filter “keep-me”' });
  await keep.check();
  await expect(keep).toHaveAccessibleDescription('The filter “keep-me” stays on the Filters page.');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Discard draft' }).click();

  await expect(
    page.getByText('The session draft was discarded. The filter “keep-me” was kept on the Filters page.'),
  ).toBeVisible();
  const filters = new FiltersListPage(page);
  await filters.goto();
  await expect(filters.row('keep-me')).toHaveCount(1);
});

test('a refused delete keeps the dialog and the draft; Retry deletes the filter', async ({ page }) => {
  await createFilterInWizard(page, 'retry-delete');
  await wizard.button('Cancel').click();
  const dialog = discardDialog(page);
  // Every call to one filter fails (fault injection), its delete too.
  await failSource(page, 'filter');
  await dialog.getByRole('button', { name: 'Discard draft' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The filter “retry-delete” was not deleted:');
  await expect(dialog.getByRole('alert')).toContainText(
    'The draft is kept. Retry, or choose to keep the filter.',
  );
  await expectNoSeriousA11yViolations(page);

  await healApi(page);
  expect(await filtersNamed(page, 'retry-delete')).toHaveLength(1);
  await dialog.getByRole('button', { name: 'Retry' }).click();
  await expect(page).toHaveURL(/\/console\/sessions(\?|$)/);
  expect(await filtersNamed(page, 'retry-delete')).toHaveLength(0);
});

test('discarding an offered draft that created a filter asks the same question', async ({ page }) => {
  await createFilterInWizard(page, 'offered-filter');
  await page.goto('filters');
  await page.goto('sessions/create');
  await expect(page.getByRole('heading', { name: 'Resume your unfinished session?' })).toBeFocused();
  await expect(page.getByText(/The filter “offered-filter” was already created\./)).toBeVisible();
  await wizard.button('Discard and start over').click();
  const dialog = discardDialog(page);
  await expect(dialog.getByRole('radio', { name: 'Delete the filter “offered-filter”' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Discard draft' }).click();
  await wizard.expectStep('Configure session');
  await expect(wizard.field('Name')).toHaveValue('');
  expect(await filtersNamed(page, 'offered-filter')).toHaveLength(0);
});
