/**
 * Path matching. The API is found in a URL's path either at its start (`/v3/projects`) or
 * after an `/api` segment anywhere (`/console/api/v3/projects`): the console calls
 * `${import.meta.env.BASE_URL}api/...`, and tests may call `/v3/...` directly.
 */
import { methodNotAllowed, unknownPath } from './api-error';
import type { RouteResult } from './responses';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

const API_PATH = /^(?:.*?\/api)?(\/(?:v1|v2\.0|v3|mock-admin)(?:\/.*)?)$/;

/**
 * The API path of a URL path, or null when the path is not the API's.
 *
 * @example apiPathOf('/console/api/v3/projects') // '/v3/projects'
 */
export function apiPathOf(pathname: string): string | null {
  const match = API_PATH.exec(pathname);
  const path = match?.[1];
  if (!path) return null;
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/** What a handler receives. */
export interface RouteContext {
  request: Request;
  params: Record<string, string>;
  query: URLSearchParams;
}

/** One route: `pattern` segments starting with `:` capture a parameter. */
export interface Route {
  method: Method;
  pattern: string;
  handler: (context: RouteContext) => Promise<RouteResult>;
  /** Resource kind named in the change notice after a successful write. */
  resource?: string;
}

function matchPattern(pattern: string, segments: string[]): Record<string, string> | null {
  const parts = pattern.split('/').filter(Boolean);
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    const segment = segments[i] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return null;
  }
  return params;
}

function decodeSegments(path: string): string[] | null {
  try {
    return path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
}

/**
 * The route for `method` and `path` with its parameters; a path no route knows is 404, a
 * known path with another method 405.
 */
export function findRoute(routes: readonly Route[], method: string, path: string) {
  const segments = decodeSegments(path);
  if (!segments) throw unknownPath(method, path);
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchPattern(route.pattern, segments);
    if (!params) continue;
    if (route.method === method) return { route, params };
    allowed.push(route.method);
  }
  if (allowed.length === 0) throw unknownPath(method, path);
  throw methodNotAllowed(method, path, [...new Set(allowed)]);
}
