import { createTestBackend, type TestBackend } from './testing/test-backend';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AP_SOUTHEAST_1, CN_EAST_2, CN_NORTH_4 as N4 } from './seed/seed-ids';

let t: TestBackend;
beforeAll(async () => {
  // random() = 1 never draws an injected failure, even when a request raises the failure rate.
  t = await createTestBackend({ random: () => 1 });
});
afterAll(() => t.close());

const P = N4.project;
const ID = fc.constantFrom(
  N4.sessions.figure1,
  N4.sessions.paused,
  N4.filters.web,
  N4.filters.empty,
  N4.rules.webIngressHttp,
  N4.ports.webProd02,
  N4.ports.legacyApp01,
  N4.loadBalancers.mirrorCollector,
  'nope',
  '',
);
const PROJECT = fc.constantFrom(P, AP_SOUTHEAST_1.project, CN_EAST_2.project, 'unknown');
const PATH = fc.oneof(
  fc
    .tuple(
      PROJECT,
      fc.constantFrom('traffic-mirror-sessions', 'traffic-mirror-filters', 'traffic-mirror-filter-rules'),
    )
    .map(([p, r]) => `/v3/${p}/vpc/${r}`),
  fc
    .tuple(
      PROJECT,
      fc.constantFrom('traffic-mirror-sessions', 'traffic-mirror-filters', 'traffic-mirror-filter-rules'),
      ID,
    )
    .map(([p, r, id]) => `/v3/${p}/vpc/${r}/${id}`),
  fc
    .tuple(PROJECT, ID, fc.constantFrom('add-sources', 'remove-sources'))
    .map(([p, id, op]) => `/v3/${p}/vpc/traffic-mirror-sessions/${id}/${op}`),
  fc
    .tuple(
      PROJECT,
      fc.constantFrom(
        '/v1/:p/vpcs',
        '/v1/:p/ports',
        '/v1/:p/quotas',
        '/v3/:p/vpc/security-group-rules',
        '/v1/:p/cloudservers/detail',
      ),
    )
    .map(([p, path]) => path.replace(':p', p)),
  fc.constantFrom(
    '/v3/projects',
    '/v2.0/vpc/peerings',
    '/mock-admin/settings',
    '/mock-admin/import',
    `/mock-admin/projects/${P}/quotas`,
  ),
  fc.webPath(),
);
const FIELD = fc.constantFrom(
  'name',
  'description',
  'priority',
  'traffic_mirror_filter_id',
  'traffic_mirror_sources',
  'traffic_mirror_target_id',
  'traffic_mirror_target_type',
  'virtual_network_id',
  'packet_length',
  'enabled',
  'type',
  'direction',
  'protocol',
  'ethertype',
  'action',
  'source_cidr_block',
  'destination_port_range',
  'security_group_id',
  'multiport',
  'remote_ip_prefix',
  'latency_min_ms',
  'failure_rate',
  'sources_per_session',
  'format',
  'version',
  'data',
);
const VALUE = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  ID,
  fc.array(ID, { maxLength: 4 }),
  fc.constantFrom(
    'TCP',
    'ingress',
    'IPv4',
    'accept',
    'elb',
    'eni',
    '10.0.0.0/8',
    '80-80',
    '96',
    'true',
    4789,
    1,
    0,
    -1,
    1e9,
  ),
);
const WRAPPED = fc
  .tuple(
    fc.constantFrom(
      'traffic_mirror_session',
      'traffic_mirror_filter',
      'traffic_mirror_filter_rule',
      'security_group_rule',
      'settings',
      'quotas',
    ),
    fc.dictionary(FIELD, VALUE, { maxKeys: 8 }),
  )
  .map(([wrapper, fields]) => JSON.stringify({ [wrapper]: fields }));
const BODY = fc.option(fc.oneof(WRAPPED, fc.json(), fc.string(), fc.constant('{"traffic_mirror_session":')), {
  nil: undefined,
});
const QUERY = fc
  .array(
    fc.tuple(
      fc.oneof(FIELD, fc.constantFrom('limit', 'marker'), fc.string()),
      fc.oneof(fc.string(), ID, fc.constantFrom('0', '2000', '-5')),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => new URLSearchParams(pairs).toString());
const METHOD = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH');

it('random requests never get a 5xx and never change the store unless the answer is 2xx', async () => {
  await fc.assert(
    fc.asyncProperty(METHOD, PATH, QUERY, BODY, async (method, path, query, body) => {
      const before = (await t.call('GET', '/mock-admin/export')).body.data;
      const withBody = method !== 'GET' && body !== undefined;
      const answer = await t.call(method, `${path}${query ? `?${query}` : ''}`, withBody ? body : undefined);
      expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500);
      if (answer.status >= 300) {
        expect(answer.body.error_code).toMatch(/^TM\.\d{4}$/);
        expect((await t.call('GET', '/mock-admin/export')).body.data).toEqual(before);
      }
    }),
    { numRuns: 250 },
  );
}, 120_000);
