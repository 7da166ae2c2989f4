import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { ToastProvider } from '@/components/ui/toast';
import { I18nProvider, type Locale } from '@/i18n';
import { AppErrorBoundary } from './app-error-boundary';
import { queryClient } from './query-client';
import { router } from './router';

/** The whole console: language, error boundary, server-state cache and router. */
export function App({ locale }: { locale: Locale }) {
  return (
    <I18nProvider initial={locale}>
      <AppErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <ToastProvider>
            <RouterProvider router={router} />
          </ToastProvider>
        </QueryClientProvider>
      </AppErrorBoundary>
    </I18nProvider>
  );
}
