import { createTestBackend, type TestBackend } from '../testing/test-backend';
import { afterEach, describe, expect, it } from 'vitest';
import { AP_SOUTHEAST_1 as AP, CN_EAST_2, CN_NORTH_4 as N4 } from '../seed/seed-ids';
import type { StoreExport } from '../services/store-transfer';
import type { QuotaKey } from '@/domain/model/quotas';

let t: TestBackend;
afterEach(() => t.close());

type Row = Record<string, unknown> & { id: string };
type Data = Record<string, Row[]>;
type File = Omit<StoreExport, 'data'> & { data: Data };

/** The row of `table` with this id, to change in place; its index names it in `details`. */
function row(file: File, table: string, id: string): { at: number; row: Row } {
  const rows = file.data[table] ?? [];
  const at = rows.findIndex((r) => r.id === id);
  if (at < 0) throw new Error(`No ${table} ${id} in the demo data.`);
  return { at, row: rows[at] as Row };
}

/** Changes a row and names the detail expected for it (`field` inside the row, '' for the row). */
function change(table: string, id: string, patch: Record<string, unknown>, field: string) {
  return (file: File) => {
    const found = row(file, table, id);
    Object.assign(found.row, patch);
    return { resource: table, id, field: [`data.${table}.${found.at}`, field].filter(Boolean).join('.') };
  };
}

/** Sets quotas of cn-north-4 in the file's own settings, then applies `then`. */
function withQuotas(quotas: Partial<Record<QuotaKey, number>>, then: (file: File) => Expected) {
  return (file: File) => {
    file.settings = { ...file.settings, quota_overrides: { [N4.project]: quotas } };
    return then(file);
  };
}

type Expected = { resource: string; id: string; field: string };
const S = N4.sessions;

const REFUSALS: [string, (file: File) => Expected, RegExp][] = [
  [
    'a source of another project',
    change(
      'sessions',
      S.idsEni,
      { traffic_mirror_sources: [AP.ports.shopWeb01] },
      'traffic_mirror_sources.0',
    ),
    /There is no network interface/,
  ],
  [
    'a target of another project',
    change(
      'sessions',
      S.idsEni,
      { traffic_mirror_target_id: AP.ports.shopIds01 },
      'traffic_mirror_target_id',
    ),
    /There is no network interface/,
  ],
  [
    'a filter of another project',
    change('sessions', S.figure1, { traffic_mirror_filter_id: AP.filters.https }, 'traffic_mirror_filter_id'),
    /There is no mirror filter/,
  ],
  [
    'a rule of a missing filter',
    change(
      'rules',
      N4.rules.webIngressHttp,
      { traffic_mirror_filter_id: 'no-such-filter' },
      'traffic_mirror_filter_id',
    ),
    /There is no mirror filter no-such-filter/,
  ],
  [
    'a rule of a filter of another project',
    change(
      'rules',
      N4.rules.webIngressHttp,
      { traffic_mirror_filter_id: AP.filters.https },
      'traffic_mirror_filter_id',
    ),
    /There is no mirror filter/,
  ],
  [
    'C1: a source that is no c7t interface',
    change(
      'sessions',
      S.idsEni,
      { traffic_mirror_sources: [N4.ports.legacyApp01] },
      'traffic_mirror_sources.0',
    ),
    /cannot be a mirror source/,
  ],
  [
    'C2: a source that is also a target',
    change('sessions', S.idsEni, { traffic_mirror_target_id: N4.ports.payApi02 }, 'traffic_mirror_target_id'),
    /is a mirror source of session/,
  ],
  [
    'C3: a target the source cannot reach',
    change(
      'sessions',
      S.idsEni,
      { traffic_mirror_target_id: N4.ports.sandbox01 },
      'traffic_mirror_sources.0',
    ),
    /cannot reach/,
  ],
  [
    'C4: the same priority on a shared source',
    change('sessions', S.idsEni, { priority: 1 }, 'priority'),
    /already mirrors .* at priority 1/,
  ],
  [
    'C5: the same rule priority in a filter and direction',
    change('rules', N4.rules.webIngressHttp, { priority: 10 }, 'priority'),
    /already has priority 10/,
  ],
  [
    'C6: a missing filter',
    change('sessions', S.figure1, { traffic_mirror_filter_id: 'no-such-filter' }, 'traffic_mirror_filter_id'),
    /There is no mirror filter no-such-filter/,
  ],
  [
    'C6: a source listed twice',
    change(
      'sessions',
      S.idsEni,
      { traffic_mirror_sources: [N4.ports.webProd01, N4.ports.webProd01] },
      'traffic_mirror_sources.1',
    ),
    /listed more than once/,
  ],
  [
    'C7: a filter in a region without Traffic Mirroring',
    (file) => {
      const copy = {
        ...row(file, 'filters', N4.filters.empty).row,
        id: 'filter-in-cn-east-2',
        project_id: CN_EAST_2.project,
      };
      file.data.filters?.push(copy);
      const at = (file.data.filters?.length ?? 0) - 1;
      return { resource: 'filters', id: copy.id, field: `data.filters.${at}` };
    },
    /not offered in cn-east-2/,
  ],
  [
    'more sources per session than the quota',
    withQuotas({ sources_per_session: 1 }, change('sessions', S.figure1, {}, 'traffic_mirror_sources')),
    /at most 1 sources/,
  ],
  [
    'more sessions per source than the quota',
    withQuotas({ sessions_per_source: 1 }, change('sessions', S.idsEni, {}, 'traffic_mirror_sources.0')),
    /already has 1 mirror session /,
  ],
  [
    'more sessions per interface target than the quota',
    withQuotas(
      { sessions_per_eni_target: 1 },
      change(
        'sessions',
        S.paused,
        { traffic_mirror_target_id: N4.ports.idsCollector01 },
        'traffic_mirror_target_id',
      ),
    ),
    /already receives 1 mirror session /,
  ],
  [
    'more sessions per load balancer target than the quota',
    withQuotas(
      { sessions_per_elb_target: 1 },
      change(
        'sessions',
        S.idsEni,
        { traffic_mirror_target_id: N4.loadBalancers.mirrorCollector, traffic_mirror_target_type: 'elb' },
        'traffic_mirror_target_id',
      ),
    ),
    /already receives 1 mirror session /,
  ],
  [
    'more sessions per filter than the quota',
    withQuotas(
      { sessions_per_filter: 1 },
      change('sessions', S.paused, { traffic_mirror_filter_id: N4.filters.web }, 'traffic_mirror_filter_id'),
    ),
    /already used by 1 session /,
  ],
  [
    'more inbound rules per filter than the quota',
    withQuotas({ ingress_rules_per_filter: 3 }, change('rules', N4.rules.webIngressHttps, {}, 'direction')),
    /already has 3 inbound rules/,
  ],
  [
    'more outbound rules per filter than the quota',
    withQuotas({ egress_rules_per_filter: 1 }, change('rules', N4.rules.webEgressDns, {}, 'direction')),
    /already has 1 outbound rule /,
  ],
  [
    'more sessions in the region than the quota',
    withQuotas({ sessions_per_region: 2 }, change('sessions', S.paused, {}, '')),
    /already has 2 mirror sessions \(quota "Mirror sessions per region"/,
  ],
  [
    'a bad field',
    change('sessions', S.paused, { packet_length: 2000 }, 'packet_length'),
    /Enter a packet length from 1 to 1460 bytes/,
  ],
  [
    'an interface in a subnet of another project',
    (file) => {
      const port = row(file, 'ports', N4.ports.webProd02);
      port.row.fixed_ips = [{ subnet_id: AP.subnets.web, ip_address: '10.0.0.4' }];
      return { resource: 'ports', id: port.row.id, field: `data.ports.${port.at}.fixed_ips.0.subnet_id` };
    },
    /names subnet .* of another project/,
  ],
  [
    'a load balancer whose VIP subnet is missing',
    change(
      'loadBalancers',
      N4.loadBalancers.idsSecurity,
      { vip_subnet_cidr_id: 'no-such-subnet' },
      'vip_subnet_cidr_id',
    ),
    /names subnet no-such-subnet, which is not in the file/,
  ],
  [
    'a network ACL associated with a subnet of another project',
    change(
      'firewalls',
      N4.firewalls.web,
      { associations: [{ virsubnet_id: AP.subnets.web }] },
      'associations.0.virsubnet_id',
    ),
    /of another project/,
  ],
];

describe('an import the API could not have produced is refused, and nothing changes', () => {
  it.each(REFUSALS)('%s', async (_what, breakIt, why) => {
    t = await createTestBackend();
    const file = (await t.call('GET', '/mock-admin/export')).body as unknown as File;
    const before = structuredClone(file);
    const expected = breakIt(file);
    const answer = await t.call('POST', '/mock-admin/import', file);
    expect([answer.status, answer.body.error_code]).toEqual([400, 'TM.0002']);
    expect(answer.body.details).toContainEqual({ ...expected, message: expect.stringMatching(why) });
    expect(answer.body.error_msg).toMatch(/^The import was refused and nothing was changed: /);
    const after = (await t.call('GET', '/mock-admin/export')).body;
    expect({ data: after.data, settings: after.settings }).toEqual({
      data: before.data,
      settings: before.settings,
    });
    expect(t.changes).toEqual([]);
  });

  it('names the row, its project and the fix in each message', async () => {
    t = await createTestBackend();
    const file = (await t.call('GET', '/mock-admin/export')).body as unknown as File;
    change('sessions', S.idsEni, { traffic_mirror_sources: [N4.ports.legacyApp01] }, '')(file);
    const answer = await t.call('POST', '/mock-admin/import', file);
    const details = answer.body.details as { message: string }[];
    expect(details[0]?.message).toMatch(
      /^Mirror session "web-prod-01-to-ids" in cn-north-4: "legacy-app-01-eth0" cannot be a mirror source: .*choose another interface\.$/,
    );
  });

  it('names a row of a project missing from the file once, by its project', async () => {
    t = await createTestBackend();
    const file = (await t.call('GET', '/mock-admin/export')).body as unknown as File;
    const expected = change('sessions', S.paused, { project_id: 'no-such-project' }, 'project_id')(file);
    const answer = await t.call('POST', '/mock-admin/import', file);
    expect(answer.body.details).toEqual([
      { ...expected, message: expect.stringMatching(/there is no project no-such-project in the file/) },
    ]);
  });

  it('checks the quotas in force in the store when the file has no settings', async () => {
    t = await createTestBackend();
    const file = (await t.call('GET', '/mock-admin/export')).body as unknown as File;
    await t.setQuotas(N4.project, { sessions_per_region: 2 });
    const { settings: _ignored, ...withoutSettings } = file;
    const answer = await t.call('POST', '/mock-admin/import', withoutSettings);
    expect([answer.status, answer.body.error_code]).toEqual([400, 'TM.0002']);
    expect(answer.body.error_msg).toMatch(/Mirror sessions per region/);
  });

  it('lists the first 20 problems and says how many more there are', async () => {
    t = await createTestBackend();
    const file = (await t.call('GET', '/mock-admin/export')).body as unknown as File;
    const subnet = row(file, 'subnets', N4.subnets.web).row;
    for (let n = 0; n < 25; n++)
      file.data.subnets?.push({ ...subnet, id: `orphan-${n}`, vpc_id: 'no-such-vpc' });
    const answer = await t.call('POST', '/mock-admin/import', file);
    expect(answer.body.details).toHaveLength(20);
    expect(answer.body.error_msg).toBe(
      'The import was refused and nothing was changed: the file has 25 problems; the first 20 are listed.',
    );
  });
  it('stops after 500 problems on a badly broken file and says there are at least that many', async () => {
    t = await createTestBackend();
    const file = (await t.call('GET', '/mock-admin/export')).body as unknown as File;
    const session = row(file, 'sessions', S.idsEni).row;
    for (let n = 0; n < 3000; n++) file.data.sessions?.push({ ...session, id: `copy-${n}` });
    const answer = await t.call('POST', '/mock-admin/import', file);
    expect(answer.body.details).toHaveLength(20);
    expect(answer.body.error_msg).toMatch(/the file has at least \d+ problems; the first 20 are listed\.$/);
  });
});

describe('an import the API could have produced is accepted', () => {
  it('the demo data round-trips', async () => {
    t = await createTestBackend();
    const file = (await t.call('GET', '/mock-admin/export')).body;
    expect((await t.call('POST', '/mock-admin/import', file)).status).toBe(200);
    expect((await t.call('GET', '/mock-admin/export')).body.data).toEqual(file.data);
  });
});
