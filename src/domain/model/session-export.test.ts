import { describe, expect, it } from 'vitest';
import { makeFilter, makeRule, makeSession } from '../matcher/fixtures';
import { filterCreateSchema } from './filter-schema';
import { ruleCreateSchema } from './rule-schema';
import { sessionApiRequests, sessionTerraform } from './session-export';
import { sessionCreateSchema } from './session-schema';

const filter = {
  ...makeFilter('f-1', [
    makeRule({
      id: 'r-1',
      direction: 'ingress',
      protocol: 'TCP',
      ethertype: 'IPv4',
      action: 'accept',
      priority: 1,
      source_cidr_block: '172.16.0.0/24',
      source_port_range: '10000-10001',
      destination_cidr_block: '10.0.0.3/32',
      destination_port_range: '80-80',
    }),
    makeRule({
      id: 'r-2',
      direction: 'egress',
      protocol: 'ALL',
      ethertype: 'IPv4',
      action: 'reject',
      priority: 1,
      source_cidr_block: '192.168.0.0/24',
      destination_cidr_block: '10.2.0.0/24',
    }),
  ]),
  name: 'table-2.filter',
  description: 'The document\'s "Table 2" ${rules}',
};
const session = {
  ...makeSession({
    id: 's-1',
    traffic_mirror_sources: ['port-b', 'port-c'],
    traffic_mirror_filter_id: 'f-1',
  }),
  name: 'figure-1',
  traffic_mirror_target_id: 'lb-1',
  traffic_mirror_target_type: 'elb' as const,
  virtual_network_id: 7,
  packet_length: 128,
};

describe('sessionTerraform', () => {
  const hcl = sessionTerraform(session, filter, {
    'port-b': 'network interface-B',
    'lb-1': 'mirror-collector',
  });

  it.each([
    ['the filter resource', 'resource "huaweicloud_vpc_traffic_mirror_filter" "table_2_filter" {'],
    [
      'each rule, referring to the filter',
      'traffic_mirror_filter_id = huaweicloud_vpc_traffic_mirror_filter.table_2_filter.id',
    ],
    [
      'the inbound rule by direction and position',
      'resource "huaweicloud_vpc_traffic_mirror_filter_rule" "table_2_filter_ingress_1" {',
    ],
    [
      'the outbound rule',
      'resource "huaweicloud_vpc_traffic_mirror_filter_rule" "table_2_filter_egress_1" {',
    ],
    ["protocols in the provider's lower case", 'protocol                 = "all"'],
    ['port ranges as sent', 'source_port_range        = "10000-10001"'],
    ['the session', 'resource "huaweicloud_vpc_traffic_mirror_session" "figure_1" {'],
    ['sources with their names', '    "port-b", # network interface-B'],
    ['the target with its name', 'traffic_mirror_target_id   = "lb-1" # mirror-collector'],
    ['numbers unquoted', 'virtual_network_id         = 7'],
    ['quotes and interpolation escaped', 'description = "The document\'s \\"Table 2\\" $${rules}"'],
  ])('writes %s', (_what, line) => {
    expect(hcl).toContain(line);
  });

  it('leaves out empty optional fields instead of writing empty strings', () => {
    const egress = hcl.slice(hcl.indexOf('table_2_filter_egress_1'));
    expect(egress.slice(0, egress.indexOf('}'))).not.toContain('port_range');
    expect(hcl).not.toContain('= ""');
  });

  it('falls back to a valid identifier when a name has no latin letters', () => {
    expect(sessionTerraform({ ...session, name: '镜像' }, { ...filter, name: '9' }, {})).toContain(
      'resource "huaweicloud_vpc_traffic_mirror_session" "session" {',
    );
  });
});

describe('sessionApiRequests', () => {
  const requests = sessionApiRequests(session, filter, 'p-1');

  it('creates the filter first, then its rules, then the session', () => {
    expect(requests.map((r) => r.path)).toEqual([
      '/v3/p-1/vpc/traffic-mirror-filters',
      '/v3/p-1/vpc/traffic-mirror-filter-rules',
      '/v3/p-1/vpc/traffic-mirror-filter-rules',
      '/v3/p-1/vpc/traffic-mirror-sessions',
    ]);
  });

  it("writes bodies the API accepts (checked with the API's own schemas)", () => {
    const [filterRequest, ...rest] = requests;
    const sessionRequest = rest.pop();
    const unwrap = (body: unknown, key: string) => (body as Record<string, unknown>)[key];
    expect(filterCreateSchema.safeParse(unwrap(filterRequest?.body, 'traffic_mirror_filter')).success).toBe(
      true,
    );
    for (const rule of rest) {
      const parsed = ruleCreateSchema.safeParse(unwrap(rule.body, 'traffic_mirror_filter_rule'));
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
    const parsedSession = sessionCreateSchema.safeParse(
      unwrap(sessionRequest?.body, 'traffic_mirror_session'),
    );
    expect(parsedSession.error?.issues ?? []).toEqual([]);
    expect(parsedSession.data).toMatchObject({
      virtual_network_id: 7,
      packet_length: 128,
      traffic_mirror_target_type: 'elb',
    });
  });
});
