/**
 * Traffic Mirroring quotas (docs/behaviour.md, "Quotas", the document's Table 4) as data. Each quota has a
 * key for code (its label for people is the message `quota.<key>`), a default value, whether it can be raised, and the `type`
 * it has in `GET /v1/{project_id}/quotas` -> `quotas.resources[]`.
 *
 * Quota types (ours; the public reference names none): `trafficMirrorSession` (sessions in
 * the region), `trafficMirrorSourcesPerSession`, `trafficMirrorSessionsPerSource`,
 * `trafficMirrorTargetsPerSession`, `trafficMirrorSessionsPerEniTarget`,
 * `trafficMirrorSessionsPerElbTarget`, `trafficMirrorFiltersPerSession`,
 * `trafficMirrorSessionsPerFilter`, `trafficMirrorIngressRulesPerFilter`,
 * `trafficMirrorEgressRulesPerFilter`.
 */
import { message, type ResultMessage } from './message';
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
  /** The default value (Table 4). */
  value: number;
  adjustable: boolean;
  /** `type` in `GET /v1/{project_id}/quotas`. */
  type: string;
}

export const QUOTA_DEFINITIONS: readonly QuotaDefinition[] = [
  q('sources_per_session', 10, true, 'trafficMirrorSourcesPerSession'),
  q('sessions_per_source', 3, false, 'trafficMirrorSessionsPerSource'),
  q('targets_per_session', 1, false, 'trafficMirrorTargetsPerSession'),
  q('sessions_per_eni_target', 10, false, 'trafficMirrorSessionsPerEniTarget'),
  q('sessions_per_elb_target', 200, false, 'trafficMirrorSessionsPerElbTarget'),
  q('filters_per_session', 1, false, 'trafficMirrorFiltersPerSession'),
  q('sessions_per_filter', 1000, false, 'trafficMirrorSessionsPerFilter'),
  q('ingress_rules_per_filter', 10, false, 'trafficMirrorIngressRulesPerFilter'),
  q('egress_rules_per_filter', 10, false, 'trafficMirrorEgressRulesPerFilter'),
  q('sessions_per_region', 20000, false, 'trafficMirrorSession'),
];

function q(key: QuotaKey, value: number, adjustable: boolean, type: string): QuotaDefinition {
  return { key, value, adjustable, type };
}

/**
 * A quota's name for people, rendered in the UI's language.
 *
 * @example quotaLabel('sessions_per_source') // renders 'Mirror sessions per source'
 */
export function quotaLabel(key: QuotaKey): ResultMessage {
  return message(`quota.${key}`);
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
 * `raiseQuota` (quota-raise.ts), which only raises adjustable ones.
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
export function busiest(keys: Iterable<string>): number {
  const counts = new Map<string, number>();
  let max = 0;
  for (const key of keys) {
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    max = Math.max(max, n);
  }
  return max;
}

/** How much of each quota is used. */
export type QuotaUsed = Readonly<Record<QuotaKey, number>>;

/**
 * The usage of every quota by these sessions and filters. For a per-resource quota (sources
 * per session, sessions per target...) it is the highest usage of any one resource, i.e. how
 * close the busiest one is to the limit (ours). The mock counts the same through its indexes
 * (its tests compare the two).
 *
 * @example quotaUsed([], []).sessions_per_region // 0
 */
export function quotaUsed(
  sessions: readonly TrafficMirrorSession[],
  filters: readonly TrafficMirrorFilter[],
): QuotaUsed {
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
    ...ruleQuotaUsed(filters),
    sessions_per_region: sessions.length,
  };
}

/** The usage of the per-filter rule quotas: the most inbound and outbound rules of any filter. */
export function ruleQuotaUsed(
  filters: readonly TrafficMirrorFilter[],
): Pick<QuotaUsed, 'ingress_rules_per_filter' | 'egress_rules_per_filter'> {
  return {
    ingress_rules_per_filter: largest(filters.map((f) => f.ingress_rules.length)),
    egress_rules_per_filter: largest(filters.map((f) => f.egress_rules.length)),
  };
}

/**
 * The `quotas.resources[]` of `GET /v1/{project_id}/quotas` for a usage and the values in force.
 *
 * @example quotaResourcesFor(quotaUsed([], []), DEFAULT_QUOTAS)[9] // { type: 'trafficMirrorSession', used: 0, quota: 20000 }
 */
export function quotaResourcesFor(used: QuotaUsed, quotas: QuotaValues = DEFAULT_QUOTAS): QuotaResource[] {
  return QUOTA_DEFINITIONS.map((d) => ({ type: d.type, used: used[d.key], quota: quotas[d.key] }));
}

/**
 * The `quotas.resources[]` of `GET /v1/{project_id}/quotas`, counted from the sessions and filters.
 *
 * @example quotaResources([], [], DEFAULT_QUOTAS)[9] // { type: 'trafficMirrorSession', used: 0, quota: 20000 }
 */
export function quotaResources(
  sessions: readonly TrafficMirrorSession[],
  filters: readonly TrafficMirrorFilter[],
  quotas: QuotaValues = DEFAULT_QUOTAS,
): QuotaResource[] {
  return quotaResourcesFor(quotaUsed(sessions, filters), quotas);
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
