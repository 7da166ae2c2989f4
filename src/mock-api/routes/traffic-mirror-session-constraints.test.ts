import { createTestBackend, type TestBackend } from '../testing/test-backend';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AP_SOUTHEAST_1, CN_EAST_2, CN_NORTH_4 as N4 } from '../seed/seed-ids';
import { N4_FILTERS, N4_SESSIONS, sessionBody } from '../testing/bodies';

let t: TestBackend;
beforeEach(async () => {
  t = await createTestBackend();
});
afterEach(() => t.close());

const session = (body: Record<string, unknown>) => body.traffic_mirror_session as Record<string, unknown>;
const codeOf = (body: Record<string, unknown>) => body.error_code;
const fieldsOf = (body: Record<string, unknown>) => (body.details as { field: string }[]).map((d) => d.field);

describe('sessions: constraints', () => {
  it('C1: an interface of a non-c7t ECS cannot be a source', async () => {
    const answer = await t.call(
      'POST',
      N4_SESSIONS,
      sessionBody({ traffic_mirror_sources: [N4.ports.legacyApp01] }),
    );
    expect([answer.status, codeOf(answer.body)]).toEqual([400, 'TM.0003']);
    expect(fieldsOf(answer.body)).toEqual(['traffic_mirror_session.traffic_mirror_sources.0']);
  });

  it('C2: a target cannot be a source, and a source cannot be a target', async () => {
    const asSource = await t.call(
      'POST',
      N4_SESSIONS,
      sessionBody({ traffic_mirror_sources: [N4.ports.idsCollector01] }),
    );
    expect(codeOf(asSource.body)).toBe('TM.0003');
    const asTarget = await t.call(
      'POST',
      N4_SESSIONS,
      sessionBody({ traffic_mirror_target_id: N4.ports.payApi02, traffic_mirror_target_type: 'eni' }),
    );
    expect([asTarget.status, codeOf(asTarget.body)]).toEqual([400, 'TM.0003']);
  });

  it('C3: source and target must share a VPC, an active peering or an enterprise router', async () => {
    const isolated = await t.call(
      'POST',
      N4_SESSIONS,
      sessionBody({ traffic_mirror_sources: [N4.ports.sandbox01] }),
    );
    expect(codeOf(isolated.body)).toBe('TM.0003');
    const pending = await t.call(
      'POST',
      N4_SESSIONS,
      sessionBody({
        traffic_mirror_sources: [N4.ports.sandbox01],
        traffic_mirror_target_id: N4.loadBalancers.idsSecurity,
      }),
    );
    expect(codeOf(pending.body)).toBe('TM.0003');
    const peered = await t.call(
      'POST',
      N4_SESSIONS,
      sessionBody({ traffic_mirror_target_id: N4.ports.idsCollector01, traffic_mirror_target_type: 'eni' }),
    );
    expect(peered.status).toBe(201);
    const router = await t.call(
      'POST',
      N4_SESSIONS,
      sessionBody({ name: 'er', traffic_mirror_sources: [N4.ports.batchWorker01] }),
    );
    expect(router.status).toBe(201);
  });

  it('C4: sessions sharing a source need different priorities (create, update, add-sources)', async () => {
    const create = await t.call(
      'POST',
      N4_SESSIONS,
      sessionBody({ traffic_mirror_sources: [N4.ports.webProd01], priority: 2 }),
    );
    expect([create.status, codeOf(create.body), fieldsOf(create.body)]).toEqual([
      409,
      'TM.0006',
      ['traffic_mirror_session.priority'],
    ]);
    const update = await t.call('PUT', `${N4_SESSIONS}/${N4.sessions.idsEni}`, {
      traffic_mirror_session: { priority: 1 },
    });
    expect(codeOf(update.body)).toBe('TM.0006');
    expect((await t.call('POST', N4_SESSIONS, sessionBody({ priority: 5 }))).status).toBe(201);
    const add = await t.call('PUT', `${N4_SESSIONS}/${N4.sessions.paused}/add-sources`, {
      traffic_mirror_session: { traffic_mirror_sources: [N4.ports.webProd02] },
    });
    expect([codeOf(add.body), fieldsOf(add.body)]).toEqual([
      'TM.0006',
      ['traffic_mirror_session.traffic_mirror_sources.0'],
    ]);
    const ok = await t.call('PUT', `${N4_SESSIONS}/${N4.sessions.paused}/add-sources`, {
      traffic_mirror_session: { traffic_mirror_sources: [N4.ports.payApi01] },
    });
    expect(ok.status).toBe(200);
  });

  it('C6: missing filter, source or target is TM.0004; a duplicate source is TM.0006', async () => {
    const missing = '99999999-0000-4000-8000-000000000000';
    for (const field of ['traffic_mirror_filter_id', 'traffic_mirror_target_id']) {
      const answer = await t.call('POST', N4_SESSIONS, sessionBody({ [field]: missing }));
      expect([answer.status, codeOf(answer.body), fieldsOf(answer.body)]).toEqual([
        404,
        'TM.0004',
        [`traffic_mirror_session.${field}`],
      ]);
    }
    const source = await t.call('POST', N4_SESSIONS, sessionBody({ traffic_mirror_sources: [missing] }));
    expect(codeOf(source.body)).toBe('TM.0004');
    const twice = await t.call(
      'POST',
      N4_SESSIONS,
      sessionBody({ traffic_mirror_sources: [N4.ports.webProd02, N4.ports.webProd02] }),
    );
    expect([twice.status, codeOf(twice.body)]).toEqual([409, 'TM.0006']);
    const again = await t.call('PUT', `${N4_SESSIONS}/${N4.sessions.figure1}/add-sources`, {
      traffic_mirror_session: { traffic_mirror_sources: [N4.ports.webProd01] },
    });
    expect(codeOf(again.body)).toBe('TM.0006');
    const notThere = await t.call('PUT', `${N4_SESSIONS}/${N4.sessions.figure1}/remove-sources`, {
      traffic_mirror_session: { traffic_mirror_sources: [N4.ports.webProd02] },
    });
    expect([notThere.status, codeOf(notThere.body)]).toEqual([404, 'TM.0004']);
  });

  it('a resource of another project is not found', async () => {
    const other = await t.call(
      'POST',
      N4_SESSIONS,
      sessionBody({ traffic_mirror_filter_id: AP_SOUTHEAST_1.filters.https }),
    );
    expect(codeOf(other.body)).toBe('TM.0004');
    const show = await t.call('GET', `${N4_SESSIONS}/${AP_SOUTHEAST_1.sessions.shopWeb}`);
    expect(show.status).toBe(404);
  });

  it('C7: a region without Traffic Mirroring answers TM.0007 on every TM path', async () => {
    const base = `/v3/${CN_EAST_2.project}/vpc`;
    for (const [method, path] of [
      ['GET', `${base}/traffic-mirror-sessions`],
      ['POST', `${base}/traffic-mirror-sessions`],
      ['GET', `${base}/traffic-mirror-filters`],
      ['POST', `${base}/traffic-mirror-filter-rules`],
      ['DELETE', `${base}/traffic-mirror-sessions/x`],
    ] as const) {
      const answer = await t.call(method, path, method === 'POST' ? sessionBody() : undefined);
      expect([answer.status, codeOf(answer.body)]).toEqual([400, 'TM.0007']);
    }
    expect((await t.call('GET', `/v3/unknown-project/vpc/traffic-mirror-sessions`)).status).toBe(404);
  });
});

describe('sessions: quotas (TM.0005)', () => {
  it('sessions per source: 3', async () => {
    const first = await t.call(
      'POST',
      N4_SESSIONS,
      sessionBody({ traffic_mirror_sources: [N4.ports.webProd01], priority: 3 }),
    );
    expect(first.status).toBe(201);
    const fourth = await t.call(
      'POST',
      N4_SESSIONS,
      sessionBody({ traffic_mirror_sources: [N4.ports.webProd01], priority: 4 }),
    );
    expect([fourth.status, codeOf(fourth.body)]).toEqual([409, 'TM.0005']);
    expect(fourth.body.error_msg).toMatch(/3/);
  });

  it('sources per session: the quota in force, raised through mock-admin', async () => {
    await t.setQuotas(N4.project, { sources_per_session: 2 });
    const sources = [N4.ports.webProd02, N4.ports.payApi01, N4.ports.payApi02Eth1];
    const over = await t.call('POST', N4_SESSIONS, sessionBody({ traffic_mirror_sources: sources }));
    expect([over.status, codeOf(over.body), fieldsOf(over.body)]).toEqual([
      409,
      'TM.0005',
      ['traffic_mirror_session.traffic_mirror_sources'],
    ]);
    const created = await t.call(
      'POST',
      N4_SESSIONS,
      sessionBody({ traffic_mirror_sources: sources.slice(0, 2) }),
    );
    const id = session(created.body).id as string;
    const add = await t.call('PUT', `${N4_SESSIONS}/${id}/add-sources`, {
      traffic_mirror_session: { traffic_mirror_sources: [sources[2]] },
    });
    expect(codeOf(add.body)).toBe('TM.0005');
    const raised = await t.call('PUT', `/mock-admin/projects/${N4.project}/quotas`, {
      quotas: { sources_per_session: 11 },
    });
    expect(raised.status).toBe(200);
    expect(
      (
        await t.call('PUT', `${N4_SESSIONS}/${id}/add-sources`, {
          traffic_mirror_session: { traffic_mirror_sources: [sources[2]] },
        })
      ).status,
    ).toBe(200);
  });

  it('sessions per ENI target and per load balancer target', async () => {
    await t.setQuotas(N4.project, { sessions_per_eni_target: 1, sessions_per_elb_target: 1 });
    const eni = await t.call(
      'POST',
      N4_SESSIONS,
      sessionBody({ traffic_mirror_target_id: N4.ports.idsCollector01, traffic_mirror_target_type: 'eni' }),
    );
    expect(codeOf(eni.body)).toBe('TM.0005');
    const elb = await t.call('POST', N4_SESSIONS, sessionBody());
    expect(codeOf(elb.body)).toBe('TM.0005');
    const moved = await t.call('PUT', `${N4_SESSIONS}/${N4.sessions.paused}`, {
      traffic_mirror_session: { traffic_mirror_target_id: N4.ports.idsCollector01 },
    });
    expect(codeOf(moved.body)).toBe('TM.0005');
    const free = await t.call(
      'POST',
      N4_SESSIONS,
      sessionBody({ traffic_mirror_target_id: N4.loadBalancers.idsSecurity }),
    );
    expect(free.status).toBe(201);
  });

  it('sessions per filter and per region', async () => {
    await t.setQuotas(N4.project, { sessions_per_filter: 1, sessions_per_region: 4 });
    const filter = await t.call(
      'POST',
      N4_SESSIONS,
      sessionBody({ traffic_mirror_filter_id: N4.filters.table2 }),
    );
    expect([codeOf(filter.body), fieldsOf(filter.body)]).toEqual([
      'TM.0005',
      ['traffic_mirror_session.traffic_mirror_filter_id'],
    ]);
    const filterAnswer = await t.call('POST', N4_FILTERS, { traffic_mirror_filter: { name: 'spare' } });
    const spare = (filterAnswer.body.traffic_mirror_filter as { id: string }).id;
    expect((await t.call('POST', N4_SESSIONS, sessionBody({ traffic_mirror_filter_id: spare }))).status).toBe(
      201,
    );
    const region = await t.call('POST', N4_SESSIONS, sessionBody({ name: 'fifth', priority: 12 }));
    expect([region.status, codeOf(region.body)]).toEqual([409, 'TM.0005']);
    expect(region.body.error_msg).toMatch(/4/);
  });

  it('targets and filters per session: one each, a list is refused', async () => {
    const filters = await t.call(
      'POST',
      N4_SESSIONS,
      sessionBody({ traffic_mirror_filter_id: [N4.filters.web, N4.filters.table2] }),
    );
    expect(codeOf(filters.body)).toBe('TM.0002');
  });

  it('a refused write changes nothing', async () => {
    const before = await t.call('GET', '/mock-admin/export');
    await t.call(
      'POST',
      N4_SESSIONS,
      sessionBody({ traffic_mirror_sources: [N4.ports.webProd02, N4.ports.legacyApp01] }),
    );
    await t.call('PUT', `${N4_SESSIONS}/${N4.sessions.paused}/add-sources`, {
      traffic_mirror_session: { traffic_mirror_sources: [N4.ports.webProd02, N4.ports.sandbox01] },
    });
    const after = await t.call('GET', '/mock-admin/export');
    expect(after.body.data).toEqual(before.body.data);
    expect(t.changes).toEqual([]);
  });
});
