/**
 * Every list the console reads, read by its own query functions through msw against the mock
 * backend, with more items than one page holds: each list arrives whole, without repeats, in
 * exactly as many requests as the service's paging style gives (docs/api.md, "Paging styles").
 */
import { startTestApiServer, type TestApiServer } from '@/mock-api/testing/test-api-server';
import { setMaxListeners } from 'node:events';
import { QueryClient, type QueryFunctionContext } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { growTable, rowIds, type ListTable } from '@/mock-api/testing/grow-tables';
import { filtersQueryOptions } from './filters';
import { inventoryPartOptions } from './inventory';
import { projectsQueryOptions } from './projects';
import { sessionsQueryOptions } from './sessions';

let api: TestApiServer;
let P = '';
const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });

/** The tables grown past one page, and how many rows each gets in the project. */
const ROWS = {
  sessions: 4001, // page info: 2,000 a page -> 3 pages
  filters: 2001,
  vpcs: 4000, // last id: exactly two full pages -> a third, empty one ends the list
  subnets: 2001,
  ports: 4500,
  peerings: 2500, // next link
  servers: 2500, // page number: 1,000 a page
  loadBalancers: 2001,
  securityGroups: 2001,
  securityGroupRules: 2001,
  firewalls: 2001, // then each ACL on its own
} as const satisfies Partial<Record<ListTable, number>>;
/** Attachments of the project's first router (the routers themselves page as the lists above). */
const ATTACHMENTS = 2500;

beforeAll(async () => {
  api = await startTestApiServer();
  const projects = await client.fetchQuery(projectsQueryOptions());
  P = projects.find((p) => p.name === 'cn-north-4')!.id;
  for (const [table, count] of Object.entries(ROWS)) await growTable(api.t, P, table as ListTable, count);
  const [router] = await rowIds(api.t, 'routers', P);
  await growTable(api.t, P, 'attachments', ATTACHMENTS, {
    extra: { er_id: router, project_id: P },
    add: true,
  });
}, 120_000);
afterAll(() => api.close());

/** Runs a query function of the console as TanStack Query would, and what it sent. */
async function read<T>(options: { queryFn?: unknown; queryKey: readonly unknown[] }) {
  api.sent.length = 0;
  const signal = new AbortController().signal;
  setMaxListeners(0, signal); // the ACLs are read at once, each request listening to the one signal
  const run = options.queryFn as (context: QueryFunctionContext) => Promise<T>;
  const items = await run({
    queryKey: options.queryKey,
    signal,
    meta: undefined,
    client,
  } as QueryFunctionContext);
  return { items, sent: [...api.sent] };
}

const idsOf = (rows: readonly { id: string }[]) => rows.map((row) => row.id);
const pagesOf = (sent: { path: string }[], path: string) => sent.filter((r) => r.path === path).length;
const sorted = (ids: string[]) => [...ids].sort();

const projectIds = (table: ListTable) => rowIds(api.t, table, P);

describe('every list the console reads arrives whole, page after page', () => {
  it.each([
    {
      list: 'sessions',
      options: () => sessionsQueryOptions(P),
      table: 'sessions',
      path: '/v3/P/vpc/traffic-mirror-sessions',
      pages: 3,
    },
    {
      list: 'filters',
      options: () => filtersQueryOptions(P),
      table: 'filters',
      path: '/v3/P/vpc/traffic-mirror-filters',
      pages: 2,
    },
    {
      list: 'VPCs (last id)',
      options: () => inventoryPartOptions.vpcs(P),
      table: 'vpcs',
      path: '/v1/P/vpcs',
      pages: 3,
    },
    {
      list: 'subnets (last id)',
      options: () => inventoryPartOptions.subnets(P),
      table: 'subnets',
      path: '/v1/P/subnets',
      pages: 2,
    },
    {
      list: 'ports (last id)',
      options: () => inventoryPartOptions.ports(P),
      table: 'ports',
      path: '/v1/P/ports',
      pages: 3,
    },
    {
      list: 'ECS servers (page number)',
      options: () => inventoryPartOptions.servers(P),
      table: 'servers',
      path: '/v1/P/cloudservers/detail',
      pages: 3,
    },
    {
      list: 'load balancers',
      options: () => inventoryPartOptions.load_balancers(P),
      table: 'loadBalancers',
      path: '/v3/P/elb/loadbalancers',
      pages: 2,
    },
    {
      list: 'security groups',
      options: () => inventoryPartOptions.security_groups(P),
      table: 'securityGroups',
      path: '/v3/P/vpc/security-groups',
      pages: 2,
    },
    {
      list: 'security group rules',
      options: () => inventoryPartOptions.security_group_rules(P),
      table: 'securityGroupRules',
      path: '/v3/P/vpc/security-group-rules',
      pages: 2,
    },
  ] as const)('$list: every item once, in $pages requests', async ({ options, table, path, pages }) => {
    const { items, sent } = await read<{ id: string }[]>(options());
    expect(items.length).toBe(ROWS[table]);
    expect(sorted(idsOf(items))).toEqual(sorted(await projectIds(table)));
    expect(pagesOf(sent, path.replace('/P/', `/${P}/`))).toBe(pages);
  });

  it('peerings (next link): every peering once, one request per page of 2,000', async () => {
    const { items, sent } = await read<{ id: string }[]>(inventoryPartOptions.peerings(P));
    const all = await rowIds(api.t, 'peerings');
    expect(new Set(idsOf(items)).size).toBe(items.length);
    expect(sorted(idsOf(items))).toEqual(sorted(all));
    expect(pagesOf(sent, '/v2.0/vpc/peerings')).toBe(Math.ceil(all.length / 2000));
  });

  it('network ACLs: the whole list in pages, then each ACL with its rules', async () => {
    const { items, sent } = await read<{ id: string; ingress_rules: unknown[] }[]>(
      inventoryPartOptions.network_acls(P),
    );
    expect(sorted(idsOf(items))).toEqual(sorted(await projectIds('firewalls')));
    expect(items.every((acl) => Array.isArray(acl.ingress_rules))).toBe(true);
    expect(pagesOf(sent, `/v3/${P}/vpc/firewalls`)).toBe(2);
    expect(sent.filter((r) => r.path.startsWith(`/v3/${P}/vpc/firewalls/`))).toHaveLength(ROWS.firewalls);
  }, 60_000);

  it('enterprise router attachments: every attachment of every router, in pages', async () => {
    const { items, sent } = await read<{ id: string }[]>(
      inventoryPartOptions.enterprise_router_attachments(P),
    );
    const attachments = await rowIds(api.t, 'attachments', P);
    expect(sorted(idsOf(items))).toEqual(sorted(attachments));
    const routers = await rowIds(api.t, 'routers', P);
    expect(pagesOf(sent, `/v3/${P}/enterprise-router/instances`)).toBe(1);
    const perRouter = sent.filter((r) => r.path.endsWith('/attachments'));
    expect(perRouter).toHaveLength(routers.length + 1);
  });

  it('asks for the largest page each service takes', async () => {
    const { sent } = await read(sessionsQueryOptions(P));
    expect(sent[0]?.query.get('limit')).toBe('2000');
    const servers = await read(inventoryPartOptions.servers(P));
    expect(servers.sent.map((r) => r.query.get('offset'))).toEqual(['1', '2', '3']);
    expect(servers.sent[0]?.query.get('limit')).toBe('1000');
  });
});
