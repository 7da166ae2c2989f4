import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/client';
import { isRetryable, loadRetryDelay, LOAD_RETRIES, shouldRetryLoad } from './retry-policy';

const api = (status: number, retryAfterMs?: number) =>
  new ApiError(status, `HTTP.${status}`, 'x', [], undefined, retryAfterMs);

describe('isRetryable', () => {
  it.each([
    [0, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [409, false],
    [413, false],
  ])('status %i: %s', (status, want) => {
    expect(isRetryable(api(status))).toBe(want);
  });

  it('does not repeat errors that are not answers of the API', () => {
    expect(isRetryable(new TypeError('x is undefined'))).toBe(false);
  });
});

describe('shouldRetryLoad', () => {
  it(`tries a retryable load ${LOAD_RETRIES} more times, then stops`, () => {
    const tries = [0, 1, 2, 3, 4].map((failures) => shouldRetryLoad(failures, api(503)));
    expect(tries).toEqual([true, true, true, false, false]);
  });

  it('never repeats a 4xx other than 429', () => {
    expect(shouldRetryLoad(0, api(404))).toBe(false);
  });
});

describe('loadRetryDelay', () => {
  it.each([
    [0, undefined, 1000],
    [1, undefined, 2000],
    [2, undefined, 4000],
    [10, undefined, 30_000],
    [0, 5000, 5000],
    [2, 0, 0],
    [0, 120_000, 30_000],
  ])('after %i failures, Retry-After %s: %i ms', (failures, retryAfter, want) => {
    expect(loadRetryDelay(failures, api(429, retryAfter))).toBe(want);
  });
});
