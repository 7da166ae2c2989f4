import { createTestBackend, type TestBackend } from '../testing/test-backend';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CN_NORTH_4 as N4 } from '../seed/seed-ids';
import { N4_FILTERS, N4_RULES, N4_SESSIONS, ruleBody } from '../testing/bodies';

let t: TestBackend;
beforeEach(async () => {
  t = await createTestBackend();
});
afterEach(() => t.close());

type Rule = { id: string; priority: number; direction: string };
const filterOf = (body: Record<string, unknown>) =>
  body.traffic_mirror_filter as { id: string; name: string; ingress_rules: Rule[]; egress_rules: Rule[] };
const ruleOf = (body: Record<string, unknown>) => body.traffic_mirror_filter_rule as Record<string, unknown>;
const fieldsOf = (body: Record<string, unknown>) =>
  ((body.details ?? []) as { field: string }[]).map((d) => d.field);

async function newFilter(name = 'f-new') {
  const answer = await t.call('POST', N4_FILTERS, { traffic_mirror_filter: { name } });
  return filterOf(answer.body).id;
}

describe('filters', () => {
  it('lists filters with their rules sorted by priority; Table 2 is seeded', async () => {
    const answer = await t.call('GET', N4_FILTERS);
    const filters = answer.body.traffic_mirror_filters as ReturnType<typeof filterOf>[];
    expect(filters.map((f) => f.name)).toEqual([
      'doc-table-2-filter',
      'web-traffic-filter',
      'no-rules-filter',
    ]);
    const table2 = filterOf((await t.call('GET', `${N4_FILTERS}/${N4.filters.table2}`)).body);
    expect(table2.ingress_rules[0]).toMatchObject({
      protocol: 'TCP',
      action: 'accept',
      source_cidr_block: '172.16.0.0/24',
      source_port_range: '10000-10001',
      destination_cidr_block: '10.0.0.3/32',
      destination_port_range: '80-80',
    });
    expect(table2.egress_rules[0]).toMatchObject({
      protocol: 'ALL',
      action: 'reject',
      source_port_range: '',
    });
    const web = filters[1];
    expect(web?.ingress_rules.map((r) => r.priority)).toEqual([10, 20, 30, 40]);
  });

  it('creates (201, empty rules), updates name and description, deletes (204)', async () => {
    const created = await t.call('POST', N4_FILTERS, {
      traffic_mirror_filter: { name: 'audit', description: 'x' },
    });
    expect(created.status).toBe(201);
    const filter = filterOf(created.body);
    expect(filter).toMatchObject({
      name: 'audit',
      description: 'x',
      type: 'eni',
      ingress_rules: [],
      egress_rules: [],
    });
    const updated = await t.call('PUT', `${N4_FILTERS}/${filter.id}`, {
      traffic_mirror_filter: { name: 'audit-2' },
    });
    expect(filterOf(updated.body)).toMatchObject({ name: 'audit-2', description: 'x' });
    expect((await t.call('DELETE', `${N4_FILTERS}/${filter.id}`)).status).toBe(204);
    expect((await t.call('GET', `${N4_FILTERS}/${filter.id}`)).status).toBe(404);
  });

  it.each([
    ['name', ''],
    ['name', 'a/b'],
    ['name', 5],
    ['description', '<script>'],
    ['type', 'elb'],
  ])('refuses %s = %j with TM.0002', async (field, value) => {
    const answer = await t.call('POST', N4_FILTERS, {
      traffic_mirror_filter: { name: 'ok', [field]: value },
    });
    expect([answer.status, answer.body.error_code, fieldsOf(answer.body)]).toEqual([
      400,
      'TM.0002',
      [`traffic_mirror_filter.${field}`],
    ]);
  });

  it('C6: a filter used by a session cannot be deleted; after the session goes, it and its rules can', async () => {
    const refused = await t.call('DELETE', `${N4_FILTERS}/${N4.filters.web}`);
    expect([refused.status, refused.body.error_code]).toEqual([409, 'TM.0006']);
    expect(refused.body.error_msg).toMatch(/web-prod-01-to-ids/);
    await t.call('DELETE', `${N4_SESSIONS}/${N4.sessions.idsEni}`);
    expect((await t.call('DELETE', `${N4_FILTERS}/${N4.filters.web}`)).status).toBe(204);
    expect((await t.call('GET', `${N4_RULES}/${N4.rules.webEgressAll}`)).status).toBe(404);
  });

  it('a page of one filter after a marker gives its own id as the next marker', async () => {
    const page = await t.call('GET', `${N4_FILTERS}?limit=1&marker=${N4.filters.table2}`);
    expect(page.body.page_info).toEqual({
      previous_marker: N4.filters.web,
      current_count: 1,
      next_marker: N4.filters.web,
    });
  });
});

describe('filter rules', () => {
  it('creates a rule (protocol echoed as sent, ethertype normalised, unset fields "")', async () => {
    const answer = await t.call(
      'POST',
      N4_RULES,
      ruleBody(N4.filters.web, { protocol: 'udp', ethertype: 'ipv4' }),
    );
    expect(answer.status).toBe(201);
    expect(ruleOf(answer.body)).toMatchObject({
      protocol: 'udp',
      ethertype: 'IPv4',
      source_cidr_block: '',
      destination_cidr_block: '',
      source_port_range: '',
      destination_port_range: '',
      description: '',
      project_id: N4.project,
    });
    const filter = filterOf((await t.call('GET', `${N4_FILTERS}/${N4.filters.web}`)).body);
    expect(filter.ingress_rules.map((r) => r.priority)).toEqual([10, 20, 30, 40, 50]);
  });

  it.each([
    ['direction', 'inbound'],
    ['protocol', 'GRE'],
    ['ethertype', 'IPv5'],
    ['action', 'allow'],
    ['priority', 0],
    ['priority', 65536],
    ['source_cidr_block', '010.0.0.0/8'],
    ['source_cidr_block', '10.1/8'],
    ['destination_cidr_block', '10.0.0.0/33'],
    ['destination_cidr_block', '2001:db8::/32'],
    ['source_port_range', '80'],
    ['destination_port_range', '90-80'],
    ['destination_port_range', '0-10'],
    ['description', '>'],
  ])('refuses %s = %j with TM.0002', async (field, value) => {
    const answer = await t.call('POST', N4_RULES, ruleBody(N4.filters.web, { [field]: value }));
    expect([answer.status, answer.body.error_code]).toEqual([400, 'TM.0002']);
    expect(fieldsOf(answer.body)).toContain(`traffic_mirror_filter_rule.${field}`);
  });

  it('checks coherence: ICMP with IPv4 only, ports only with TCP/UDP', async () => {
    const icmp6 = await t.call(
      'POST',
      N4_RULES,
      ruleBody(N4.filters.web, { protocol: 'ICMP', ethertype: 'IPv6' }),
    );
    expect(fieldsOf(icmp6.body)).toEqual(['traffic_mirror_filter_rule.protocol']);
    const ports = await t.call(
      'POST',
      N4_RULES,
      ruleBody(N4.filters.web, { protocol: 'ALL', destination_port_range: '80-80' }),
    );
    expect(fieldsOf(ports.body)).toEqual(['traffic_mirror_filter_rule.destination_port_range']);
    const host = await t.call(
      'POST',
      N4_RULES,
      ruleBody(N4.filters.web, { source_cidr_block: '10.0.0.1/8' }),
    );
    expect(host.status).toBe(201);
  });

  it('C5: priorities are unique per filter and direction', async () => {
    const taken = await t.call('POST', N4_RULES, ruleBody(N4.filters.web, { priority: 10 }));
    expect([taken.status, taken.body.error_code, fieldsOf(taken.body)]).toEqual([
      409,
      'TM.0006',
      ['traffic_mirror_filter_rule.priority'],
    ]);
    const otherDirection = await t.call(
      'POST',
      N4_RULES,
      ruleBody(N4.filters.web, { priority: 30, direction: 'egress' }),
    );
    expect(otherDirection.status).toBe(201);
    const update = await t.call('PUT', `${N4_RULES}/${N4.rules.webIngressHttp}`, {
      traffic_mirror_filter_rule: { priority: 10 },
    });
    expect(update.body.error_code).toBe('TM.0006');
  });

  it('quota: 10 inbound and 10 outbound rules per filter', async () => {
    const filter = await newFilter();
    for (let p = 1; p <= 10; p += 1) {
      expect((await t.call('POST', N4_RULES, ruleBody(filter, { priority: p }))).status).toBe(201);
    }
    const eleventh = await t.call('POST', N4_RULES, ruleBody(filter, { priority: 11 }));
    expect([eleventh.status, eleventh.body.error_code]).toEqual([409, 'TM.0005']);
    expect(eleventh.body.error_msg).toMatch(/10/);
    expect(
      (await t.call('POST', N4_RULES, ruleBody(filter, { priority: 11, direction: 'egress' }))).status,
    ).toBe(201);
  });

  it('updates a rule but not its filter or direction; coherence is checked on the result', async () => {
    const path = `${N4_RULES}/${N4.rules.webIngressHttps}`;
    const updated = await t.call('PUT', path, {
      traffic_mirror_filter_rule: { action: 'reject', destination_port_range: '8443-8443' },
    });
    expect(ruleOf(updated.body)).toMatchObject({
      action: 'reject',
      destination_port_range: '8443-8443',
      priority: 10,
    });
    const move = await t.call('PUT', path, {
      traffic_mirror_filter_rule: { traffic_mirror_filter_id: N4.filters.table2 },
    });
    expect(fieldsOf(move.body)).toEqual(['traffic_mirror_filter_rule.traffic_mirror_filter_id']);
    const turn = await t.call('PUT', path, { traffic_mirror_filter_rule: { direction: 'egress' } });
    expect(fieldsOf(turn.body)).toEqual(['traffic_mirror_filter_rule.direction']);
    const icmp = await t.call('PUT', path, { traffic_mirror_filter_rule: { protocol: 'ICMP' } });
    expect(icmp.body.error_code).toBe('TM.0002');
  });

  it('a rule naming a missing filter is TM.0004; rules list filters by filter and direction; delete is 204', async () => {
    const missing = await t.call('POST', N4_RULES, ruleBody('99999999-0000-4000-8000-000000000000'));
    expect([missing.status, missing.body.error_code]).toEqual([404, 'TM.0004']);
    const list = await t.call(
      'GET',
      `${N4_RULES}?traffic_mirror_filter_id=${N4.filters.web}&direction=egress`,
    );
    expect((list.body.traffic_mirror_filter_rules as Rule[]).map((r) => r.id)).toEqual([
      N4.rules.webEgressDns,
      N4.rules.webEgressAll,
    ]);
    expect((await t.call('DELETE', `${N4_RULES}/${N4.rules.webEgressDns}`)).status).toBe(204);
    expect((await t.call('GET', `${N4_RULES}/${N4.rules.webEgressDns}`)).status).toBe(404);
  });

  it.each([
    ['protocol=udp', 'protocol=UDP'],
    ['direction=EGRESS', 'direction=egress'],
    ['ethertype=ipv4', 'ethertype=IPv4'],
    ['action=ACCEPT', 'action=accept'],
  ])('filters on names from a fixed list without case: %s finds what %s finds', async (blind, exact) => {
    const ids = async (query: string) =>
      ((await t.call('GET', `${N4_RULES}?${query}`)).body.traffic_mirror_filter_rules as Rule[]).map(
        (r) => r.id,
      );
    const found = await ids(exact);
    expect(found.length).toBeGreaterThan(0);
    expect(await ids(blind)).toEqual(found);
  });

  it('filters on names with their case', async () => {
    const path = N4_RULES.replace('traffic-mirror-filter-rules', 'traffic-mirror-filters');
    const names = async (query: string) =>
      ((await t.call('GET', `${path}?${query}`)).body.traffic_mirror_filters as { name: string }[]).map(
        (f) => f.name,
      );
    const [first] = await names('');
    expect(await names(`name=${first}`)).toEqual([first]);
    expect(await names(`name=${first!.toUpperCase()}`)).toEqual([]);
  });
});
