import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { ToastProvider } from '@/components/ui/toast';
import { AppErrorBoundary } from './app-error-boundary';
import { queryClient } from './query-client';
import { router } from './router';

/** The whole console: error boundary, server-state cache and router. */
export function App() {
  return (
    <AppErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </QueryClientProvider>
    </AppErrorBoundary>
  );
}
