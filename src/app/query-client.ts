import { QueryClient } from '@tanstack/react-query';
import { loadRetryDelay, shouldRetryLoad } from './retry-policy';

/**
 * Server state cache. Loads are tried again, with backoff, only when a second try can succeed
 * (network errors, 429, 5xx: see `retry-policy`); writes are never repeated by themselves, since
 * a write whose answer was lost may have been done. A failed load never throws to an error
 * boundary (`throwOnError: false`): pages show it with Retry, and a failed refresh keeps the
 * data already loaded (see `combineLoadState`).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      throwOnError: false,
      retry: shouldRetryLoad,
      retryDelay: loadRetryDelay,
    },
    mutations: { retry: 0 },
  },
});
