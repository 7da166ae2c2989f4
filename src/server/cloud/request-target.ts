/**
 * Reading a request target safely, before anything is looked up by it: an absolute URL, a
 * dot segment (`..`, `%2e%2e`), an empty segment (`//`) or an encoded separator never reaches
 * the file system or the cloud.
 */

/** A request target split into its path segments (decoded) and its raw query (with `?`). */
export interface RequestTarget {
  segments: string[];
  query: string;
}

const API_PATH = /^(?:\/[A-Za-z0-9._~-]+)+$/;
const DOT_SEGMENT = /^\.\.?$/;

function split(target: string): { path: string; query: string } | undefined {
  if (!target.startsWith('/') || target.startsWith('//')) return undefined;
  const at = target.indexOf('?');
  return at < 0 ? { path: target, query: '' } : { path: target.slice(0, at), query: target.slice(at) };
}

/**
 * The segments of an API path: only unreserved characters (no percent-encoding at all), no empty
 * or dot segment. Undefined for anything else.
 *
 * @example apiTarget('/v3/p1/vpc/firewalls?limit=5') // { segments: ['v3', 'p1', 'vpc', 'firewalls'], query: '?limit=5' }
 * @example apiTarget('/v3/%2e%2e/projects') // undefined
 */
export function apiTarget(target: string): RequestTarget | undefined {
  const parts = split(target);
  if (!parts || !API_PATH.test(parts.path)) return undefined;
  const segments = parts.path.slice(1).split('/');
  return segments.some((s) => DOT_SEGMENT.test(s)) ? undefined : { segments, query: parts.query };
}

/**
 * The decoded segments of a file path (a trailing slash gives an empty last segment): none may be
 * a dot segment or hold a separator or NUL once decoded. Undefined for anything else.
 *
 * @example fileTarget('/assets/index-abc.js') // { segments: ['assets', 'index-abc.js'], query: '' }
 * @example fileTarget('/%2e%2e/package.json') // undefined
 */
export function fileTarget(target: string): RequestTarget | undefined {
  const parts = split(target);
  if (!parts) return undefined;
  const raw = parts.path.slice(1).split('/');
  const segments: string[] = [];
  for (const [index, segment] of raw.entries()) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return undefined;
    }
    const last = index === raw.length - 1;
    if ((decoded === '' && !last) || DOT_SEGMENT.test(decoded) || /[/\\\0]/.test(decoded)) return undefined;
    segments.push(decoded);
  }
  return { segments, query: parts.query };
}
