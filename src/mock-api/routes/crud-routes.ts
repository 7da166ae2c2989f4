/** The five routes of a plain Traffic Mirroring resource (list, create, show, update, delete). */
import { readWrapped, type JsonObject } from '../http/body';
import { parseListQuery, type ListQuery, type Page } from '../http/paging';
import { created, noContent, ok } from '../http/responses';
import type { Route } from '../http/router';

/** What a resource's service offers, by project id. */
export interface CrudService<T> {
  /** Runs before the body is read (the region check, C7, wins over a malformed body). */
  guard(project_id: string): Promise<unknown>;
  list(project_id: string, query: ListQuery): Promise<Page<T>>;
  create(project_id: string, body: JsonObject): Promise<T>;
  show(project_id: string, id: string): Promise<T>;
  update(project_id: string, id: string, body: JsonObject): Promise<T>;
  remove(project_id: string, id: string): Promise<void>;
}

/**
 * `GET`/`POST base`, `GET`/`PUT`/`DELETE base/{id}`; bodies wrapped in `wrapper`, lists
 * answered under `plural` with `page_info`.
 */
export function crudRoutes<T>(
  base: string,
  wrapper: string,
  plural: string,
  service: CrudService<T>,
): Route[] {
  const project = (params: Record<string, string>) => params.project_id ?? '';
  const id = (params: Record<string, string>) => params.id ?? '';
  return [
    {
      method: 'GET',
      pattern: base,
      handler: async ({ params, query }) => {
        const page = await service.list(project(params), parseListQuery(query));
        return ok({ [plural]: page.items, page_info: page.page_info });
      },
    },
    {
      method: 'POST',
      pattern: base,
      resource: plural,
      handler: async ({ params, request }) => {
        await service.guard(project(params));
        return created({
          [wrapper]: await service.create(project(params), await readWrapped(request, wrapper)),
        });
      },
    },
    {
      method: 'GET',
      pattern: `${base}/:id`,
      handler: async ({ params }) => ok({ [wrapper]: await service.show(project(params), id(params)) }),
    },
    {
      method: 'PUT',
      pattern: `${base}/:id`,
      resource: plural,
      handler: async ({ params, request }) =>
        ok({
          [wrapper]: await service.update(project(params), id(params), await readWrapped(request, wrapper)),
        }),
    },
    {
      method: 'DELETE',
      pattern: `${base}/:id`,
      resource: plural,
      handler: async ({ params }) => {
        await service.remove(project(params), id(params));
        return noContent();
      },
    },
  ];
}
