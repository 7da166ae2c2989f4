import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/api/client';

/**
 * Server state cache: retries only what can succeed on a second try (not 4xx answers). A
 * failed load never throws to an error boundary (`throwOnError: false`): pages show it with
 * Retry, and a failed refresh keeps the data already loaded (see `combineLoadState`).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      throwOnError: false,
      retry: (failureCount, error) =>
        failureCount < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});
