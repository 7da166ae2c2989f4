import { createTestBackend, type TestBackend } from '../testing/test-backend';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CN_NORTH_4 as N4 } from '../seed/seed-ids';
import { N4_SESSIONS, sessionBody } from '../testing/bodies';

let t: TestBackend;
beforeEach(async () => {
  t = await createTestBackend();
});
afterEach(() => t.close());

const session = (body: Record<string, unknown>) => body.traffic_mirror_session as Record<string, unknown>;
const codeOf = (body: Record<string, unknown>) => body.error_code;
const fieldsOf = (body: Record<string, unknown>) => (body.details as { field: string }[]).map((d) => d.field);

describe('sessions: happy paths', () => {
  it('lists the seeded sessions in created_at order with page_info and request_id', async () => {
    const answer = await t.call('GET', N4_SESSIONS);
    expect(answer.status).toBe(200);
    const ids = (answer.body.traffic_mirror_sessions as { id: string }[]).map((s) => s.id);
    expect(ids).toEqual([N4.sessions.figure1, N4.sessions.idsEni, N4.sessions.paused]);
    expect(answer.body.page_info).toEqual({ current_count: 3, previous_marker: N4.sessions.figure1 });
    expect(answer.body.request_id).toMatch(/^[0-9a-f]{32}$/);
    expect(answer.headers.get('X-Request-Id')).toBe(answer.body.request_id);
  });

  it('reproduces Figure 1: interfaces B and C mirrored to a load balancer', async () => {
    const answer = await t.call('GET', `${N4_SESSIONS}/${N4.sessions.figure1}`);
    expect(session(answer.body)).toMatchObject({
      traffic_mirror_sources: [N4.ports.payApi02, N4.ports.webProd01],
      traffic_mirror_target_id: N4.loadBalancers.mirrorCollector,
      traffic_mirror_target_type: 'elb',
      traffic_mirror_filter_id: N4.filters.table2,
    });
  });

  it('creates with defaults, accepts string numbers and booleans, answers numbers and booleans', async () => {
    const answer = await t.call(
      'POST',
      N4_SESSIONS,
      sessionBody({ virtual_network_id: '42', packet_length: '128', enabled: 'false' }),
    );
    expect(answer.status).toBe(201);
    expect(session(answer.body)).toMatchObject({
      name: 'new-session',
      description: '',
      virtual_network_id: 42,
      packet_length: 128,
      enabled: false,
      type: 'eni',
      project_id: N4.project,
      created_at: '2025-01-01T00:00:01Z',
    });
    const defaults = await t.call('POST', N4_SESSIONS, sessionBody({ name: 'other', priority: 11 }));
    expect(session(defaults.body)).toMatchObject({ virtual_network_id: 1, packet_length: 96, enabled: true });
    expect(t.changes).toEqual([
      { project_id: N4.project, resource: 'traffic_mirror_sessions' },
      { project_id: N4.project, resource: 'traffic_mirror_sessions' },
    ]);
  });

  it('updates the allowed fields and keeps the rest', async () => {
    const path = `${N4_SESSIONS}/${N4.sessions.idsEni}`;
    const answer = await t.call('PUT', path, {
      traffic_mirror_session: {
        name: 'renamed',
        priority: 7,
        enabled: false,
        packet_length: 200,
        virtual_network_id: 9,
      },
    });
    expect(answer.status).toBe(200);
    expect(session(answer.body)).toMatchObject({
      name: 'renamed',
      priority: 7,
      enabled: false,
      packet_length: 200,
      virtual_network_id: 9,
    });
    expect(session(answer.body).updated_at).toBe('2025-01-01T00:00:01Z');
    expect(session((await t.call('GET', path)).body).name).toBe('renamed');
  });

  it('deletes with 204 and no body, then 404', async () => {
    const path = `${N4_SESSIONS}/${N4.sessions.paused}`;
    const answer = await t.call('DELETE', path);
    expect(answer.status).toBe(204);
    expect(answer.body).toEqual({});
    expect((await t.call('GET', path)).status).toBe(404);
    expect(codeOf((await t.call('DELETE', path)).body)).toBe('TM.0004');
  });

  it('adds and removes sources, and allows removing every source', async () => {
    const path = `${N4_SESSIONS}/${N4.sessions.paused}`;
    const added = await t.call('PUT', `${path}/add-sources`, {
      traffic_mirror_session: { traffic_mirror_sources: [N4.ports.payApi01] },
    });
    expect(added.status).toBe(200);
    expect(session(added.body).traffic_mirror_sources).toEqual([N4.ports.payApi02, N4.ports.payApi01]);
    const removed = await t.call('PUT', `${path}/remove-sources`, {
      traffic_mirror_session: { traffic_mirror_sources: [N4.ports.payApi02, N4.ports.payApi01] },
    });
    expect(removed.status).toBe(200);
    expect(session(removed.body).traffic_mirror_sources).toEqual([]);
  });

  it('filters lists by any field, a repeated key meaning any of, arrays by membership', async () => {
    const list = async (query: string) =>
      ((await t.call('GET', `${N4_SESSIONS}?${query}`)).body.traffic_mirror_sessions as { id: string }[]).map(
        (s) => s.id,
      );
    expect(await list('enabled=false')).toEqual([N4.sessions.paused]);
    expect(await list(`traffic_mirror_sources=${N4.ports.webProd01}`)).toEqual([
      N4.sessions.figure1,
      N4.sessions.idsEni,
    ]);
    expect(await list('priority=1&priority=5')).toEqual([N4.sessions.figure1, N4.sessions.paused]);
    expect(await list('traffic_mirror_target_type=eni&enabled=true')).toEqual([N4.sessions.idsEni]);
    expect(await list('name=nothing')).toEqual([]);
  });

  it('pages with limit and marker; next_marker is absent on the last page', async () => {
    const first = await t.call('GET', `${N4_SESSIONS}?limit=2`);
    expect(first.body.page_info).toEqual({
      previous_marker: N4.sessions.figure1,
      current_count: 2,
      next_marker: N4.sessions.idsEni,
    });
    const second = await t.call('GET', `${N4_SESSIONS}?limit=2&marker=${N4.sessions.idsEni}`);
    expect((second.body.traffic_mirror_sessions as { id: string }[]).map((s) => s.id)).toEqual([
      N4.sessions.paused,
    ]);
    expect(second.body.page_info).toEqual({ previous_marker: N4.sessions.paused, current_count: 1 });
    for (const bad of ['limit=-1', 'limit=2001', 'limit=abc', 'limit=1.5', 'marker=unknown']) {
      const answer = await t.call('GET', `${N4_SESSIONS}?${bad}`);
      expect([answer.status, codeOf(answer.body)]).toEqual([400, 'TM.0002']);
    }
    expect((await t.call('GET', `${N4_SESSIONS}?limit=0`)).body.page_info).toMatchObject({
      current_count: 3,
    });
  });
});

describe('sessions: change notices', () => {
  it('name the method and the id, and carry the session exactly as the write answered it', async () => {
    const created = await t.call('POST', N4_SESSIONS, sessionBody({ name: 'noticed' }));
    const id = session(created.body).id as string;
    const updated = await t.call('PUT', `${N4_SESSIONS}/${id}`, {
      traffic_mirror_session: { description: 'changed' },
    });
    const moved = await t.call('PUT', `${N4_SESSIONS}/${id}/remove-sources`, {
      traffic_mirror_session: { traffic_mirror_sources: session(created.body).traffic_mirror_sources },
    });
    await t.call('DELETE', `${N4_SESSIONS}/${id}`);
    expect(t.changeDetails).toEqual([
      { method: 'POST', id, item: session(created.body) },
      { method: 'PUT', id, item: session(updated.body) },
      { method: 'PUT', id, item: session(moved.body) },
      { method: 'DELETE', id },
    ]);
  });

  it('are not sent for reads or for refused writes', async () => {
    await t.call('GET', N4_SESSIONS);
    await t.call('PUT', `${N4_SESSIONS}/${N4.sessions.paused}`, { traffic_mirror_session: { priority: 0 } });
    expect(t.changeDetails).toEqual([]);
  });
});

describe('sessions: field rules (TM.0002, details per field)', () => {
  it.each([
    ['name', ''],
    ['name', 'has space'],
    ['name', 'x'.repeat(65)],
    ['description', 'a <b>'],
    ['description', 'x'.repeat(256)],
    ['priority', 0],
    ['priority', 32767],
    ['priority', '5'],
    ['priority', 1.5],
    ['virtual_network_id', -1],
    ['virtual_network_id', 16777216],
    ['packet_length', 0],
    ['packet_length', 1461],
    ['packet_length', 'abc'],
    ['enabled', 'yes'],
    ['traffic_mirror_target_type', 'vm'],
    ['traffic_mirror_target_id', ['a', 'b']],
    ['traffic_mirror_filter_id', ''],
    ['traffic_mirror_sources', []],
    ['traffic_mirror_sources', 'port'],
    ['type', 'elb'],
  ])('refuses %s = %j', async (field, value) => {
    const answer = await t.call('POST', N4_SESSIONS, sessionBody({ [field]: value }));
    expect(answer.status).toBe(400);
    expect(codeOf(answer.body)).toBe('TM.0002');
    expect(fieldsOf(answer.body)).toContain(`traffic_mirror_session.${field}`);
  });

  it('names every missing required field', async () => {
    const answer = await t.call('POST', N4_SESSIONS, { traffic_mirror_session: {} });
    expect(fieldsOf(answer.body)).toEqual(
      expect.arrayContaining(
        [
          'name',
          'traffic_mirror_filter_id',
          'traffic_mirror_sources',
          'traffic_mirror_target_id',
          'traffic_mirror_target_type',
          'priority',
        ].map((f) => `traffic_mirror_session.${f}`),
      ),
    );
  });

  it('refuses malformed JSON and a missing wrapper with TM.0001', async () => {
    for (const body of [
      '{"traffic_mirror_session":',
      '',
      '[]',
      '{"session": {}}',
      '{"traffic_mirror_session": []}',
      'null',
    ]) {
      const answer = await t.call('POST', N4_SESSIONS, body);
      expect([answer.status, codeOf(answer.body)]).toEqual([400, 'TM.0001']);
    }
  });

  it('refuses changing sources or type through update', async () => {
    const path = `${N4_SESSIONS}/${N4.sessions.idsEni}`;
    const sources = await t.call('PUT', path, {
      traffic_mirror_session: { traffic_mirror_sources: [N4.ports.payApi01] },
    });
    expect([sources.status, fieldsOf(sources.body)]).toEqual([
      400,
      ['traffic_mirror_session.traffic_mirror_sources'],
    ]);
    const type = await t.call('PUT', path, { traffic_mirror_session: { type: 'elb' } });
    expect(codeOf(type.body)).toBe('TM.0002');
    const same = await t.call('PUT', path, {
      traffic_mirror_session: { traffic_mirror_sources: [N4.ports.webProd01], type: 'eni' },
    });
    expect(same.status).toBe(200);
  });
});
