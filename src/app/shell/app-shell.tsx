import { Outlet } from '@tanstack/react-router';
import { needsAccessLink } from '@/api/api-error';
import { ProjectContext } from '@/api/project-context';
import { useTrafficMirroringAvailability } from '@/api/projects';
import { QueryState } from '@/components/ui/query-state';
import { useT } from '@/i18n';
import { AccessLinkNeeded } from './access-link-needed';
import { Header } from './header';
import { RegionUnavailable } from './region-unavailable';
import { SideNavigation } from './side-navigation';
import { useRegion } from './use-region';

/**
 * The frame of every page: header with the region selector, side navigation, and the page.
 * The frame paints at once; only the page area waits for the region's project to load.
 */
export function AppShell() {
  const { t } = useT();
  const region = useRegion();
  const availability = useTrafficMirroringAvailability(region.status === 'ready' ? region.projects : []);
  const offered = region.status === 'ready' ? availability.get(region.project.id) : undefined;
  const refused = region.load.error;
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-white px-3 py-2 font-medium focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {t('shell.skipLink')}
      </a>
      <Header region={region} />
      <div className="flex flex-1">
        <SideNavigation />
        <main id="main" className="min-w-0 flex-1 px-6 py-5">
          {needsAccessLink(refused) ? (
            <AccessLinkNeeded error={refused} />
          ) : (
            <QueryState what={t('shell.regionsWhat')} state={region.load}>
              {region.status === 'ready' &&
                (offered === false ? (
                  <RegionUnavailable
                    project={region.project}
                    offeredIn={region.projects.filter((p) => availability.get(p.id) === true)}
                  />
                ) : (
                  <ProjectContext.Provider value={region.project}>
                    <Outlet />
                  </ProjectContext.Provider>
                ))}
            </QueryState>
          )}
        </main>
      </div>
    </div>
  );
}
