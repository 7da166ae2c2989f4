// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeInventory } from '@/domain/model/test-fixtures';
import type { DeliveryRuleFix } from '@/domain/model/warning-fixes';
import { I18nProvider, type Locale } from '@/i18n';
import { RuleFixDialog } from './rule-fix-dialog';

beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});
afterEach(cleanup);

const inventory = makeInventory();
const fix: DeliveryRuleFix = {
  kind: 'add-security-group-rule',
  rule: {
    security_group_id: inventory.security_groups[0]!.id,
    direction: 'ingress',
    ethertype: 'IPv4',
    protocol: 'udp',
    multiport: '4789',
    remote_ip_prefix: '10.0.0.5/32',
    action: 'allow',
    priority: 1,
  },
};

function show(locale: Locale) {
  render(
    <I18nProvider initial={locale}>
      <RuleFixDialog
        fix={fix}
        sourceName="web-1"
        inventory={inventory}
        onConfirm={() => Promise.resolve()}
        onClose={() => undefined}
      />
    </I18nProvider>,
  );
}

describe('the dialog that adds a delivery rule', () => {
  it.each([
    ['en', 'Add a security group rule', 'Rule to add', ['Security group', 'Inbound', 'Allow', 'UDP: 4789']],
    [
      'zh-CN',
      '添加安全组规则',
      '要添加的规则',
      ['安全组', '入方向', '允许', 'UDP：4789', 'IP 地址：10.0.0.5/32'],
    ],
  ] as const)('reads the rule out in %s', (locale, title, table, cells) => {
    show(locale);
    expect(screen.getByRole('heading', { name: title })).toBeTruthy();
    const rule = screen.getByRole('table', { name: table });
    for (const cell of cells) expect(rule.textContent).toContain(cell);
    const intro = screen.getByText(locale === 'en' ? /^This rule lets/ : /^此规则允许/);
    expect(intro.textContent).toContain('web-1');
  });
});
