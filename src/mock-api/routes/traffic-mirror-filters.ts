/**
 * Mirror filters, under `/v3/{project_id}/vpc/`: `POST`, `GET traffic-mirror-filters`;
 * `GET`, `PUT`, `DELETE traffic-mirror-filters/{id}`. Wrapper `traffic_mirror_filter`; each
 * filter carries its `ingress_rules` and `egress_rules`.
 */
import type { Route } from '../http/router';
import type { ServiceContext } from '../services/context';
import { createFilter, deleteFilter, listFilters, showFilter, updateFilter } from '../services/filters';
import { requireMirroringProject } from '../services/projects';
import { crudRoutes } from './crud-routes';

/** Routes of mirror filters. */
export function filterRoutes(ctx: ServiceContext): Route[] {
  return crudRoutes(
    '/v3/:project_id/vpc/traffic-mirror-filters',
    'traffic_mirror_filter',
    'traffic_mirror_filters',
    {
      guard: (project) => requireMirroringProject(ctx, project),
      list: (project, query) => listFilters(ctx, project, query),
      create: (project, body) => createFilter(ctx, project, body),
      show: (project, id) => showFilter(ctx, project, id),
      update: (project, id, body) => updateFilter(ctx, project, id, body),
      remove: (project, id) => deleteFilter(ctx, project, id),
    },
  );
}
