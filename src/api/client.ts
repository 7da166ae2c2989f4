/**
 * The one place the console calls fetch. Paths and bodies are the cloud API's (docs/api.md); the
 * base is `<app base>api`, answered by the in-page mock in the demo (handed the requests
 * directly, see `sendRequestsThrough`) and by `npm run cloud`'s signing proxy in cloud mode
 * (the page's policy allows no other origin).
 */

import { ApiError, parseApiError } from './api-error';

export { ApiError, type FieldDetail } from './api-error';

export const API_BASE: string = `${import.meta.env.BASE_URL}api`;

let gate: Promise<unknown> = Promise.resolve();

/** What sends a request and resolves to its response: fetch's signature. */
export type Transport = (url: string, init: RequestInit) => Promise<Response>;

let transport: Transport = (url, init) => fetch(url, init);

/**
 * Sends the console's requests through `send` instead of the network: the demo's in-page
 * cloud answers them in the page, without the service worker's round trip (main.tsx). They
 * are the same HTTP requests and answers either way (docs/architecture.md).
 */
export function sendRequestsThrough(send: Transport): void {
  transport = send;
}

/**
 * Requests wait for this promise before they are sent: the in-browser API starts after the
 * shell has painted, and a request made meanwhile must wait for it rather than fail.
 */
export function holdRequestsUntil(ready: Promise<unknown>): void {
  gate = ready.catch(() => undefined);
}

export type Query = Record<string, string | number | boolean | readonly (string | number)[] | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

function buildUrl(path: string, query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

/** The header that tells the console's server which region a request is for (peerings carry no project id). */
export const REGION_HEADER = 'X-Console-Region';

let currentRegion: string | undefined;
const regionOfProject = new Map<string, string>();

/** Remembers each project's region (its name), so a request for a project names that project's region. */
export function rememberProjectRegions(projects: readonly { id: string; name: string }[]): void {
  for (const p of projects) regionOfProject.set(p.id, p.name);
}

/** The region the operator works in; requests without a project id in their path are for it. */
export function setRequestRegion(region: string | undefined): void {
  currentRegion = region;
}

/** The region a request is for: the project's in its path (`/v3/{project_id}/...`), else the current one. */
export function regionOf(path: string): string | undefined {
  const projectId = /^\/v\d+\/([^/]+)\//.exec(path)?.[1];
  return (projectId && regionOfProject.get(projectId)) ?? currentRegion;
}

function headersFor(path: string, hasBody: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  if (hasBody) headers['Content-Type'] = 'application/json';
  const region = regionOf(path);
  if (region) headers[REGION_HEADER] = region;
  return headers;
}

/** Sends one request and returns the parsed JSON body (undefined for 204). Throws ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  await gate;
  let response: Response;
  try {
    response = await transport(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers: headersFor(path, options.body !== undefined),
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', 'The API could not be reached. Check your connection and try again.');
  }
  if (!response.ok)
    throw parseApiError(response.status, response.statusText, response.headers, await response.text());
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export interface PageInfo {
  previous_marker?: string;
  current_count: number;
  next_marker?: string;
}

/** Follows `next_marker` until the last page and returns every item of a list. */
export async function listAll<T>(
  path: string,
  key: string,
  query: Query = {},
  signal?: AbortSignal,
  /** Called after each page with everything loaded so far (a new array each time). */
  onPage?: (soFar: T[]) => void,
): Promise<T[]> {
  const items: T[] = [];
  let marker: string | undefined;
  do {
    const page = await apiRequest<Record<string, unknown> & { page_info?: PageInfo }>(path, {
      query: { ...query, limit: 2000, marker },
      signal,
    });
    items.push(...((page[key] as T[] | undefined) ?? []));
    marker = page.page_info?.next_marker;
    if (marker) onPage?.([...items]);
  } while (marker);
  return items;
}
