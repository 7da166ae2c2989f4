/**
 * Reading whole lists from services that page differently (docs/api.md, "Paging styles"). The
 * VPC v3, ELB and ER lists use `page_info.next_marker` (`listAll` in client.ts); these are the
 * others, each followed to its last page so that no item is silently dropped.
 */
import { apiRequest, type Query } from './client';

/** The largest page the VPC v1 lists and peerings take. */
const MARKER_PAGE = 2000;
/** The largest page of ECS `cloudservers/detail`. */
const ECS_PAGE = 1000;

type Body = Record<string, unknown>;

function itemsOf<T>(body: Body, key: string): T[] {
  const items = body[key];
  return Array.isArray(items) ? (items as T[]) : [];
}

/**
 * VPC v1 lists (`vpcs`, `subnets`, `ports`): no `page_info`; the next page starts after the last
 * item's id, and a page shorter than `limit` is the last.
 *
 * @example await listByLastId<Port>(`/v1/${projectId}/ports`, 'ports') // every port, 2,000 a request
 */
export async function listByLastId<T extends { id: string }>(
  path: string,
  key: string,
  signal?: AbortSignal,
  query: Query = {},
  limit = MARKER_PAGE,
): Promise<T[]> {
  const all: T[] = [];
  let marker: string | undefined;
  for (;;) {
    const page = itemsOf<T>(
      await apiRequest<Body>(path, { query: { ...query, limit, marker }, signal }),
      key,
    );
    all.push(...page);
    const last = page.at(-1);
    if (page.length < limit || !last || last.id === marker) return all;
    marker = last.id;
  }
}

/** The marker of a neutron `next` link (`{rel: "next", href: ".../peerings?marker=..."}`), if any. */
export function nextLinkMarker(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const next = links.find((link): link is { rel: string; href: string } => link?.rel === 'next');
  if (!next || typeof next.href !== 'string') return undefined;
  try {
    return new URL(next.href, 'http://link.invalid').searchParams.get('marker') ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Neutron-style lists (VPC peerings, `/v2.0/vpc/peerings`): `<key>_links` holds a `next` link
 * while more pages remain; its `marker` is followed.
 *
 * @example await listByNextLink<VpcPeering>('/v2.0/vpc/peerings', 'peerings')
 */
export async function listByNextLink<T>(
  path: string,
  key: string,
  signal?: AbortSignal,
  limit = MARKER_PAGE,
): Promise<T[]> {
  const all: T[] = [];
  let marker: string | undefined;
  const seen = new Set<string>();
  do {
    const body = await apiRequest<Body>(path, { query: { limit, marker }, signal });
    all.push(...itemsOf<T>(body, key));
    marker = nextLinkMarker(body[`${key}_links`]);
    if (marker !== undefined && seen.has(marker)) break;
    if (marker !== undefined) seen.add(marker);
  } while (marker !== undefined);
  return all;
}

/**
 * ECS `cloudservers/detail`: `offset` is a page number from 1, `limit` at most 1,000, and the
 * answer's `count` says how many match in all.
 *
 * @example await listByPageNumber<Server>(`/v1/${projectId}/cloudservers/detail`, 'servers')
 */
export async function listByPageNumber<T>(
  path: string,
  key: string,
  signal?: AbortSignal,
  limit = ECS_PAGE,
): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 1; ; offset += 1) {
    const body = await apiRequest<Body>(path, { query: { offset, limit }, signal });
    const page = itemsOf<T>(body, key);
    all.push(...page);
    const count = typeof body.count === 'number' ? body.count : undefined;
    if (page.length === 0 || page.length < limit || (count !== undefined && all.length >= count)) return all;
  }
}
