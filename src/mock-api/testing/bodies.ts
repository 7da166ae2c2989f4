/** Request bodies used across the mock API tests. */
import { CN_NORTH_4 as N4 } from '../seed/seed-ids';

/** A valid session create body in cn-north-4 (web-prod-02 -> elb-mirror-collector), with overrides. */
export function sessionBody(overrides: Record<string, unknown> = {}) {
  return {
    traffic_mirror_session: {
      name: 'new-session',
      traffic_mirror_filter_id: N4.filters.web,
      traffic_mirror_sources: [N4.ports.webProd02],
      traffic_mirror_target_id: N4.loadBalancers.mirrorCollector,
      traffic_mirror_target_type: 'elb',
      priority: 10,
      ...overrides,
    },
  };
}

/** A valid rule create body for a filter, with overrides. */
export function ruleBody(filter: string, overrides: Record<string, unknown> = {}) {
  return {
    traffic_mirror_filter_rule: {
      traffic_mirror_filter_id: filter,
      direction: 'ingress',
      protocol: 'TCP',
      ethertype: 'IPv4',
      action: 'accept',
      priority: 50,
      ...overrides,
    },
  };
}

export const N4_SESSIONS = `/v3/${N4.project}/vpc/traffic-mirror-sessions`;
export const N4_FILTERS = `/v3/${N4.project}/vpc/traffic-mirror-filters`;
export const N4_RULES = `/v3/${N4.project}/vpc/traffic-mirror-filter-rules`;
