/**
 * The paging styles of the real services, so that a client written against the mock pages the
 * real cloud correctly (docs/api.md, "Paging styles"):
 *
 * | style | services | request | answer |
 * |---|---|---|---|
 * | `page-info` | VPC v3, ELB v3, ER | `limit`, `marker` | `page_info.next_marker` on every page but the last |
 * | `v1-marker` | VPC v1 (`vpcs`, `subnets`, `ports`) | `limit`, `marker` | the items only: a short page is the last |
 * | `neutron-links` | VPC peerings (`/v2.0`) | `limit`, `marker` | `peerings_links: [{rel: "next", href}]` while more remain |
 * | `ecs-offset` | ECS `cloudservers/detail` | `offset` (page number from 1), `limit` (1-1000, default 25) | `count` (all matches) and the page |
 */
import { invalidFields } from './api-error';
import type { Page } from './paging';

export type ListStyle = 'page-info' | 'v1-marker' | 'neutron-links' | 'ecs-offset';

/** The largest ECS page, and the size of a page when `limit` is absent (the ECS API's). */
export const ECS_MAX_LIMIT = 1000;
export const ECS_DEFAULT_LIMIT = 25;

/**
 * The body of a list answer in `style`, from a page cut by `limit` + `marker`.
 * `url` is the request's URL (for the `next` link of the neutron style).
 *
 * @example listBody('v1-marker', 'vpcs', page, url) // { vpcs: [...] }, no page_info
 */
export function listBody<T>(
  style: Exclude<ListStyle, 'ecs-offset'>,
  key: string,
  page: Page<T>,
  url: URL,
): object {
  if (style === 'page-info') return { [key]: page.items, page_info: page.page_info };
  if (style === 'v1-marker') return { [key]: page.items };
  const links = [];
  if (page.page_info.next_marker) {
    const next = new URL(url);
    next.searchParams.set('marker', page.page_info.next_marker);
    links.push({ rel: 'next', href: next.href });
  }
  return { [key]: page.items, [`${key}_links`]: links };
}

function wholeNumber(
  params: URLSearchParams,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  const text = params.getAll(name).at(-1);
  if (text === undefined || text === '') return fallback;
  const value = /^[0-9]{1,7}$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max)) {
    throw invalidFields([{ field: name, message: `Use a whole number from ${min} to ${max}.` }]);
  }
  return value;
}

/**
 * The ECS style: `offset` is a page number (1 is the first page), `limit` the page size.
 *
 * @example ecsPage(rows, new URLSearchParams('offset=2&limit=10')) // rows 10-19, count rows.length
 */
export function ecsPage<T>(rows: readonly T[], params: URLSearchParams): { count: number; items: T[] } {
  const limit = wholeNumber(params, 'limit', 1, ECS_MAX_LIMIT, ECS_DEFAULT_LIMIT);
  const offset = wholeNumber(params, 'offset', 1, 10_000_000, 1);
  const start = (offset - 1) * limit;
  return { count: rows.length, items: rows.slice(start, start + limit) };
}
