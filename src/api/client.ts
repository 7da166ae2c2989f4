/**
 * The one place the console calls fetch. Paths and bodies are the cloud API's (API.md); the
 * base is `<app base>api` unless `VITE_API_BASE` points elsewhere (a signing proxy, say).
 */

export interface FieldDetail {
  /** Wrapper-qualified path, e.g. `traffic_mirror_session.priority`. */
  field: string;
  message: string;
}

/** An answer other than 2xx, parsed from the API's error body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: FieldDetail[];
  readonly requestId: string | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    details: FieldDetail[] = [],
    requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.requestId = requestId;
  }

  /** The message for one form field (`priority`), matching `details` by the field's last segment. */
  messageFor(field: string): string | undefined {
    return this.details.find((d) => d.field === field || d.field.endsWith(`.${field}`))?.message;
  }
}

export const API_BASE: string = import.meta.env.VITE_API_BASE ?? `${import.meta.env.BASE_URL}api`;

let gate: Promise<unknown> = Promise.resolve();

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

async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as {
      error_code?: string;
      error_msg?: string;
      details?: FieldDetail[];
      request_id?: string;
    };
    return new ApiError(
      response.status,
      body.error_code ?? `HTTP.${response.status}`,
      body.error_msg ?? response.statusText,
      Array.isArray(body.details) ? body.details : [],
      body.request_id,
    );
  } catch {
    return new ApiError(
      response.status,
      `HTTP.${response.status}`,
      `The server answered ${response.status} ${response.statusText}.`,
    );
  }
}

/** Sends one request and returns the parsed JSON body (undefined for 204). Throws ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  await gate;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers: options.body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', 'The API could not be reached. Check your connection and try again.');
  }
  if (!response.ok) throw await toApiError(response);
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
