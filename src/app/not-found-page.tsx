import { Link } from '@tanstack/react-router';
import { useT } from '@/i18n';

/** Shown for any address the console does not know, with a way back. */
export function NotFoundPage() {
  const { t } = useT();
  return (
    <div className="mx-auto mt-16 max-w-lg text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-1 text-2xl font-semibold">{t('notFound.title')}</h1>
      <p className="mt-2 text-slate-600">{t('notFound.body')}</p>
      <Link
        to="/"
        className="mt-6 inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
      >
        {t('error.home')}
      </Link>
    </div>
  );
}
