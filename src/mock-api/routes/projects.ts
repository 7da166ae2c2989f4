/** `GET /v3/projects` (`projects` + `page_info`) and `GET /v3/projects/{id}` (`project`). */
import { ok } from '../http/responses';
import { pageInMemory, parseListQuery } from '../http/paging';
import type { Route } from '../http/router';
import type { ServiceContext } from '../services/context';
import { listProjects, requireProject } from '../services/projects';

/** Routes of projects (one per region; `name` is the region id). */
export function projectRoutes(ctx: ServiceContext): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/v3/projects',
      handler: async ({ query }) => {
        const page = pageInMemory(await listProjects(ctx), parseListQuery(query));
        return ok({ projects: page.items, page_info: page.page_info });
      },
    },
    {
      method: 'GET',
      pattern: '/v3/projects/:id',
      handler: async ({ params }) => ok({ project: await requireProject(ctx, params.id ?? '') }),
    },
  ];
}
