/**
 * Lists: `limit` (0-2000, default 2000; 0 means the default), `marker` (the id of the last
 * item of the previous page) and query filters on any field (a repeated key means "any of";
 * dotted keys reach nested fields, `flavor.id=c7t.large.2`; an array field matches when it
 * contains the value). Keys that are not fields of the resource are ignored.
 */
import { invalidFields } from './api-error';

export const MAX_LIMIT = 2000;

/** `page_info` of a list answer; `next_marker` is absent on the last page. */
export interface PageInfo {
  previous_marker?: string;
  current_count: number;
  next_marker?: string;
}

/** The paging and filter parameters of a list request. */
export interface ListQuery {
  limit: number;
  marker: string | undefined;
  /** Field path -> accepted values (any of). */
  filters: Map<string, string[]>;
}

/** Parameters that are not filters. */
const RESERVED = new Set(['limit', 'marker', 'page_reverse', 'fields', 'offset']);

/** Reads `limit`, `marker` and the filters; a bad `limit` is TM.0002. */
export function parseListQuery(params: URLSearchParams, ignore: readonly string[] = []): ListQuery {
  const limits = params.getAll('limit');
  let limit = MAX_LIMIT;
  if (limits.length > 0) {
    const text = limits[limits.length - 1] ?? '';
    const value = /^[0-9]{1,5}$/.test(text) ? Number(text) : Number.NaN;
    if (!(value >= 0 && value <= MAX_LIMIT)) {
      throw invalidFields([{ field: 'limit', message: `Use a whole number from 0 to ${MAX_LIMIT}.` }]);
    }
    limit = value === 0 ? MAX_LIMIT : value;
  }
  const markers = params.getAll('marker');
  const marker = markers.length > 0 ? markers[markers.length - 1] || undefined : undefined;
  const filters = new Map<string, string[]>();
  for (const [key, value] of params) {
    if (RESERVED.has(key) || ignore.includes(key)) continue;
    filters.set(key, [...(filters.get(key) ?? []), value]);
  }
  return { limit, marker, filters };
}

const MISSING = Symbol('missing');

function fieldAt(row: unknown, path: string): unknown {
  let value: unknown = row;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return MISSING;
    if (!Object.prototype.hasOwnProperty.call(value, part)) return MISSING;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * Fields whose values are names from a fixed list (`UDP`, `IPv4`, `ingress`...). Bodies take them
 * in any letter case, so filters on them compare without case too: `protocol=udp` finds a rule
 * stored as `UDP`.
 */
const CASE_BLIND_FIELDS = new Set([
  'protocol',
  'ethertype',
  'direction',
  'action',
  'traffic_mirror_target_type',
  'type',
]);

function scalarMatches(value: unknown, wanted: string, caseBlind = false): boolean {
  if (typeof value === 'string')
    return caseBlind ? value.toLowerCase() === wanted.toLowerCase() : value === wanted;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value) === wanted;
  if (value === null) return wanted === 'null' || wanted === '';
  return false;
}

/**
 * Whether `row` passes every filter. A key that is not a field of the row is ignored.
 *
 * @example rowMatches({ name: 'a', tags: ['x'] }, new Map([['tags', ['x', 'y']]])) // true
 */
export function rowMatches(row: object, filters: Map<string, string[]>): boolean {
  for (const [key, values] of filters) {
    const value = fieldAt(row, key);
    if (value === MISSING) continue;
    const caseBlind = CASE_BLIND_FIELDS.has(key.split('.').at(-1) ?? key);
    const hit = Array.isArray(value)
      ? value.some((item) => values.some((wanted) => scalarMatches(item, wanted, caseBlind)))
      : values.some((wanted) => scalarMatches(value, wanted, caseBlind));
    if (!hit) return false;
  }
  return true;
}

/** A page of items with its `page_info`. */
export interface Page<T> {
  items: T[];
  page_info: PageInfo;
}

/**
 * Builds a page from up to `limit + 1` rows that follow the marker (the extra row only tells
 * that there is a next page).
 */
export function toPage<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  const page_info: PageInfo = { current_count: items.length };
  const first = items[0];
  const last = items[items.length - 1];
  if (first) page_info.previous_marker = first.id;
  if (rows.length > limit && last) page_info.next_marker = last.id;
  return { items, page_info };
}

/**
 * Pages rows already in memory: sorted by `created_at` (when present) then `id`, filtered,
 * cut after the marker. An unknown marker is TM.0002.
 */
export function pageInMemory<T extends { id: string; created_at?: string }>(
  rows: T[],
  query: ListQuery,
  extra: (row: T) => boolean = () => true,
): Page<T> {
  const sorted = rows.filter((row) => extra(row) && rowMatches(row, query.filters)).sort(compareRows);
  let start = 0;
  if (query.marker !== undefined) {
    const index = sorted.findIndex((row) => row.id === query.marker);
    if (index < 0) throw unknownMarker();
    start = index + 1;
  }
  return toPage(sorted.slice(start, start + query.limit + 1), query.limit);
}

/** Order of lists: `created_at`, then `id`. */
export function compareRows(a: { id: string; created_at?: string }, b: { id: string; created_at?: string }) {
  const ca = a.created_at ?? '';
  const cb = b.created_at ?? '';
  if (ca !== cb) return ca < cb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** TM.0002 for a marker that names no item of the list. */
export function unknownMarker() {
  return invalidFields([
    { field: 'marker', message: 'No item of this list has this id. Start again without a marker.' },
  ]);
}
