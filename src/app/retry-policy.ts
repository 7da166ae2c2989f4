import { ApiError } from '@/api/client';

/** How many times a failed load is tried again before its error is shown (with Retry). */
export const LOAD_RETRIES = 3;
/** The longest wait between two tries, whatever `Retry-After` asks. */
const MAX_DELAY_MS = 30_000;

/**
 * Whether a second try can succeed: the network failed (status 0), the cloud is throttling
 * (429) or failing (5xx). Any other refusal (400, 401, 403, 404...) answers the same again.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

/** React Query's `retry` for loads: `failureCount` is how many tries have failed before this one. */
export function shouldRetryLoad(failureCount: number, error: unknown): boolean {
  return failureCount < LOAD_RETRIES && isRetryable(error);
}

/**
 * React Query's `retryDelay`: 1 s, 2 s, 4 s... (exponential backoff), or what the server's
 * `Retry-After` asked for, at most 30 s.
 */
export function loadRetryDelay(failureCount: number, error: unknown): number {
  const asked = error instanceof ApiError ? error.retryAfterMs : undefined;
  return Math.min(asked ?? 1000 * 2 ** failureCount, MAX_DELAY_MS);
}
