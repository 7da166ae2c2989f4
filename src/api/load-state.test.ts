import { describe, expect, it, vi } from 'vitest';
import { combineLoadState, type LoadSource } from './load-state';

const failure = new Error('The service is temporarily unavailable.');
const source = (over: Partial<LoadSource> = {}): LoadSource => ({
  data: undefined,
  error: null,
  dataUpdatedAt: 0,
  isFetching: false,
  refetch: vi.fn(),
  ...over,
});
const loaded = (at: number, over: Partial<LoadSource> = {}) =>
  source({ data: [], dataUpdatedAt: at, ...over });

describe('combineLoadState', () => {
  it.each([
    ['nothing loaded yet', [source(), loaded(1)], 'pending', null, null],
    ['everything loaded', [loaded(1), loaded(2)], 'success', null, null],
    ['a first load failed', [source({ error: failure }), loaded(1)], 'error', failure, null],
    [
      'a first load failed while another loads',
      [source({ error: failure }), source()],
      'error',
      failure,
      null,
    ],
    ['a refresh failed: the data stays', [loaded(5, { error: failure }), loaded(9)], 'success', null, 5],
    [
      'the oldest failed refresh dates the data',
      [loaded(7, { error: failure }), loaded(3, { error: failure })],
      'success',
      null,
      3,
    ],
    [
      'a secondary source never loaded',
      [loaded(4), source({ error: failure, secondary: true })],
      'success',
      null,
      4,
    ],
    ['a secondary source still loading', [loaded(4), source({ secondary: true })], 'success', null, null],
  ] as const)('%s', (_name, sources, status, error, staleSince) => {
    const state = combineLoadState(sources);
    expect(state.status).toBe(status);
    expect(state.error).toBe(error);
    expect(state.stale?.since ?? null).toBe(staleSince);
    if (staleSince !== null) expect(state.stale?.error).toBe(failure);
  });

  it('retries exactly the sources in error', () => {
    const sources = [loaded(1), source({ error: failure }), loaded(2, { error: failure }), source()];
    combineLoadState(sources).retryFailed();
    expect(sources.map((s) => vi.mocked(s.refetch).mock.calls.length)).toEqual([0, 1, 1, 0]);
  });

  it('is retrying while a source in error is fetching again', () => {
    expect(combineLoadState([loaded(1, { error: failure, isFetching: true })]).retrying).toBe(true);
    expect(combineLoadState([loaded(1, { isFetching: true })]).retrying).toBe(false);
  });
});
