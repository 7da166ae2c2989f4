import {
  createRootRoute,
  createRoute,
  createRouter,
  redirect,
  retainSearchParams,
  type RouteComponent,
} from '@tanstack/react-router';
import { z } from 'zod';
import { setRequestRegion } from '@/api/client';
import { projectsQueryOptions } from '@/api/projects';
import { prefetchRegionData, type RegionDataNeeds } from '@/api/region-data';
import { wizardNeeds } from '@/features/create-session/data-needs';
import { filterPageNeeds, filtersListNeeds } from '@/features/filters/data-needs';
import { inventoryNeeds } from '@/features/inventory/data-needs';
import { overviewNeeds } from '@/features/overview/data-needs';
import { packetTesterNeeds } from '@/features/packet-tester/data-needs';
import { sessionPageNeeds, sessionsListNeeds } from '@/features/sessions/data-needs';
import { queryClient } from './query-client';
import { AppShell } from './shell/app-shell';
import { chooseProject } from './shell/region-choice';
import { ErrorPage } from './error-page';
import { NotFoundPage } from './not-found-page';
import { lazyPage } from './lazy-page';
import { navigation } from './navigation';
import { OverviewPage } from '@/features/overview/overview-page';
import { createSessionSearchSchema } from '@/features/create-session/wizard-steps';
import { packetTesterSearchSchema } from '@/features/packet-tester/packet-search';

const rootSearchSchema = z.object({
  /** The region id (the project's name); kept across navigation so links stay in one region. */
  region: z.string().min(1).optional().catch(undefined),
});

const rootRoute = createRootRoute({
  validateSearch: rootSearchSchema,
  search: { middlewares: [retainSearchParams(['region'])] },
  component: AppShell,
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorPage,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: ({ search }) => {
    throw redirect({ to: navigation[0]?.to ?? '/', search });
  },
});

/**
 * A route's loader: starts loading the data its page reads (the same `needs` the page passes
 * to `useRegionData`), on navigation and on hover or focus of a link to it, so the data and
 * the page's code arrive side by side. It does not wait: the page shows loading and errors.
 */
function loadRegion(needs: RegionDataNeeds) {
  return async ({ deps }: { deps: { region?: string } }) => {
    const projects = await queryClient.ensureQueryData(projectsQueryOptions()).catch(() => undefined);
    const project = projects && chooseProject(projects, deps.region);
    if (!project) return;
    // The shell sets the same region when it renders; the loader runs first, and calls whose
    // path names no project (peerings, say) must already carry it (cloud mode routes by it).
    setRequestRegion(project.name);
    prefetchRegionData(queryClient, project.id, needs);
  };
}

/** The loaders' dependency: the region in the URL. */
const regionDeps = ({ search }: { search: { region?: string } }) => ({ region: search.region });

const page = (path: string, component: RouteComponent, needs?: RegionDataNeeds) =>
  createRoute({
    getParentRoute: () => rootRoute,
    path,
    component,
    ...(needs ? { loaderDeps: regionDeps, loader: loadRegion(needs) } : {}),
  });

/*
 * Every page but the landing one is its own chunk, so the first paint loads only the shell and
 * the overview. Paths are literal, so links to them are type-checked.
 */
const sessionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sessions',
  loaderDeps: regionDeps,
  loader: loadRegion(sessionsListNeeds),
  component: lazyPage('sessions', () => import('@/features/sessions/list/sessions-page'), 'SessionsPage'),
});
const sessionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sessions/$sessionId',
  loaderDeps: regionDeps,
  loader: ({ deps, params }) => loadRegion(sessionPageNeeds(params.sessionId))({ deps }),
  component: lazyPage('sessions', () => import('@/features/sessions/session/session-page'), 'SessionPage'),
});
const filtersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/filters',
  loaderDeps: regionDeps,
  loader: loadRegion(filtersListNeeds),
  component: lazyPage('filters', () => import('@/features/filters/filters-page'), 'FiltersPage'),
});
const filterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/filters/$filterId',
  loaderDeps: regionDeps,
  loader: ({ deps, params }) => loadRegion(filterPageNeeds(params.filterId))({ deps }),
  component: lazyPage('filters', () => import('@/features/filters/filter-page'), 'FilterPage'),
});

/* The create-session wizard (its own chunk): the step lives in the URL (`?step=`), validated. */
const createSessionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sessions/create',
  validateSearch: createSessionSearchSchema,
  loaderDeps: regionDeps,
  loader: loadRegion(wizardNeeds),
  component: lazyPage(
    'wizard',
    () => import('@/features/create-session/create-session-page'),
    'CreateSessionPage',
  ),
});

/* The packet tester (its own chunk, with its capture worker): the packet lives in the URL, validated. */
const packetTesterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/packet-tester',
  validateSearch: packetTesterSearchSchema,
  loaderDeps: regionDeps,
  loader: loadRegion(packetTesterNeeds),
  component: lazyPage(
    'tester',
    () => import('@/features/packet-tester/packet-tester-page'),
    'PacketTesterPage',
  ),
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  sessionsRoute,
  createSessionRoute,
  sessionRoute,
  filtersRoute,
  filterRoute,
  packetTesterRoute,
  page('/overview', OverviewPage, overviewNeeds),
  page(
    '/network-interfaces',
    lazyPage(
      'inventory',
      () => import('@/features/inventory/network-interfaces-page'),
      'NetworkInterfacesPage',
    ),
    inventoryNeeds,
  ),
  page(
    '/load-balancers',
    lazyPage('inventory', () => import('@/features/inventory/load-balancers-page'), 'LoadBalancersPage'),
    inventoryNeeds,
  ),
  page(
    '/settings',
    lazyPage('settings', () => import('@/features/settings/settings-page'), 'SettingsPage'),
  ),
]);

/** The console's router: code-based routes under the app's base path. */
export const router = createRouter({
  routeTree,
  basepath: import.meta.env.BASE_URL,
  defaultPreload: 'intent',
  defaultNotFoundComponent: NotFoundPage,
  defaultErrorComponent: ErrorPage,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
