import { expect as baseExpect, test, type Locator } from '@playwright/test';
import { CN_NORTH_4 } from '../src/mock-api/seed/seed-ids';
import { CreateSessionPage } from './pages/create-session-page';
import { FilterDetailPage } from './pages/filters-detail-page';
import { PacketTesterPage } from './pages/packet-tester-page';
import { SessionDetailPage } from './pages/sessions-detail-page';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openConsole, resetMockCloud } from './support/console';

/** Machines shared by several suites need the time. */
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

/** The labels of a rule form's fields, in order, without the required mark. */
async function fieldLabels(form: Locator): Promise<string[]> {
  const fields = form.locator('input, select');
  const names: string[] = [];
  for (const field of await fields.all()) {
    const label = await field.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
    names.push(label.replace(/\*$/, '').trim());
  }
  return names;
}

/** Whether a select shows its longest option whole (text width against the room inside the box). */
async function showsLongestOption(select: Locator): Promise<boolean> {
  return select.evaluate((el) => {
    const box = el as HTMLSelectElement;
    const style = getComputedStyle(box);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const widest = Math.max(...[...box.options].map((o) => context.measureText(o.text).width));
    const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return widest <= room;
  });
}

const RULE_LABELS = [
  'Priority',
  'Action',
  'Protocol',
  'Type',
  'Source CIDR',
  'Source port range',
  'Destination CIDR',
  'Destination port range',
  'Description',
];

/** A rule form is the one rule form: its labels in order, its defaults, its choices whole, its sentence. */
async function expectTheRuleForm(form: Locator): Promise<void> {
  expect(await fieldLabels(form)).toEqual(RULE_LABELS);
  await expect(form.getByRole('combobox', { name: 'Protocol' })).toHaveValue('ALL');
  await expect(form.getByRole('combobox', { name: 'Type' })).toHaveValue('IPv4');
  await expect(form.getByRole('combobox', { name: 'Action' })).toHaveValue('accept');
  expect(await showsLongestOption(form.getByRole('combobox', { name: 'Action' }))).toBe(true);
  await expect(form).toContainText('Filtering description: Mirror IPv4 packets from any source');
}

test('the wizard, the filter page and the what-if editor write a rule with the same form and the same defaults', async ({
  page,
}) => {
  const wizard = new CreateSessionPage(page);
  await wizard.openOnDemoData();
  await wizard.fillSession({ name: 'same-rule-form' });
  await wizard.next();
  await page.getByRole('radio', { name: 'Create a new filter' }).check();
  await wizard.button('Add inbound rule').click();
  await expectTheRuleForm(wizard.rule('Inbound rule 1'));
  await expectNoSeriousA11yViolations(page);

  const filter = new FilterDetailPage(page);
  await filter.goto(CN_NORTH_4.filters.web, 'web-traffic-filter');
  await filter.panel('Inbound').getByRole('button', { name: 'Add inbound rule' }).click();
  const onPage = filter.form('Inbound');
  await expectTheRuleForm(onPage);
  const pageLabels = await fieldLabels(onPage);
  const pagePriority = await onPage.getByRole('spinbutton', { name: 'Priority' }).inputValue();
  await expectNoSeriousA11yViolations(page);

  const tester = new PacketTesterPage(page);
  await tester.open();
  await tester.whatIf.getByLabel('Filter to copy').selectOption({ label: 'web-traffic-filter' });
  await tester.whatIf.getByRole('button', { name: 'Edit a copy' }).click();
  await tester.whatIf.getByRole('button', { name: 'Add inbound rule' }).click();
  const whatIf = tester.whatIf.getByRole('form', { name: 'Add inbound rule to the copy' });
  await expectTheRuleForm(whatIf);
  expect(await fieldLabels(whatIf), 'the what-if editor shows the filter page’s labels in its order').toEqual(
    pageLabels,
  );
  await expect(whatIf.getByRole('spinbutton', { name: 'Priority' }), 'the next free priority').toHaveValue(
    pagePriority,
  );
  await expectNoSeriousA11yViolations(page);
});

test('W2: the missing network ACL rule is shown exactly, with where it goes, then inserted, and the warning goes', async ({
  page,
}) => {
  await openConsole(page);
  await resetMockCloud(page);
  const session = new SessionDetailPage(page);
  await session.goto(CN_NORTH_4.sessions.paused, 'pay-api-audit-paused');
  const w2 = session.warning('W2 Target network ACL blocks copies');
  await expect(w2).toContainText('Add an inbound allow rule for UDP from 10.0.1.12/32 to port 4789');
  await w2.getByRole('button', { name: 'Add the network ACL rule…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a network ACL rule' });
  const rule = dialog.getByRole('table', { name: 'Rule to add' });
  await expect(rule.getByRole('row', { name: 'Direction Inbound' })).toBeVisible();
  await expect(rule.getByRole('row', { name: 'Action Allow' })).toBeVisible();
  await expect(rule.getByRole('row', { name: 'Protocol & port UDP: 4789' })).toBeVisible();
  await expect(rule.getByRole('row', { name: 'Source IP address: 10.0.1.12/32' })).toBeVisible();
  await expect(rule.getByRole('row', { name: 'Position After the last inbound rule' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await expect(dialog).toBeHidden();
  await expect(session.toast(/^Rule added to network ACL /)).toBeVisible();
  await expect(session.warning('W2 Target network ACL blocks copies')).toHaveCount(0);
});

test('W2 in the wizard: the same confirmation, and the draft loses its warning', async ({ page }) => {
  const wizard = new CreateSessionPage(page);
  await wizard.openOnDemoData();
  await wizard.fillSession({ name: 'acl-fixed' });
  await wizard.next();
  await wizard.filterChoice('web-traffic-filter').check();
  await wizard.next();
  await wizard.expectStep('Select sources');
  await wizard.chooseSources(['web-prod-02-eth0']);
  await wizard.next();
  await wizard.chooseTarget('Network interface', 'ids-collector-02-eth0');
  const warnings = page.getByRole('region', { name: /warnings?:/ });
  const w2 = warnings.getByRole('listitem').filter({ hasText: 'W2 Target network ACL blocks copies' });
  await w2.getByRole('button', { name: 'Add the network ACL rule…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a network ACL rule' });
  await expect(dialog.getByRole('row', { name: 'Source IP address: 10.0.0.4/32' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await expect(dialog).toBeHidden();
  await expect(warnings).toContainText('W1 Target security group blocks copies');
  await expect(warnings).not.toContainText('W2');
});
