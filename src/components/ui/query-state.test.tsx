// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/i18n';
import { QueryState, type LoadView } from './query-state';

afterEach(cleanup);

const failure = new Error('The service is temporarily unavailable. Try again.');
const view = (over: Partial<LoadView>): LoadView => ({
  status: 'success',
  error: null,
  stale: null,
  retrying: false,
  retryFailed: vi.fn(),
  ...over,
});

function show(state: LoadView) {
  render(
    <QueryState what="mirror sessions" state={state}>
      <p>Sessions table</p>
    </QueryState>,
  );
}

describe('QueryState with a combined state', () => {
  it('a failed first load names what failed and why, and offers Retry', () => {
    const state = view({ status: 'error', error: failure });
    show(state);
    expect(screen.getByRole('alert').textContent).toContain('The mirror sessions could not be loaded');
    expect(screen.getByRole('alert').textContent).toContain(failure.message);
    expect(screen.queryByText('Sessions table')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(state.retryFailed).toHaveBeenCalledTimes(1);
  });

  it("a cloud's error shows its code and request id beside the message, with Retry", () => {
    const throttled = Object.assign(new Error('Too many requests. Try again later.'), {
      code: 'APIGW.0308',
      requestId: 'req-429-1',
    });
    show(view({ status: 'error', error: throttled }));
    const alert = screen.getByRole('alert').textContent;
    expect(alert).toContain('Too many requests. Try again later.');
    expect(alert).toContain('Error code APIGW.0308');
    expect(alert).toContain('Request ID req-429-1');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('a failed refresh keeps the content and says quietly from when the data is', () => {
    const since = new Date(2025, 0, 1, 9, 5).getTime();
    const state = view({ stale: { error: failure, since } });
    show(state);
    expect(screen.getByText('Sessions table')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain(
      'Could not refresh the mirror sessions. Showing data from 09:05.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(state.retryFailed).toHaveBeenCalledTimes(1);
  });

  it('says nothing more when everything is fresh, and waits while loading', () => {
    show(view({}));
    expect(screen.queryByRole('status')).toBeNull();
    cleanup();
    show(view({ status: 'pending' }));
    expect(screen.getByRole('status').textContent).toBe('Loading mirror sessions…');
  });
});

describe('QueryState in Simplified Chinese', () => {
  it('says what failed and offers Retry in the chosen language', () => {
    render(
      <I18nProvider initial="zh-CN">
        <QueryState what="区域列表" state={view({ status: 'error', error: failure })}>
          <p>Sessions table</p>
        </QueryState>
      </I18nProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('区域列表加载失败');
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });
});
