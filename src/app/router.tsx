import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
  retainSearchParams,
  type RouteComponent,
} from '@tanstack/react-router';
import { z } from 'zod';
import { AppShell } from './shell/app-shell';
import { ErrorPage } from './error-page';
import { NotFoundPage } from './not-found-page';
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

const page = (path: string, component: RouteComponent) =>
  createRoute({ getParentRoute: () => rootRoute, path, component });

/*
 * Every page but the landing one is its own chunk, so the first paint loads only the shell and
 * the overview. Paths are literal, so links to them are type-checked.
 */
const sessionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sessions',
  component: lazyRouteComponent(() => import('@/features/sessions/sessions-page'), 'SessionsPage'),
});
const sessionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sessions/$sessionId',
  component: lazyRouteComponent(() => import('@/features/sessions/session-page'), 'SessionPage'),
});
const filtersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/filters',
  component: lazyRouteComponent(() => import('@/features/filters/filters-page'), 'FiltersPage'),
});
const filterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/filters/$filterId',
  component: lazyRouteComponent(() => import('@/features/filters/filter-page'), 'FilterPage'),
});

/* The create-session wizard (its own chunk): the step lives in the URL (`?step=`), validated. */
const createSessionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sessions/create',
  validateSearch: createSessionSearchSchema,
  component: lazyRouteComponent(
    () => import('@/features/create-session/create-session-page'),
    'CreateSessionPage',
  ),
});

/* The packet tester (its own chunk, with its capture worker): the packet lives in the URL, validated. */
const packetTesterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/packet-tester',
  validateSearch: packetTesterSearchSchema,
  component: lazyRouteComponent(
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
  page('/overview', OverviewPage),
  page(
    '/network-interfaces',
    lazyRouteComponent(() => import('@/features/inventory/network-interfaces-page'), 'NetworkInterfacesPage'),
  ),
  page(
    '/load-balancers',
    lazyRouteComponent(() => import('@/features/inventory/load-balancers-page'), 'LoadBalancersPage'),
  ),
  page(
    '/settings',
    lazyRouteComponent(() => import('@/features/settings/settings-page'), 'SettingsPage'),
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
