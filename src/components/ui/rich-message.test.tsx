// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '@/i18n';
import { RichMessage } from './rich-message';

afterEach(cleanup);

describe('a message with elements in it', () => {
  it.each([
    ['en', 'To change them, stop npm run cloud and start it again with other environment variables:'],
    ['zh-CN', '如需更改，请停止 npm run cloud，然后使用其他环境变量重新启动：'],
  ] as const)('puts each element where the %s sentence needs it', (locale: Locale, text) => {
    const { container } = render(
      <I18nProvider initial={locale}>
        <p>
          <RichMessage id="settings.connection.howTo" nodes={{ command: <code>{'npm run cloud'}</code> }} />
        </p>
      </I18nProvider>,
    );
    expect(container.textContent).toBe(text);
    expect(container.querySelector('code')?.textContent).toBe('npm run cloud');
  });
});
