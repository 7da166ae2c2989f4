/**
 * A session, its filter and the filter's rules, written out as configuration another tool
 * can apply: Terraform for the huaweicloud provider's traffic-mirror resources, and the
 * cloud API's request bodies in the order they must be sent.
 */
import type { TrafficMirrorFilter, TrafficMirrorFilterRule, TrafficMirrorSession } from './types';

/** A Terraform identifier from a display name: `web-prod.01` -> `web_prod_01`. */
function identifier(name: string, fallback: string): string {
  const cleaned = name
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (cleaned === '') return fallback;
  return /^[a-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** An HCL string literal; `${` and `%{` are escaped so that names are never interpolated. */
function hclString(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\$\{/g, '$$${')
    .replace(/%\{/g, '%%{');
  return `"${escaped}"`;
}

function block(type: string, name: string, attributes: [string, string | undefined][]): string {
  const present = attributes.filter((a): a is [string, string] => a[1] !== undefined);
  const width = Math.max(...present.map(([key]) => key.length));
  const lines = present.map(([key, value]) => `  ${key.padEnd(width)} = ${value}`);
  return `resource "${type}" "${name}" {\n${lines.join('\n')}\n}`;
}

const optional = (value: string) => (value === '' ? undefined : hclString(value));

function ruleBlock(rule: TrafficMirrorFilterRule, filterName: string, index: number): string {
  return block('huaweicloud_vpc_traffic_mirror_filter_rule', `${filterName}_${rule.direction}_${index + 1}`, [
    ['traffic_mirror_filter_id', `huaweicloud_vpc_traffic_mirror_filter.${filterName}.id`],
    ['direction', hclString(rule.direction)],
    ['protocol', hclString(rule.protocol.toLowerCase())],
    ['ethertype', hclString(rule.ethertype)],
    ['action', hclString(rule.action)],
    ['priority', String(rule.priority)],
    ['source_cidr_block', optional(rule.source_cidr_block)],
    ['source_port_range', optional(rule.source_port_range)],
    ['destination_cidr_block', optional(rule.destination_cidr_block)],
    ['destination_port_range', optional(rule.destination_port_range)],
    ['description', optional(rule.description)],
  ]);
}

/**
 * Terraform configuration that recreates the session with its filter and rules. Sources and
 * target are existing interfaces and load balancers, so they stay ids; `labels` (id -> name)
 * adds the resource names as comments.
 *
 * @example sessionTerraform(session, filter, { [session.traffic_mirror_target_id]: 'mirror-collector' })
 * // 'resource "huaweicloud_vpc_traffic_mirror_filter" "table_2_filter" {\n  name = "table-2-filter"\n ...'
 */
export function sessionTerraform(
  session: TrafficMirrorSession,
  filter: TrafficMirrorFilter,
  labels: Readonly<Record<string, string>> = {},
): string {
  const filterName = identifier(filter.name, 'filter');
  const sessionName = identifier(session.name, 'session');
  const rules = [...filter.ingress_rules, ...filter.egress_rules];
  const label = (id: string) => (labels[id] ? ` # ${labels[id]}` : '');
  const sources = session.traffic_mirror_sources.map((id) => `    ${hclString(id)},${label(id)}`).join('\n');
  const sessionBlock = block('huaweicloud_vpc_traffic_mirror_session', sessionName, [
    ['name', hclString(session.name)],
    ['description', optional(session.description)],
    ['traffic_mirror_filter_id', `huaweicloud_vpc_traffic_mirror_filter.${filterName}.id`],
    ['traffic_mirror_sources', `[\n${sources}\n  ]`],
    [
      'traffic_mirror_target_id',
      `${hclString(session.traffic_mirror_target_id)}${label(session.traffic_mirror_target_id)}`,
    ],
    ['traffic_mirror_target_type', hclString(session.traffic_mirror_target_type)],
    ['priority', String(session.priority)],
    ['virtual_network_id', String(session.virtual_network_id)],
    ['packet_length', String(session.packet_length)],
    ['enabled', String(session.enabled)],
  ]);
  return (
    [
      block('huaweicloud_vpc_traffic_mirror_filter', filterName, [
        ['name', hclString(filter.name)],
        ['description', optional(filter.description)],
      ]),
      ...rules.map((rule) =>
        ruleBlock(
          rule,
          filterName,
          (rule.direction === 'ingress' ? filter.ingress_rules : filter.egress_rules).indexOf(rule),
        ),
      ),
      sessionBlock,
    ].join('\n\n') + '\n'
  );
}

/** One request of {@link sessionApiRequests}: method, path and JSON body. */
export interface ApiRequestSpec {
  method: 'POST';
  path: string;
  body: unknown;
}

/**
 * The API calls that recreate the session in a project, in order: the filter, its rules,
 * then the session. Ids the server will assign are written as `{filter_id}`.
 *
 * @example sessionApiRequests(session, filter, 'p-1')[0]
 * // { method: 'POST', path: '/v3/p-1/vpc/traffic-mirror-filters', body: { traffic_mirror_filter: { name: ..., description: ... } } }
 */
export function sessionApiRequests(
  session: TrafficMirrorSession,
  filter: TrafficMirrorFilter,
  projectId: string,
): ApiRequestSpec[] {
  const base = `/v3/${projectId}/vpc`;
  const rules = [...filter.ingress_rules, ...filter.egress_rules].map((rule) => ({
    method: 'POST' as const,
    path: `${base}/traffic-mirror-filter-rules`,
    body: {
      traffic_mirror_filter_rule: {
        traffic_mirror_filter_id: '{filter_id}',
        direction: rule.direction,
        protocol: rule.protocol,
        ethertype: rule.ethertype,
        action: rule.action,
        priority: rule.priority,
        source_cidr_block: rule.source_cidr_block,
        destination_cidr_block: rule.destination_cidr_block,
        source_port_range: rule.source_port_range,
        destination_port_range: rule.destination_port_range,
        description: rule.description,
      },
    },
  }));
  return [
    {
      method: 'POST',
      path: `${base}/traffic-mirror-filters`,
      body: { traffic_mirror_filter: { name: filter.name, description: filter.description } },
    },
    ...rules,
    {
      method: 'POST',
      path: `${base}/traffic-mirror-sessions`,
      body: {
        traffic_mirror_session: {
          name: session.name,
          description: session.description,
          traffic_mirror_filter_id: '{filter_id}',
          traffic_mirror_sources: session.traffic_mirror_sources,
          traffic_mirror_target_id: session.traffic_mirror_target_id,
          traffic_mirror_target_type: session.traffic_mirror_target_type,
          priority: session.priority,
          virtual_network_id: session.virtual_network_id,
          packet_length: session.packet_length,
          enabled: session.enabled,
          type: session.type,
        },
      },
    },
  ];
}
