// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '@/i18n';
import { MoreList } from './more-list';

afterEach(cleanup);

const items = ['a', 'b', 'c', 'd', 'e'].map((key) => ({ key, content: `rule ${key}` }));

describe('a list that keeps its rest behind "n more"', () => {
  it.each([
    ['en', '3 more rules'],
    ['zh-CN', '还有 3 条规则'],
  ] as const)('counts the hidden entries in a whole sentence (%s)', (locale: Locale, more) => {
    render(
      <I18nProvider initial={locale}>
        <MoreList noun="rules" items={items} />
      </I18nProvider>,
    );
    expect(screen.getByText(more).tagName).toBe('SUMMARY');
  });
});
