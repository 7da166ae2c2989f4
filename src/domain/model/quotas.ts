/**
 * Traffic Mirroring quotas (docs/behaviour.md, "Quotas", the document's Table 4) as data. Each quota has a
 * key for code, a label for people, a default value, whether it can be raised, and the `type`
 * it has in `GET /v1/{project_id}/quotas` -> `quotas.resources[]`.
 *
 * Quota types (ours; the public reference names none): `trafficMirrorSession` (sessions in
 * the region), `trafficMirrorSourcesPerSession`, `trafficMirrorSessionsPerSource`,
 * `trafficMirrorTargetsPerSession`, `trafficMirrorSessionsPerEniTarget`,
 * `trafficMirrorSessionsPerElbTarget`, `trafficMirrorFiltersPerSession`,
 * `trafficMirrorSessionsPerFilter`, `trafficMirrorIngressRulesPerFilter`,
 * `trafficMirrorEgressRulesPerFilter`.
 */
import type { QuotaResource, TrafficMirrorFilter, TrafficMirrorSession } from './types';

export type QuotaKey =
  | 'sources_per_session'
  | 'sessions_per_source'
  | 'targets_per_session'
  | 'sessions_per_eni_target'
  | 'sessions_per_elb_target'
  | 'filters_per_session'
  | 'sessions_per_filter'
  | 'ingress_rules_per_filter'
  | 'egress_rules_per_filter'
  | 'sessions_per_region';

export interface QuotaDefinition {
  key: QuotaKey;
  label: string;
  /** The default value (Table 4). */
  value: number;
  adjustable: boolean;
  /** `type` in `GET /v1/{project_id}/quotas`. */
  type: string;
}

export const QUOTA_DEFINITIONS: readonly QuotaDefinition[] = [
  q('sources_per_session', 'Mirror sources per session', 10, true, 'trafficMirrorSourcesPerSession'),
  q('sessions_per_source', 'Mirror sessions per source', 3, false, 'trafficMirrorSessionsPerSource'),
  q('targets_per_session', 'Mirror targets per session', 1, false, 'trafficMirrorTargetsPerSession'),
  q(
    'sessions_per_eni_target',
    'Mirror sessions per network interface target',
    10,
    false,
    'trafficMirrorSessionsPerEniTarget',
  ),
  q(
    'sessions_per_elb_target',
    'Mirror sessions per load balancer target',
    200,
    false,
    'trafficMirrorSessionsPerElbTarget',
  ),
  q('filters_per_session', 'Mirror filters per session', 1, false, 'trafficMirrorFiltersPerSession'),
  q('sessions_per_filter', 'Mirror sessions per filter', 1000, false, 'trafficMirrorSessionsPerFilter'),
  q(
    'ingress_rules_per_filter',
    'Inbound rules per mirror filter',
    10,
    false,
    'trafficMirrorIngressRulesPerFilter',
  ),
  q(
    'egress_rules_per_filter',
    'Outbound rules per mirror filter',
    10,
    false,
    'trafficMirrorEgressRulesPerFilter',
  ),
  q('sessions_per_region', 'Mirror sessions per region', 20000, false, 'trafficMirrorSession'),
];

function q(key: QuotaKey, label: string, value: number, adjustable: boolean, type: string): QuotaDefinition {
  return { key, label, value, adjustable, type };
}

/** The value in force of every quota. */
export type QuotaValues = Readonly<Record<QuotaKey, number>>;

export const DEFAULT_QUOTAS: QuotaValues = Object.fromEntries(
  QUOTA_DEFINITIONS.map((d) => [d.key, d.value]),
) as Record<QuotaKey, number>;

/**
 * The definition of a quota by key.
 *
 * @example quotaDefinition('sessions_per_source').value // 3
 */
export function quotaDefinition(key: QuotaKey): QuotaDefinition {
  const found = QUOTA_DEFINITIONS.find((d) => d.key === key);
  if (!found) throw new Error(`Unknown quota ${key}`);
  return found;
}

/**
 * The quotas in force: the defaults with `overrides` applied. Any key may be overridden here
 * (tests and seeded data shrink quotas to reach them quickly); Settings goes through
 * `raiseQuota` (quota-raise.ts), which only changes adjustable ones.
 *
 * @example resolveQuotas({ sources_per_session: 20 }).sources_per_session // 20
 */
export function resolveQuotas(overrides: Partial<Record<QuotaKey, number>> = {}): QuotaValues {
  const values: Record<QuotaKey, number> = { ...DEFAULT_QUOTAS };
  for (const d of QUOTA_DEFINITIONS) {
    const value = overrides[d.key];
    if (value !== undefined && Number.isSafeInteger(value) && value >= 0) values[d.key] = value;
  }
  return values;
}

function largest(values: readonly number[]): number {
  return values.reduce((max, v) => Math.max(max, v), 0);
}

/** Largest number of items any one key has, 0 when there are none. */
function busiest(keys: Iterable<string>): number {
  const counts = new Map<string, number>();
  let max = 0;
  for (const key of keys) {
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    max = Math.max(max, n);
  }
  return max;
}

/**
 * How much of each quota is used. For a per-resource quota (sources per session, sessions per
 * target...) it is the highest usage of any one resource, i.e. how close the busiest one is to
 * the limit (ours).
 *
 * @example quotaUsed([session with 2 sources], []).sources_per_session // 2
 */
export function quotaUsed(
  sessions: readonly TrafficMirrorSession[],
  filters: readonly TrafficMirrorFilter[],
): Record<QuotaKey, number> {
  const byTarget = (type: 'eni' | 'elb') =>
    busiest(
      sessions.filter((s) => s.traffic_mirror_target_type === type).map((s) => s.traffic_mirror_target_id),
    );
  return {
    sources_per_session: largest(sessions.map((s) => s.traffic_mirror_sources.length)),
    sessions_per_source: busiest(sessions.flatMap((s) => s.traffic_mirror_sources)),
    targets_per_session: sessions.length > 0 ? 1 : 0,
    sessions_per_eni_target: byTarget('eni'),
    sessions_per_elb_target: byTarget('elb'),
    filters_per_session: sessions.length > 0 ? 1 : 0,
    sessions_per_filter: busiest(sessions.map((s) => s.traffic_mirror_filter_id)),
    ingress_rules_per_filter: largest(filters.map((f) => f.ingress_rules.length)),
    egress_rules_per_filter: largest(filters.map((f) => f.egress_rules.length)),
    sessions_per_region: sessions.length,
  };
}

/**
 * The `quotas.resources[]` of `GET /v1/{project_id}/quotas`: each quota's {@link quotaUsed}
 * usage and its value in force.
 *
 * @example quotaResources([], [], DEFAULT_QUOTAS)[9] // { type: 'trafficMirrorSession', used: 0, quota: 20000 }
 */
export function quotaResources(
  sessions: readonly TrafficMirrorSession[],
  filters: readonly TrafficMirrorFilter[],
  quotas: QuotaValues = DEFAULT_QUOTAS,
): QuotaResource[] {
  const used = quotaUsed(sessions, filters);
  return QUOTA_DEFINITIONS.map((d) => ({ type: d.type, used: used[d.key], quota: quotas[d.key] }));
}

/** One quota as the console shows it: the value in force, the usage, and where the value came from. */
export interface QuotaUsage {
  definition: QuotaDefinition;
  quota: number;
  used: number;
  /**
   * Whether the quota API reported this quota. The real VPC quota API reports no Traffic
   * Mirroring types, so there the documented default is shown, labelled as such, and the usage
   * is counted from the sessions and filters the console has read.
   */
  reported: boolean;
}

/**
 * Every quota with its value and usage: as reported by `GET /v1/{project_id}/quotas` where it
 * is, else the documented default with the usage counted from `sessions` and `filters`.
 *
 * @example quotaUsage([], sessions, filters).at(-1) // { definition: sessions per region, quota: 20000, used: sessions.length, reported: false }
 */
export function quotaUsage(
  reported: readonly QuotaResource[],
  sessions: readonly TrafficMirrorSession[],
  filters: readonly TrafficMirrorFilter[],
): QuotaUsage[] {
  const counted = quotaResources(sessions, filters);
  return QUOTA_DEFINITIONS.map((definition, i) => {
    const resource = reported.find((r) => r.type === definition.type);
    if (resource) return { definition, quota: resource.quota, used: resource.used, reported: true };
    return { definition, quota: definition.value, used: counted[i]?.used ?? 0, reported: false };
  });
}
