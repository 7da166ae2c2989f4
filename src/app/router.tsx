import {
  createRootRoute,
  createRoute,
  createRouter,
  redirect,
  retainSearchParams,
  type RouteComponent,
} from '@tanstack/react-router';
import { lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { AppShell } from './shell/app-shell';
import { ErrorPage } from './error-page';
import { NotFoundPage } from './not-found-page';
import { navigation } from './navigation';
import { LoadBalancersPage } from '@/features/inventory/load-balancers-page';
import { NetworkInterfacesPage } from '@/features/inventory/network-interfaces-page';
import { SettingsPage } from '@/features/settings/settings-page';
import { OverviewPage } from '@/features/overview/overview-page';
import { SessionsPage } from '@/features/sessions/sessions-page';
import { SessionPage } from '@/features/sessions/session-page';
import { FiltersPage } from '@/features/filters/filters-page';
import { FilterPage } from '@/features/filters/filter-page';
import { createSessionSearchSchema } from '@/features/create-session/wizard-steps';

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

/* Mirror sessions and filters: literal paths, so links to them are type-checked. */
const sessionsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/sessions', component: SessionsPage });
const sessionRoute = createRoute({ getParentRoute: () => rootRoute, path: '/sessions/$sessionId', component: SessionPage });
const filtersRoute = createRoute({ getParentRoute: () => rootRoute, path: '/filters', component: FiltersPage });
const filterRoute = createRoute({ getParentRoute: () => rootRoute, path: '/filters/$filterId', component: FilterPage });

/* The create-session wizard (its own chunk): the step lives in the URL (`?step=`), validated. */
const createSessionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sessions/create',
  validateSearch: createSessionSearchSchema,
  component: lazyRouteComponent(() => import('@/features/create-session/create-session-page'), 'CreateSessionPage'),
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  sessionsRoute,
  createSessionRoute,
  sessionRoute,
  filtersRoute,
  filterRoute,
  page('/network-interfaces', NetworkInterfacesPage),
  page('/load-balancers', LoadBalancersPage),
  page('/settings', SettingsPage),
  page('/overview', OverviewPage),
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
