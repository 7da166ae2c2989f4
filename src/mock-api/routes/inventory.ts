/**
 * Inventory the console reads (docs/api.md, "Inventory the console reads"), plus the quotas and the
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
 *
 * Each list pages as the real service does (`http/list-styles.ts`): VPC v1 by marker with no
 * `page_info`, peerings with `peerings_links`, ECS by page number with `count`, the v3 services
 * with `page_info`. A network ACL's rules come only with the ACL itself (`GET .../firewalls/{id}`),
 * as in the real API; the list has none.
 */
import { ecsPage, listBody, type ListStyle } from '../http/list-styles';
import { parseListQuery, pageInMemory } from '../http/paging';
import { readWrapped } from '../http/body';
import { created, ok } from '../http/responses';
import type { Route } from '../http/router';
import type { ServiceContext } from '../services/context';
import { listAllInventory, listInventory, showInventory, type InventoryTable } from '../services/inventory';
import { notFound } from '../http/api-error';
import { projectQuotas } from '../services/quotas';
import { presentInventory } from '../services/real-fields';
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
  /** How the real service pages this list (default `page-info`). */
  style?: ListStyle;
  /** Fields the real list leaves out (they come only with the single resource). */
  listOmits?: readonly string[];
}

const LISTINGS: Listing[] = [
  { table: 'vpcs', list: '/v1/:project_id/vpcs', many: 'vpcs', one: 'vpc', label: 'VPC', style: 'v1-marker' },
  {
    table: 'subnets',
    list: '/v1/:project_id/subnets',
    many: 'subnets',
    one: 'subnet',
    label: 'subnet',
    style: 'v1-marker',
  },
  {
    table: 'servers',
    list: '/v1/:project_id/cloudservers/detail',
    show: '/v1/:project_id/cloudservers/:id',
    many: 'servers',
    one: 'server',
    label: 'ECS',
    style: 'ecs-offset',
  },
  {
    table: 'ports',
    list: '/v1/:project_id/ports',
    many: 'ports',
    one: 'port',
    label: 'network interface',
    style: 'v1-marker',
  },
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
    listOmits: ['ingress_rules', 'egress_rules'],
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

/** `item` without `fields` (a list that leaves out what only the single resource carries). */
function withoutFields(item: object, fields: readonly string[]): object {
  if (fields.length === 0) return item;
  return Object.fromEntries(Object.entries(item).filter(([key]) => !fields.includes(key)));
}

/** Routes of the inventory, the quotas, security group rule creation and ACL rule insertion. */
export function inventoryRoutes(ctx: ServiceContext): Route[] {
  const routes: Route[] = [];
  for (const l of LISTINGS) {
    routes.push({
      method: 'GET',
      pattern: l.list,
      handler: async ({ params, query, request }) => {
        const project_id = params.project_id ?? '';
        const omit = (item: object) =>
          withoutFields(presentInventory(l.table, { ...item, project_id } as never), l.listOmits ?? []);
        if (l.style === 'ecs-offset') {
          const all = await listAllInventory(ctx, l.table, project_id, parseListQuery(query, ['offset']));
          const page = ecsPage(all, query);
          return ok({ count: page.count, [l.many]: page.items.map(omit) });
        }
        const page = await listInventory(ctx, l.table, project_id, parseListQuery(query));
        const items = { ...page, items: page.items.map(omit) };
        return ok(listBody(l.style ?? 'page-info', l.many, items, new URL(request.url)));
      },
    });
    routes.push({
      method: 'GET',
      pattern: l.show ?? `${l.list}/:id`,
      handler: async ({ params }) => {
        const project_id = params.project_id ?? '';
        const item = await showInventory(ctx, l.table, project_id, params.id ?? '', l.label);
        return ok({ [l.one]: presentInventory(l.table, { ...item, project_id } as never) });
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
        const project_id = params.project_id ?? '';
        return ok({
          firewall: presentInventory('firewalls', {
            ...(await insertFirewallRules(ctx, project_id, params.id ?? '', body)),
            project_id,
          } as never),
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
          (row) => row.er_id === er_id,
        );
        return ok({ attachments: page.items, page_info: page.page_info });
      },
    },
    {
      method: 'GET',
      pattern: '/v2.0/vpc/peerings',
      handler: async ({ query, request }) => {
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
        const items = { ...page, items: page.items.map((row) => presentInventory('peerings', row as never)) };
        return ok(listBody('neutron-links', 'peerings', items, new URL(request.url)));
      },
    },
    {
      method: 'GET',
      pattern: '/v2.0/vpc/peerings/:id',
      handler: async ({ params }) => {
        const row = await ctx.db.peerings.get(params.id ?? '');
        if (!row) throw notFound(`No VPC peering has id ${params.id ?? ''}.`);
        return ok({ peering: presentInventory('peerings', row as never) });
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
