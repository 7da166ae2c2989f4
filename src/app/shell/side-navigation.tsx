import { Link } from '@tanstack/react-router';
import { useT } from '@/i18n';
import { navigation } from '../navigation';

/** The left menu: every page of the console; the current one is marked for screen readers too. */
export function SideNavigation() {
  const { t } = useT();
  return (
    <nav
      aria-label={t('shell.mainNavigation')}
      className="w-(--nav-width) shrink-0 border-r border-slate-200 bg-white py-3"
    >
      <p className="px-4 pb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t('shell.service')}
      </p>
      <ul>
        {navigation.map((entry) => (
          <li key={entry.to}>
            <Link
              to={entry.to}
              className="block border-l-2 border-transparent px-4 py-1.5 text-slate-700 hover:bg-slate-50 hover:text-slate-900"
              activeProps={{
                className: 'border-brand-600! bg-brand-50 font-medium text-brand-800!',
                'aria-current': 'page',
              }}
            >
              {t(entry.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
