/**
 * `GET /v3/projects` and `GET /v3/projects/{id}`, as IAM (Keystone) answers them: every project
 * with `links: {self, previous, next}` instead of `page_info`; `page` (from 1) and `per_page`
 * cut a page when given. Each project names the account's domain (`domain_id`, `parent_id`).
 */
import { ok } from '../http/responses';
import { parseListQuery, rowMatches } from '../http/paging';
import type { Route } from '../http/router';
import type { ServiceContext } from '../services/context';
import { listProjects, requireProject } from '../services/projects';
import { DEMO_DOMAIN_ID } from '../services/real-fields';
import type { Project } from '@/domain/model/types';
import { invalidFields } from '../http/api-error';

function presentProject(project: Project, url: URL) {
  const self = new URL(`${url.pathname.replace(/\/projects(\/.*)?$/, '/projects')}/${project.id}`, url).href;
  return {
    ...project,
    is_domain: false,
    domain_id: DEMO_DOMAIN_ID,
    parent_id: DEMO_DOMAIN_ID,
    links: { self },
  };
}

function pageNumber(query: URLSearchParams, name: string, fallback: number): number {
  const text = query.get(name);
  if (text === null) return fallback;
  if (!/^[1-9][0-9]{0,5}$/.test(text)) {
    throw invalidFields([{ field: name, message: `Use a whole number from 1 to 999999.` }]);
  }
  return Number(text);
}

/** Routes of projects (one per region; `name` is the region id). */
export function projectRoutes(ctx: ServiceContext): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/v3/projects',
      handler: async ({ query, request }) => {
        const url = new URL(request.url);
        const filters = parseListQuery(query, ['page', 'per_page']).filters;
        const all = (await listProjects(ctx)).filter((project) => rowMatches(project, filters));
        const perPage = pageNumber(query, 'per_page', Math.max(1, all.length));
        const page = pageNumber(query, 'page', 1);
        const items = all.slice((page - 1) * perPage, page * perPage);
        const link = (n: number) => {
          const next = new URL(url);
          next.searchParams.set('page', String(n));
          next.searchParams.set('per_page', String(perPage));
          return next.href;
        };
        return ok({
          projects: items.map((project) => presentProject(project, url)),
          links: {
            self: url.href,
            previous: page > 1 ? link(page - 1) : null,
            next: page * perPage < all.length ? link(page + 1) : null,
          },
        });
      },
    },
    {
      method: 'GET',
      pattern: '/v3/projects/:id',
      handler: async ({ params, request }) =>
        ok({ project: presentProject(await requireProject(ctx, params.id ?? ''), new URL(request.url)) }),
    },
  ];
}
