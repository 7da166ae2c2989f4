/**
 * The in-browser cloud: one function from a `Request` to a `Response` serving every path of
 * docs/api.md and the mock administration (`/mock-admin/`). MSW calls it in the browser
 * (browser.ts); unit tests call it directly over fake-indexeddb.
 *
 * Base URL: the API paths are recognised at the start of the URL path (`/v3/projects`) or
 * after an `/api` segment (`/console/api/v3/projects`); the console calls
 * `${import.meta.env.BASE_URL}api` + the API path.
 */
import { ApiError } from './http/api-error';
import { errorResponse, newRequestId, toResponse, type RouteResult } from './http/responses';
import { apiPathOf, findRoute, type Route } from './http/router';
import { adminRoutes } from './routes/mock-admin';
import { filterRoutes } from './routes/traffic-mirror-filters';
import { inventoryRoutes } from './routes/inventory';
import { projectRoutes } from './routes/projects';
import { ruleRoutes } from './routes/traffic-mirror-filter-rules';
import { sessionRoutes } from './routes/traffic-mirror-sessions';
import { createServiceContext, type ServiceContext } from './services/context';
import { injectFaults } from './services/faults';
import { postChange, type ChangeDetail } from './store/changes';
import { MockDb } from './store/db';
import { readSettings } from './store/settings';

/** A backend: the whole mock API as one function. */
export type Backend = (request: Request) => Promise<Response>;

export interface BackendOptions {
  /** The store (default: the browser database `DEFAULT_DB_NAME`). */
  db?: MockDb;
  clock?: () => Date;
  newId?: () => string;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Called after each successful write (default: a BroadcastChannel notice). */
  onChange?: (project_id: string, resource: string, detail: ChangeDetail) => void;
}

/**
 * What a successful write changed: its method, the id in its path (or of the item a create
 * answered), and the item the answer carries, found as the body's one wrapped object
 * (`{ "traffic_mirror_session": {...} }`).
 */
function changeDetail(method: string, params: Record<string, string>, result: RouteResult): ChangeDetail {
  const values = result.body ? Object.values(result.body) : [];
  const wrapped = values.length === 1 && isItem(values[0]) ? values[0] : undefined;
  const id = params.id ?? (typeof wrapped?.id === 'string' ? wrapped.id : undefined);
  return { method, ...(id === undefined ? {} : { id }), ...(wrapped ? { item: wrapped } : {}) };
}

function isItem(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'id' in value;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Every route of the API, in matching order. */
export function buildRoutes(ctx: ServiceContext): Route[] {
  return [
    ...projectRoutes(ctx),
    ...sessionRoutes(ctx),
    ...filterRoutes(ctx),
    ...ruleRoutes(ctx),
    ...inventoryRoutes(ctx),
    ...adminRoutes(ctx),
  ];
}

/**
 * Creates the backend over a store. Empty stores are not seeded here: call
 * `ensureSeeded(db)` (index.ts does) or `POST /mock-admin/reset`.
 *
 * @example const backend = createBackend({ db: new MockDb('test') });
 *          await backend(new Request('http://x/v3/projects'));
 */
export function createBackend(options: BackendOptions = {}): Backend {
  const db = options.db ?? new MockDb();
  const ctx = createServiceContext(db, options.clock, options.newId);
  const routes = buildRoutes(ctx);
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? sleepFor;
  const onChange = options.onChange ?? postChange;

  return async (request) => {
    const requestId = newRequestId();
    try {
      const url = new URL(request.url);
      const path = apiPathOf(url.pathname);
      if (path === null) throw new ApiError(404, 'TM.0004', `${url.pathname} is not an API path.`);
      const { route, params } = findRoute(routes, request.method.toUpperCase(), path);
      if (!path.startsWith('/mock-admin')) await injectFaults(await readSettings(db), path, random, sleep);
      const result = await route.handler({ request, params, query: url.searchParams });
      if (route.method !== 'GET' && route.resource)
        onChange(params.project_id ?? '*', route.resource, changeDetail(route.method, params, result));
      return toResponse(result, requestId);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error, requestId);
      const message = error instanceof Error ? error.message : String(error);
      return errorResponse(
        new ApiError(500, 'TM.0500', `Internal error of the mock API: ${message}`),
        requestId,
      );
    }
  };
}
