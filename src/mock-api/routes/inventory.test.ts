import { createTestBackend, type TestBackend } from '../testing/test-backend';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AP_SOUTHEAST_1, CN_EAST_2, CN_NORTH_4 as N4, SEED_PROJECTS } from '../seed/seed-ids';

let t: TestBackend;
beforeEach(async () => {
  t = await createTestBackend();
});
afterEach(() => t.close());

const P = N4.project;
const ids = (list: unknown) => (list as { id: string }[]).map((item) => item.id);

describe('projects', () => {
  it('lists one project per region and shows one', async () => {
    const answer = await t.call('GET', '/v3/projects');
    expect((answer.body.projects as { name: string }[]).map((p) => p.name)).toEqual([
      'cn-north-4',
      'ap-southeast-1',
      'cn-east-2',
    ]);
    expect((await t.call('GET', '/v3/projects?name=cn-east-2')).body.projects).toEqual([
      expect.objectContaining({ id: CN_EAST_2.project, name: 'cn-east-2', enabled: true, is_domain: false }),
    ]);
    expect(answer.body.links).toMatchObject({ previous: null, next: null });
    const paged = await t.call('GET', '/v3/projects?per_page=2');
    expect((paged.body.projects as unknown[]).length).toBe(2);
    expect((paged.body.links as { next: string }).next).toMatch(/page=2/);
    expect((await t.call('GET', `/v3/projects/${SEED_PROJECTS.apSoutheast1}`)).body.project).toMatchObject({
      name: 'ap-southeast-1',
    });
    expect((await t.call('GET', '/v3/projects/nope')).body.error_code).toBe('TM.0004');
  });
});

describe('inventory lists and shows', () => {
  // The VPC v1 lists have no page_info (a client pages by the last id); the v3 lists have one.
  it.each([
    [`/v1/${P}/vpcs`, 'vpcs', 'vpc', N4.vpcs.prod, 4, false],
    [`/v1/${P}/subnets`, 'subnets', 'subnet', N4.subnets.web, 7, false],
    [`/v1/${P}/ports`, 'ports', 'port', N4.ports.webProd01, 14, false],
    [
      `/v3/${P}/elb/loadbalancers`,
      'loadbalancers',
      'loadbalancer',
      N4.loadBalancers.mirrorCollector,
      3,
      true,
    ],
    [
      `/v3/${P}/vpc/security-groups`,
      'security_groups',
      'security_group',
      N4.securityGroups.mirrorTarget,
      6,
      true,
    ],
    [`/v3/${P}/vpc/firewalls`, 'firewalls', 'firewall', N4.firewalls.security, 4, true],
    [`/v3/${P}/enterprise-router/instances`, 'instances', 'instance', N4.router, 1, true],
  ])('%s', async (path, many, one, id, count, pageInfo) => {
    const list = await t.call('GET', path);
    expect(list.status).toBe(200);
    expect((list.body[many] as unknown[]).length).toBe(count);
    if (pageInfo) expect(list.body.page_info).toMatchObject({ current_count: count });
    else expect(list.body).not.toHaveProperty('page_info');
    expect(ids(list.body[many])).toContain(id);
    const show = await t.call('GET', `${path.replace('/detail', '')}/${id}`);
    expect([show.status, (show.body[one] as { id: string }).id]).toEqual([200, id]);
    expect((await t.call('GET', `${path}/nope`)).status).toBe(404);
  });

  it('servers: detail list, flavor filter by dotted key, show', async () => {
    const c7t = await t.call('GET', `/v1/${P}/cloudservers/detail?flavor.id=c7t.large.2`);
    expect((c7t.body.servers as { name: string }[]).map((s) => s.name)).toEqual([
      'web-prod-02',
      'pay-api-01',
      'pay-api-02',
      'sandbox-01',
    ]);
    const show = await t.call('GET', `/v1/${P}/cloudservers/${N4.servers.dbProd01}`);
    expect(show.body.server).toMatchObject({ name: 'db-prod-01', flavor: { id: 's6.xlarge.4' } });
  });

  it('ports carry IPv4, some IPv6 and MTUs; filter by device_id', async () => {
    const port = (await t.call('GET', `/v1/${P}/ports/${N4.ports.webProd01}`)).body.port as Record<
      string,
      unknown
    >;
    // As in the real API: `network_id` is the subnet's id, `fixed_ips[].subnet_id` its IPv4 subnet's.
    const web = (await t.call('GET', `/v1/${P}/subnets/${N4.subnets.web}`)).body.subnet as Record<
      string,
      unknown
    >;
    expect(port.network_id).toBe(N4.subnets.web);
    expect(web.neutron_subnet_id).not.toBe(N4.subnets.web);
    expect(port.fixed_ips).toEqual([
      { subnet_id: web.neutron_subnet_id, ip_address: '10.0.0.3' },
      { subnet_id: web.neutron_subnet_id, ip_address: '2407:c080:802:be7::3' },
    ]);
    const ports = (await t.call('GET', `/v1/${P}/ports`)).body.ports as { mtu: number }[];
    expect(new Set(ports.map((p) => p.mtu))).toEqual(new Set([1500, 1450, 9000, 8500]));
    const byDevice = await t.call('GET', `/v1/${P}/ports?device_id=${N4.servers.payApi02}`);
    expect(ids(byDevice.body.ports)).toEqual([N4.ports.payApi02, N4.ports.payApi02Eth1]);
  });

  it('peerings: all projects, filtered by vpc_id on either side and by status', async () => {
    const all = await t.call('GET', '/v2.0/vpc/peerings');
    expect(ids(all.body.peerings)).toEqual([
      N4.peerings.prodSecurityActive,
      N4.peerings.sandboxSecurityPending,
    ]);
    const byVpc = await t.call('GET', `/v2.0/vpc/peerings?vpc_id=${N4.vpcs.security}&status=ACTIVE`);
    expect(ids(byVpc.body.peerings)).toEqual([N4.peerings.prodSecurityActive]);
    const show = await t.call('GET', `/v2.0/vpc/peerings/${N4.peerings.prodSecurityActive}`);
    expect(show.body.peering).toMatchObject({
      status: 'ACTIVE',
      accept_vpc_info: { vpc_id: N4.vpcs.security },
    });
    expect((await t.call('GET', '/v2.0/vpc/peerings/nope')).status).toBe(404);
  });

  it('enterprise router attachments name the attached VPCs', async () => {
    const answer = await t.call('GET', `/v3/${P}/enterprise-router/${N4.router}/attachments`);
    expect((answer.body.attachments as { resource_id: string }[]).map((a) => a.resource_id)).toEqual([
      N4.vpcs.prod,
      N4.vpcs.analytics,
    ]);
    expect(answer.body.attachments).toContainEqual(expect.objectContaining({ er_id: N4.router }));
    expect((await t.call('GET', `/v3/${P}/enterprise-router/nope/attachments`)).status).toBe(404);
  });

  it('security group rules: some groups allow UDP 4789, some do not', async () => {
    const list = async (group: string) =>
      (await t.call('GET', `/v3/${P}/vpc/security-group-rules?security_group_id=${group}&direction=ingress`))
        .body.security_group_rules as { multiport: string; protocol: string }[];
    expect(await list(N4.securityGroups.mirrorTarget)).toContainEqual(
      expect.objectContaining({ protocol: 'udp', multiport: '4789' }),
    );
    expect(await list(N4.securityGroups.default)).not.toContainEqual(
      expect.objectContaining({ multiport: '4789' }),
    );
  });

  it('inventory of another region is separate; an unknown project is 404', async () => {
    const vpcs = await t.call('GET', `/v1/${AP_SOUTHEAST_1.project}/vpcs`);
    expect(ids(vpcs.body.vpcs)).toEqual([AP_SOUTHEAST_1.vpcs.shop, AP_SOUTHEAST_1.vpcs.dev]);
    expect((await t.call('GET', `/v1/${P}/vpcs/${AP_SOUTHEAST_1.vpcs.shop}`)).status).toBe(404);
    const unknown = await t.call('GET', '/v1/nope/vpcs');
    expect([unknown.status, unknown.body.error_code]).toEqual([404, 'TM.0004']);
    expect((await t.call('GET', `/v1/${CN_EAST_2.project}/ports`)).status).toBe(200);
  });

  it('pages VPC v1 lists by the last id, with no page_info', async () => {
    const first = await t.call('GET', `/v1/${P}/ports?limit=5`);
    expect(first.body).not.toHaveProperty('page_info');
    const last = ids(first.body.ports)[4];
    const rest = await t.call('GET', `/v1/${P}/ports?limit=2000&marker=${last}`);
    expect((rest.body.ports as unknown[]).length).toBe(9);
  });

  it('pages ECS servers by page number, with the count of all', async () => {
    const first = await t.call('GET', `/v1/${P}/cloudservers/detail?limit=3`);
    const second = await t.call('GET', `/v1/${P}/cloudservers/detail?limit=3&offset=2`);
    expect(first.body.count).toBe(second.body.count);
    expect((first.body.servers as unknown[]).length).toBe(3);
    expect(ids(second.body.servers)).not.toContain(ids(first.body.servers)[0]);
    expect((await t.call('GET', `/v1/${P}/cloudservers/detail?limit=1001`)).status).toBe(400);
    expect((await t.call('GET', `/v1/${P}/cloudservers/detail?offset=0`)).status).toBe(400);
  });

  it('pages peerings with a next link', async () => {
    const first = await t.call('GET', '/v2.0/vpc/peerings?limit=1');
    const links = first.body.peerings_links as { rel: string; href: string }[];
    expect(links).toEqual([
      { rel: 'next', href: expect.stringContaining(`marker=${ids(first.body.peerings)[0]}`) },
    ]);
    const last = await t.call('GET', `/v2.0/vpc/peerings?limit=1&marker=${ids(first.body.peerings)[0]}`);
    expect(last.body.peerings_links).toEqual([]);
  });

  it('lists network ACLs without their rules; each ACL shows its rules', async () => {
    const list = await t.call('GET', `/v3/${P}/vpc/firewalls`);
    expect(list.body.firewalls as object[]).not.toContainEqual(
      expect.objectContaining({ ingress_rules: expect.anything() }),
    );
    const show = await t.call('GET', `/v3/${P}/vpc/firewalls/${N4.firewalls.security}`);
    expect(show.body.firewall).toMatchObject({
      ingress_rules: expect.any(Array),
      egress_rules: expect.any(Array),
    });
  });
});

describe('POST security-group-rules', () => {
  const path = `/v3/${P}/vpc/security-group-rules`;
  const rule = (overrides: Record<string, unknown> = {}) => ({
    security_group_rule: {
      security_group_id: N4.securityGroups.default,
      direction: 'ingress',
      ethertype: 'IPv4',
      protocol: 'udp',
      multiport: '4789',
      remote_ip_prefix: '10.0.1.12/32',
      ...overrides,
    },
  });

  it('adds the UDP 4789 rule (201) and refuses the same rule again (409)', async () => {
    const answer = await t.call('POST', path, rule());
    expect(answer.status).toBe(201);
    expect(answer.body.security_group_rule).toMatchObject({
      action: 'allow',
      priority: 1,
      description: '',
      multiport: '4789',
    });
    expect(t.changes).toEqual([{ project_id: P, resource: 'security_group_rules' }]);
    expect((await t.call('POST', path, rule())).body.error_code).toBe('TM.0006');
  });

  it('takes the priority as the SDK sends it, a string', async () => {
    const answer = await t.call('POST', path, rule({ priority: '2' }));
    expect([answer.status, (answer.body.security_group_rule as { priority: number }).priority]).toEqual([
      201, 2,
    ]);
  });

  it.each([
    ['direction', 'in'],
    ['ethertype', 'IPv5'],
    ['protocol', 'gre'],
    ['multiport', '70000'],
    ['remote_ip_prefix', '10.0.0.0/40'],
    ['remote_ip_prefix', '2001:db8::/64'],
    ['priority', 101],
    ['priority', 'first'],
    ['action', 'permit'],
    ['description', '<x>'],
  ])('refuses %s = %j', async (field, value) => {
    const answer = await t.call('POST', path, rule({ [field]: value }));
    expect([answer.status, answer.body.error_code]).toEqual([400, 'TM.0002']);
    expect((answer.body.details as { field: string }[]).map((d) => d.field)).toContain(
      `security_group_rule.${field}`,
    );
  });

  it('refuses ports without tcp/udp, an unknown group (404) and a malformed body', async () => {
    expect((await t.call('POST', path, rule({ protocol: 'icmp' }))).body.error_code).toBe('TM.0002');
    const unknown = await t.call(
      'POST',
      path,
      rule({ security_group_id: AP_SOUTHEAST_1.securityGroups.ids }),
    );
    expect([unknown.status, unknown.body.error_code]).toEqual([404, 'TM.0004']);
    expect((await t.call('POST', path, '{')).body.error_code).toBe('TM.0001');
  });
});

describe('quotas', () => {
  it('answers the Traffic Mirroring quotas with usage; ?type= filters', async () => {
    const answer = await t.call('GET', `/v1/${P}/quotas`);
    const resources = (answer.body.quotas as { resources: { type: string; used: number; quota: number }[] })
      .resources;
    expect(resources).toContainEqual({ type: 'trafficMirrorSession', used: 3, quota: 20000 });
    expect(resources).toContainEqual({ type: 'trafficMirrorSourcesPerSession', used: 2, quota: 10 });
    expect(resources).toContainEqual({ type: 'trafficMirrorSessionsPerSource', used: 2, quota: 3 });
    expect(resources).toContainEqual({ type: 'vpc', used: 4, quota: 5 });
    const one = await t.call('GET', `/v1/${P}/quotas?type=trafficMirrorSession`);
    expect((one.body.quotas as { resources: unknown[] }).resources).toHaveLength(1);
  });

  it('has no Traffic Mirroring quotas where the service is not offered', async () => {
    const answer = await t.call('GET', `/v1/${CN_EAST_2.project}/quotas`);
    const types = (answer.body.quotas as { resources: { type: string }[] }).resources.map((r) => r.type);
    expect(types).toEqual(['vpc', 'subnet', 'securityGroup', 'securityGroupRule']);
  });
});

describe('unknown paths and methods', () => {
  it('404 JSON for an unknown path, 405 with Allow for a wrong method', async () => {
    const unknown = await t.call('GET', `/v3/${P}/vpc/nothing-here`);
    expect([unknown.status, unknown.body.error_code]).toEqual([404, 'TM.0004']);
    expect(unknown.body.request_id).toBeTypeOf('string');
    const wrong = await t.call('DELETE', `/v1/${P}/vpcs`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('Allow')).toBe('GET');
    expect((await t.call('PATCH', `/v3/${P}/vpc/traffic-mirror-sessions`)).status).toBe(405);
  });

  it('answers at /v3/... and at <anything>/api/v3/...', async () => {
    for (const url of ['http://x/v3/projects', 'http://x/console/api/v3/projects', 'http://x/v3/projects/']) {
      expect((await t.backend(new Request(url))).status).toBe(200);
    }
    expect((await t.backend(new Request('http://x/console/v3/projects'))).status).toBe(404);
  });
});
