/**
 * Inventory the console reads (API.md, "Inventory the console reads"), plus the quotas and the
 * two inventory writes, `POST security-group-rules` and `PUT firewalls/{id}/insert-rules`:
 *
 * - `GET /v1/{project_id}/vpcs[/{id}]` -> `vpcs` / `vpc`
 * - `GET /v1/{project_id}/subnets[/{id}]` -> `subnets` / `subnet`
 * - `GET /v2.0/vpc/peerings[/{id}]` -> `peerings` / `peering` (`vpc_id`, `tenant_id` match either side)
 * - `GET /v1/{project_id}/cloudservers/detail`, `GET /v1/{project_id}/cloudservers/{id}` -> `servers` / `server`
 * - `GET /v1/{project_id}/ports[/{id}]` -> `ports` / `port`
 * - `GET /v3/{project_id}/elb/loadbalancers[/{id}]` -> `loadbalancers` / `loadbalancer`
 * - `GET /v3/{project_id}/vpc/security-groups[/{id}]` -> `security_groups` / `security_group`
 * - `GET`, `POST /v3/{project_id}/vpc/security-group-rules`, `GET .../{id}` -> `security_group_rules` / `security_group_rule`
 * - `GET /v3/{project_id}/vpc/firewalls[/{id}]` -> `firewalls` / `firewall`
 * - `PUT /v3/{project_id}/vpc/firewalls/{id}/insert-rules` -> `firewall` (the ACL with the rules inserted)
 * - `GET /v3/{project_id}/enterprise-router/instances` -> `instances`
 * - `GET /v3/{project_id}/enterprise-router/{er_id}/attachments` -> `attachments`
 * - `GET /v1/{project_id}/quotas` -> `quotas.resources[]`
 */
import { parseListQuery, pageInMemory } from '../http/paging';
import { readWrapped } from '../http/body';
import { created, ok } from '../http/responses';
import type { Route } from '../http/router';
import type { ServiceContext } from '../services/context';
import { listInventory, showInventory, withoutProject, type InventoryTable } from '../services/inventory';
import { notFound } from '../http/api-error';
import { projectQuotas } from '../services/quotas';
import { insertFirewallRules } from '../services/firewall-rules';
import { createSecurityGroupRule } from '../services/security-group-rules';

interface Listing {
  table: InventoryTable;
  list: string;
  /** The list key of the answer (`vpcs`) and the single-resource key (`vpc`). */
  many: string;
  one: string;
  /** The show path, when not `${list}/:id`. */
  show?: string;
  label: string;
}

const LISTINGS: Listing[] = [
  { table: 'vpcs', list: '/v1/:project_id/vpcs', many: 'vpcs', one: 'vpc', label: 'VPC' },
  { table: 'subnets', list: '/v1/:project_id/subnets', many: 'subnets', one: 'subnet', label: 'subnet' },
  {
    table: 'servers',
    list: '/v1/:project_id/cloudservers/detail',
    show: '/v1/:project_id/cloudservers/:id',
    many: 'servers',
    one: 'server',
    label: 'ECS',
  },
  { table: 'ports', list: '/v1/:project_id/ports', many: 'ports', one: 'port', label: 'network interface' },
  {
    table: 'loadBalancers',
    list: '/v3/:project_id/elb/loadbalancers',
    many: 'loadbalancers',
    one: 'loadbalancer',
    label: 'load balancer',
  },
  {
    table: 'securityGroups',
    list: '/v3/:project_id/vpc/security-groups',
    many: 'security_groups',
    one: 'security_group',
    label: 'security group',
  },
  {
    table: 'securityGroupRules',
    list: '/v3/:project_id/vpc/security-group-rules',
    many: 'security_group_rules',
    one: 'security_group_rule',
    label: 'security group rule',
  },
  {
    table: 'firewalls',
    list: '/v3/:project_id/vpc/firewalls',
    many: 'firewalls',
    one: 'firewall',
    label: 'network ACL',
  },
  {
    table: 'routers',
    list: '/v3/:project_id/enterprise-router/instances',
    show: '/v3/:project_id/enterprise-router/instances/:id',
    many: 'instances',
    one: 'instance',
    label: 'enterprise router',
  },
];

/** Routes of the inventory, the quotas, security group rule creation and ACL rule insertion. */
export function inventoryRoutes(ctx: ServiceContext): Route[] {
  const routes: Route[] = [];
  for (const l of LISTINGS) {
    routes.push({
      method: 'GET',
      pattern: l.list,
      handler: async ({ params, query }) => {
        const page = await listInventory(ctx, l.table, params.project_id ?? '', parseListQuery(query));
        return ok({ [l.many]: page.items, page_info: page.page_info });
      },
    });
    routes.push({
      method: 'GET',
      pattern: l.show ?? `${l.list}/:id`,
      handler: async ({ params }) => {
        const item = await showInventory(ctx, l.table, params.project_id ?? '', params.id ?? '', l.label);
        return ok({ [l.one]: item });
      },
    });
  }
  routes.push(
    {
      method: 'POST',
      pattern: '/v3/:project_id/vpc/security-group-rules',
      resource: 'security_group_rules',
      handler: async ({ params, request }) => {
        const body = await readWrapped(request, 'security_group_rule');
        return created({
          security_group_rule: await createSecurityGroupRule(ctx, params.project_id ?? '', body),
        });
      },
    },
    {
      method: 'PUT',
      pattern: '/v3/:project_id/vpc/firewalls/:id/insert-rules',
      resource: 'firewalls',
      handler: async ({ params, request }) => {
        const body = await readWrapped(request, 'firewall');
        return ok({
          firewall: await insertFirewallRules(ctx, params.project_id ?? '', params.id ?? '', body),
        });
      },
    },
    {
      method: 'GET',
      pattern: '/v3/:project_id/enterprise-router/:er_id/attachments',
      handler: async ({ params, query }) => {
        const er_id = params.er_id ?? '';
        await showInventory(ctx, 'routers', params.project_id ?? '', er_id, 'enterprise router');
        const page = await listInventory(
          ctx,
          'attachments',
          params.project_id ?? '',
          parseListQuery(query),
          (row) => row.enterprise_router_id === er_id,
        );
        return ok({ attachments: page.items, page_info: page.page_info });
      },
    },
    {
      method: 'GET',
      pattern: '/v2.0/vpc/peerings',
      handler: async ({ query }) => {
        const sides = ['vpc_id', 'tenant_id'] as const;
        const wanted = Object.fromEntries(sides.map((key) => [key, query.getAll(key)]));
        const rows = await ctx.db.peerings.toArray();
        const page = pageInMemory(rows, parseListQuery(query, sides), (row) =>
          sides.every((key) => {
            const values = wanted[key] ?? [];
            return (
              values.length === 0 ||
              values.includes(row.request_vpc_info[key]) ||
              values.includes(row.accept_vpc_info[key])
            );
          }),
        );
        return ok({ peerings: page.items.map(withoutProject), page_info: page.page_info });
      },
    },
    {
      method: 'GET',
      pattern: '/v2.0/vpc/peerings/:id',
      handler: async ({ params }) => {
        const row = await ctx.db.peerings.get(params.id ?? '');
        if (!row) throw notFound(`No VPC peering has id ${params.id ?? ''}.`);
        return ok({ peering: withoutProject(row) });
      },
    },
    {
      method: 'GET',
      pattern: '/v1/:project_id/quotas',
      handler: async ({ params, query }) => {
        const resources = await projectQuotas(ctx, params.project_id ?? '');
        const types = query.getAll('type');
        return ok({
          quotas: { resources: types.length ? resources.filter((r) => types.includes(r.type)) : resources },
        });
      },
    },
  );
  return routes;
}
