import type { ApiError } from '@/api/client';
import { ErrorDetails } from '@/components/ui/error-details';
import { useT } from '@/i18n';

/**
 * The console's server refused the page for want of its access link (401 CONSOLE.0401): not a
 * failure to retry but a step to take, so it takes the whole page and says what to open.
 */
export function AccessLinkNeeded({ error }: { error: ApiError }) {
  const { t } = useT();
  return (
    <div role="alert" className="mx-auto mt-12 max-w-xl rounded border border-amber-300 bg-white p-6">
      <h1 className="text-xl font-semibold text-slate-900">{t('accessLink.title')}</h1>
      <div className="mt-2 text-slate-700">
        <ErrorDetails error={error} />
      </div>
    </div>
  );
}
