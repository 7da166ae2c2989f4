/**
 * Mirror filter rules, under `/v3/{project_id}/vpc/`: `POST`, `GET traffic-mirror-filter-rules`;
 * `GET`, `PUT`, `DELETE traffic-mirror-filter-rules/{id}`. Wrapper `traffic_mirror_filter_rule`;
 * a rule names its filter in the body.
 */
import type { Route } from '../http/router';
import type { ServiceContext } from '../services/context';
import { createRule, deleteRule, listRules, showRule, updateRule } from '../services/rules';
import { requireMirroringProject } from '../services/projects';
import { crudRoutes } from './crud-routes';

/** Routes of mirror filter rules. */
export function ruleRoutes(ctx: ServiceContext): Route[] {
  return crudRoutes(
    '/v3/:project_id/vpc/traffic-mirror-filter-rules',
    'traffic_mirror_filter_rule',
    'traffic_mirror_filter_rules',
    {
      guard: (project) => requireMirroringProject(ctx, project),
      list: (project, query) => listRules(ctx, project, query),
      create: (project, body) => createRule(ctx, project, body),
      show: (project, id) => showRule(ctx, project, id),
      update: (project, id, body) => updateRule(ctx, project, id, body),
      remove: (project, id) => deleteRule(ctx, project, id),
    },
  );
}
