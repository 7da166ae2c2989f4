/**
 * Mirror sessions, under `/v3/{project_id}/vpc/`:
 * `POST`, `GET traffic-mirror-sessions`; `GET`, `PUT`, `DELETE traffic-mirror-sessions/{id}`;
 * `PUT traffic-mirror-sessions/{id}/add-sources` and `.../remove-sources`. Bodies and answers
 * are wrapped in `traffic_mirror_session`; lists answer `traffic_mirror_sessions` + `page_info`.
 */
import { readWrapped } from '../http/body';
import { parseListQuery } from '../http/paging';
import { created, noContent, ok } from '../http/responses';
import type { Route } from '../http/router';
import type { ServiceContext } from '../services/context';
import { requireMirroringProject } from '../services/projects';
import {
  addSources,
  createSession,
  deleteSession,
  listSessions,
  removeSources,
  showSession,
  updateSession,
} from '../services/sessions';

const BASE = '/v3/:project_id/vpc/traffic-mirror-sessions';
const WRAPPER = 'traffic_mirror_session';
const RESOURCE = 'traffic_mirror_sessions';

/** Routes of mirror sessions. */
export function sessionRoutes(ctx: ServiceContext): Route[] {
  const project = (params: Record<string, string>) => params.project_id ?? '';
  const id = (params: Record<string, string>) => params.id ?? '';
  /** The wrapped body, read after the region check (C7 wins over a malformed body). */
  const body = async (params: Record<string, string>, request: Request) => {
    await requireMirroringProject(ctx, project(params));
    return readWrapped(request, WRAPPER);
  };
  return [
    {
      method: 'GET',
      pattern: BASE,
      handler: async ({ params, query }) => {
        const page = await listSessions(ctx, project(params), parseListQuery(query));
        return ok({ traffic_mirror_sessions: page.items, page_info: page.page_info });
      },
    },
    {
      method: 'POST',
      pattern: BASE,
      resource: RESOURCE,
      handler: async ({ params, request }) =>
        created({
          [WRAPPER]: await createSession(ctx, project(params), await body(params, request)),
        }),
    },
    {
      method: 'GET',
      pattern: `${BASE}/:id`,
      handler: async ({ params }) => ok({ [WRAPPER]: await showSession(ctx, project(params), id(params)) }),
    },
    {
      method: 'PUT',
      pattern: `${BASE}/:id`,
      resource: RESOURCE,
      handler: async ({ params, request }) =>
        ok({
          [WRAPPER]: await updateSession(ctx, project(params), id(params), await body(params, request)),
        }),
    },
    {
      method: 'DELETE',
      pattern: `${BASE}/:id`,
      resource: RESOURCE,
      handler: async ({ params }) => {
        await deleteSession(ctx, project(params), id(params));
        return noContent();
      },
    },
    {
      method: 'PUT',
      pattern: `${BASE}/:id/add-sources`,
      resource: RESOURCE,
      handler: async ({ params, request }) =>
        ok({
          [WRAPPER]: await addSources(ctx, project(params), id(params), await body(params, request)),
        }),
    },
    {
      method: 'PUT',
      pattern: `${BASE}/:id/remove-sources`,
      resource: RESOURCE,
      handler: async ({ params, request }) =>
        ok({
          [WRAPPER]: await removeSources(ctx, project(params), id(params), await body(params, request)),
        }),
    },
  ];
}
