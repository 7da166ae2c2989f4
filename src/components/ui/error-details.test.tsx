// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/i18n';
import { ErrorDetails } from './error-details';

afterEach(cleanup);

/** A refusal as the demo answers it: English, with each field message's id and parameters. */
function refusal(details: object[], message: string, code = 'TM.0006') {
  return Object.assign(new Error(message), { code, requestId: 'req-1', details });
}
const english = 'Enter a priority from 1 to 32766.';
const described = {
  field: 'traffic_mirror_session.priority',
  message: english,
  message_id: 'session.priority',
};
const withParams = { ...described, params: { min: 1, max: 32766 } };

describe('ErrorDetails', () => {
  it('shows a refusal the console knows in Chinese, with its code and request id labelled in Chinese', () => {
    render(
      <I18nProvider initial="zh-CN">
        <ErrorDetails error={refusal([withParams], english)} />
      </I18nProvider>,
    );
    expect(screen.getByText('请输入 1 到 32766 之间的优先级。')).toBeTruthy();
    expect(screen.getByText(/错误码/)).toBeTruthy();
    expect(screen.getByText(/请求 ID/)).toBeTruthy();
  });

  it("keeps the API's English for a code the console does not know, without message ids", () => {
    render(
      <I18nProvider initial="zh-CN">
        <ErrorDetails
          error={refusal([{ field: 'x', message: 'No such thing.' }], 'No such thing.', 'VPC.0001')}
        />
      </I18nProvider>,
    );
    expect(screen.getByText('No such thing.')).toBeTruthy();
  });

  it('shows the English as the API said it in English', () => {
    render(<ErrorDetails error={refusal([withParams], english)} />);
    expect(screen.getByText(english)).toBeTruthy();
    expect(screen.getByText(/Error code/)).toBeTruthy();
    expect(screen.getByText(/Request ID/)).toBeTruthy();
  });
});
