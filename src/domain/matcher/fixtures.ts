/**
 * Builders of sessions, filters and rules with every API field filled, for tests, the
 * benchmark and examples: only the fields that matter to a case need to be written.
 */
import type { TrafficMirrorFilter, TrafficMirrorFilterRule, TrafficMirrorSession } from '../model/types';

const TIME = '2024-04-22T08:00:00Z';

/**
 * A rule that matches everything (IPv4, ALL, any address and port) unless told otherwise.
 *
 * @example makeRule({ id: 'r1', action: 'reject', protocol: 'TCP', destination_port_range: '80-80' })
 */
export function makeRule(fields: Partial<TrafficMirrorFilterRule> & { id: string }): TrafficMirrorFilterRule {
  return {
    project_id: 'project-1',
    traffic_mirror_filter_id: 'filter-1',
    direction: 'ingress',
    protocol: 'ALL',
    ethertype: 'IPv4',
    action: 'accept',
    priority: 1,
    source_cidr_block: '',
    destination_cidr_block: '',
    source_port_range: '',
    destination_port_range: '',
    description: '',
    created_at: TIME,
    updated_at: TIME,
    ...fields,
  };
}

/**
 * A filter holding the given rules, each put in the list of its direction.
 *
 * @example makeFilter('filter-1', [makeRule({ id: 'r1', direction: 'egress' })]).egress_rules.length // 1
 */
export function makeFilter(id: string, rules: TrafficMirrorFilterRule[]): TrafficMirrorFilter {
  const own = rules.map((r) => ({ ...r, traffic_mirror_filter_id: id }));
  return {
    id,
    project_id: 'project-1',
    name: id,
    description: '',
    type: 'eni',
    ingress_rules: own.filter((r) => r.direction === 'ingress'),
    egress_rules: own.filter((r) => r.direction === 'egress'),
    created_at: TIME,
    updated_at: TIME,
  };
}

/**
 * An enabled session with the API defaults (VNI 1, packet length 96) unless told otherwise.
 *
 * @example makeSession({ id: 's1', traffic_mirror_sources: ['eni-b'], traffic_mirror_filter_id: 'filter-1' })
 */
export function makeSession(
  fields: Partial<TrafficMirrorSession> & Pick<TrafficMirrorSession, 'id' | 'traffic_mirror_sources'>,
): TrafficMirrorSession {
  return {
    project_id: 'project-1',
    name: fields.id,
    description: '',
    traffic_mirror_filter_id: 'filter-1',
    traffic_mirror_target_id: 'target-1',
    traffic_mirror_target_type: 'eni',
    priority: 1,
    virtual_network_id: 1,
    packet_length: 96,
    enabled: true,
    type: 'eni',
    created_at: TIME,
    updated_at: TIME,
    ...fields,
  };
}

/**
 * A session on interface `eni-1` with its own target (`target-<id>`), for analyses of the
 * sessions that share a source.
 *
 * @example sessionOnEni1('a', 1, 'filter-a').traffic_mirror_target_id // 'target-a'
 */
export function sessionOnEni1(
  id: string,
  priority: number,
  filter: string,
  fields: Partial<TrafficMirrorSession> = {},
): TrafficMirrorSession {
  return makeSession({
    id,
    name: id,
    priority,
    traffic_mirror_sources: ['eni-1'],
    traffic_mirror_filter_id: filter,
    traffic_mirror_target_id: `target-${id}`,
    ...fields,
  });
}
