import type { ErrorComponentProps } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import { useT } from '@/i18n';

/** A page that failed to render: says what happened, offers a retry and a way back. */
export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useT();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="mx-auto mt-16 max-w-lg rounded border border-red-200 bg-white p-6">
      <h1 className="text-xl font-semibold text-red-800">{t('error.pageTitle')}</h1>
      <p className="mt-2 text-slate-700">{t('error.pageBody')}</p>
      <pre className="mt-3 overflow-auto rounded bg-slate-100 p-2 text-xs whitespace-pre-wrap text-slate-700">
        {message}
      </pre>
      <div className="mt-4 flex gap-2">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700"
        >
          {t('error.tryAgain')}
        </button>
        <Link to="/" className="rounded border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-50">
          {t('error.home')}
        </Link>
      </div>
    </div>
  );
}
