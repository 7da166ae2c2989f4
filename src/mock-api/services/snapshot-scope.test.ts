import { createTestBackend, type TestBackend } from '../testing/test-backend';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AP_SOUTHEAST_1 as AP, CN_NORTH_4 as N4 } from '../seed/seed-ids';
import type { SessionRow } from '../store/rows';
import { loadSnapshotFor, type SnapshotScope } from './snapshot-scope';

let t: TestBackend;
beforeAll(async () => {
  t = await createTestBackend();
  const figure1 = (await t.db.sessions.get(N4.sessions.figure1))!;
  const extra = (id: string, fields: Partial<SessionRow>): SessionRow => ({ ...figure1, id, ...fields });
  await t.db.sessions.bulkAdd([
    // Same source and time as Figure 1 in another region: never part of cn-north-4's snapshot.
    extra('other-region', { project_id: AP.project }),
    // Created before every demo session: comes first.
    extra('earliest', {
      created_at: '2000-01-01T00:00:00Z',
      traffic_mirror_sources: [N4.ports.batchWorker01],
      traffic_mirror_target_id: N4.ports.payApi01,
      traffic_mirror_target_type: 'eni',
      traffic_mirror_filter_id: N4.filters.empty,
    }),
  ]);
});
afterAll(() => t.close());

const load = (scope: SnapshotScope) =>
  t.db.transaction('r', t.db.tables, () => loadSnapshotFor(t.db, N4.project, scope));
const idsOf = (rows: readonly { id: string }[]) => rows.map((row) => row.id);

describe('loadSnapshotFor', () => {
  it.each<[string, SnapshotScope, string[]]>([
    ['nothing when no sessions are asked for', { ports: [N4.ports.webProd01], filter: N4.filters.web }, []],
    [
      'the sessions using a port as a source, in creation order',
      { ports: [N4.ports.webProd01], portSessions: true },
      [N4.sessions.figure1, N4.sessions.idsEni],
    ],
    [
      'the sessions using a port as a target',
      { ports: [N4.ports.payApi01], portSessions: true },
      ['earliest'],
    ],
    [
      'the sessions of a load balancer target',
      { target: { type: 'elb', id: N4.loadBalancers.mirrorCollector }, targetSessions: true },
      [N4.sessions.figure1],
    ],
    [
      'the sessions of an ENI target and those using it as a source',
      { target: { type: 'eni', id: N4.ports.batchWorker01 }, targetSessions: true },
      ['earliest'],
    ],
    [
      'the sessions of a filter, each once',
      { ports: [N4.ports.payApi02], portSessions: true, filter: N4.filters.empty, filterSessions: true },
      ['earliest', N4.sessions.figure1, N4.sessions.paused],
    ],
  ])('%s', async (_, scope, expected) => {
    expect(idsOf((await load(scope)).sessions)).toEqual(expected);
  });

  it("counts the region's sessions without the other regions' and only when asked", async () => {
    expect((await load({ count: true })).sessionCount).toBe(4);
    expect(await load({})).not.toHaveProperty('sessionCount');
  });

  it('reads the ports named with their servers, the target, and the network that decides C3', async () => {
    const { inventory } = await load({
      ports: [N4.ports.webProd01, AP.ports.shopWeb01, 'no-such-port'],
      target: { type: 'elb', id: N4.loadBalancers.mirrorCollector },
    });
    expect(idsOf(inventory.ports)).toEqual([N4.ports.webProd01]);
    expect(inventory.ports[0]).not.toHaveProperty('project_id');
    expect(idsOf(inventory.servers)).toEqual([N4.servers.webProd01]);
    expect(idsOf(inventory.load_balancers)).toEqual([N4.loadBalancers.mirrorCollector]);
    expect(idsOf(inventory.vpcs)).toEqual(Object.values(N4.vpcs));
    expect(idsOf(inventory.peerings)).toEqual(Object.values(N4.peerings));
    const attachments = await t.db.attachments.where('project_id').equals(N4.project).toArray();
    expect(idsOf(inventory.enterprise_router_attachments)).toEqual(idsOf(attachments));
    expect(attachments.length).toBeGreaterThan(0);
    expect(inventory.subnets).toHaveLength(Object.values(N4.subnets).length);
    expect((await load({ filter: N4.filters.web })).inventory.ports).toEqual([]);
  });

  it("reads the filter named with its rules by priority, and no other region's filter", async () => {
    const [web] = (await load({ filter: N4.filters.web })).filters;
    expect(idsOf(web!.ingress_rules)).toEqual([
      N4.rules.webIngressHttps,
      N4.rules.webIngressHttp,
      N4.rules.webIngressIcmp,
      N4.rules.webIngressIpv6,
    ]);
    expect(idsOf(web!.egress_rules)).toEqual([N4.rules.webEgressDns, N4.rules.webEgressAll]);
    expect((await load({ filter: AP.filters.https })).filters).toEqual([]);
  });
});
