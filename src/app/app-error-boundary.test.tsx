// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppErrorBoundary } from './app-error-boundary';

function Broken(): never {
  throw new Error('Cannot read the session list.');
}

afterEach(cleanup);

describe('AppErrorBoundary', () => {
  it('shows the error message and a way back instead of a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <AppErrorBoundary>
        <Broken />
      </AppErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining('Cannot read the session list.'),
    );
    expect(screen.getByRole('heading', { name: 'The console stopped working' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Reload the console' }).getAttribute('href')).toBe('/');
  });

  it('renders its children when nothing fails', () => {
    render(
      <AppErrorBoundary>
        <p>Mirror sessions</p>
      </AppErrorBoundary>,
    );
    expect(screen.getByText('Mirror sessions')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
