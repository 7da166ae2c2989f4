/**
 * Test support: fast-check generators of small cn-north-4 stores for the property tests that
 * compare the backend's answers with the domain's checks over the region's whole snapshot:
 * extra sessions on top of the demo data (some naming interfaces, load balancers or filters
 * that do not exist, some in another region) and quotas low enough that stored sessions
 * exceed them.
 */
import fc from 'fast-check';
import type { QuotaKey } from '@/domain/model/quotas';
import { AP_SOUTHEAST_1 as AP, CN_NORTH_4 as N4 } from '../seed/seed-ids';
import type { SessionRow } from '../store/rows';

/** The project the writes go to. */
export const P = N4.project;
/** An id no resource has. */
export const UNKNOWN = 'ffffffff-0000-4000-8000-000000000000';
/** Mostly the c7t interfaces of vpc-prod, so that many writes pass C1 and C3 and reach the quotas. */
export const PORT = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(N4.ports.webProd01, N4.ports.webProd02, N4.ports.payApi02) },
  { weight: 1, arbitrary: fc.constantFrom(...Object.values(N4.ports), AP.ports.shopWeb01, UNKNOWN) },
);
const LB = fc.oneof(
  { weight: 3, arbitrary: fc.constant(N4.loadBalancers.mirrorCollector) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...Object.values(N4.loadBalancers), AP.loadBalancers.shopMirror, UNKNOWN),
  },
);
export const FILTER = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...Object.values(N4.filters)) },
  { weight: 1, arbitrary: fc.constantFrom(AP.filters.https, UNKNOWN) },
);
export const TARGET = fc.oneof(
  PORT.map((id) => ({ traffic_mirror_target_type: 'eni' as const, traffic_mirror_target_id: id })),
  LB.map((id) => ({ traffic_mirror_target_type: 'elb' as const, traffic_mirror_target_id: id })),
);
export const PRIORITY = fc.integer({ min: 1, max: 3 });
export const SOURCES = fc.array(PORT, { minLength: 1, maxLength: 3 });
const SESSION_IDS = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `5e550000-0000-4000-8000-00000000000${n}`);

/** Extra sessions, in this region or another; same creation times and odd ids test the order. */
export const EXTRA = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom(...SESSION_IDS),
    project_id: fc.constantFrom(P, P, P, AP.project),
    traffic_mirror_sources: SOURCES,
    target: TARGET,
    traffic_mirror_filter_id: FILTER,
    priority: PRIORITY,
    created_at: fc.constantFrom('2024-01-01T00:00:00Z', '2024-01-01T00:00:01Z', '2030-01-01T00:00:00Z'),
  }),
  { selector: (s) => s.id, maxLength: 8 },
);
type Extra = typeof EXTRA extends fc.Arbitrary<(infer E)[]> ? E : never;

const SMALL = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(100));
/** Quotas of the project, often below what its stored sessions already use. */
export const QUOTAS: fc.Arbitrary<Partial<Record<QuotaKey, number>>> = fc.record({
  sessions_per_source: SMALL,
  sessions_per_eni_target: SMALL,
  sessions_per_elb_target: SMALL,
  sessions_per_filter: SMALL,
  sessions_per_region: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constant(100)),
  sources_per_session: SMALL,
  ingress_rules_per_filter: SMALL,
  egress_rules_per_filter: SMALL,
} satisfies Record<string, fc.Arbitrary<number>>);

/** A session to write: one of the demo's or of the extra ones (which may not exist). */
export const SESSION = fc.oneof(
  fc.constantFrom(...Object.values(N4.sessions)),
  fc.constantFrom(...SESSION_IDS),
);

/** The stored row of an extra session. */
export function rowOf(extra: Extra): SessionRow {
  const { target, ...rest } = extra;
  return {
    ...rest,
    ...target,
    name: `extra-${extra.id.slice(-1)}`,
    description: '',
    virtual_network_id: 1,
    packet_length: 96,
    enabled: true,
    type: 'eni',
    updated_at: extra.created_at,
  };
}
