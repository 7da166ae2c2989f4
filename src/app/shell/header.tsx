import { Link } from '@tanstack/react-router';
import { consoleMode } from '@/api/console-mode';
import { useT } from '@/i18n';
import { ConnectionBadge } from './connection-badge';
import { LanguageSwitch } from './language-switch';
import { regionOption } from './region-label';
import type { RegionState } from './use-region';

const logoUrl = `${import.meta.env.BASE_URL}favicon.svg`;

/** The top bar: product name, the cloud it is connected to, the region selector and the language. */
export function Header({ region }: { region: RegionState }) {
  const { t } = useT();
  return (
    <header className="flex h-12 items-center justify-between gap-4 border-b border-slate-800 bg-slate-900 px-4 text-white">
      <div className="flex min-w-0 items-center gap-3">
        <Link to="/" className="flex shrink-0 items-center gap-2 font-semibold tracking-tight">
          <img src={logoUrl} alt="" className="size-6" />
          <span>{t('shell.product')}</span>
        </Link>
        <ConnectionBadge mode={consoleMode()} />
      </div>
      <div className="flex shrink-0 items-center gap-2 text-sm">
        <label htmlFor="region-select" className="text-slate-300">
          {t('shell.region')}
        </label>
        <select
          id="region-select"
          className="h-8 rounded border border-slate-600 bg-slate-800 px-2 text-white"
          disabled={region.status !== 'ready'}
          value={region.status === 'ready' ? region.project.name : ''}
          onChange={(event) => region.status === 'ready' && region.select(event.target.value)}
        >
          {region.status === 'ready' ? (
            region.projects.map((p) => (
              <option key={p.id} value={p.name}>
                {regionOption(t, p.name)}
              </option>
            ))
          ) : (
            <option value="">
              {t(region.status === 'error' ? 'shell.regionsFailed' : 'shell.regionsLoading')}
            </option>
          )}
        </select>
        <LanguageSwitch />
      </div>
    </header>
  );
}
