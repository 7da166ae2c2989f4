/**
 * Writes read only the rows their checks need (services/snapshot-scope.ts). For random small
 * stores, quotas and writes, the backend's answer (status, error code, message, details) must
 * be the answer of the domain's checks over the region's whole snapshot.
 */
import { createTestBackend, QUIET_SETTINGS, type TestBackend } from './testing/test-backend';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mergeSessionUpdate, sessionUpdateSchema } from '@/domain/model/session-schema';
import {
  validateAddSources,
  validateRemoveSources,
  validateSessionCreate,
  validateSessionUpdate,
} from '@/domain/model/session-constraints';
import {
  validateFilterDelete,
  validateRuleCreate,
  validateRuleUpdate,
} from '@/domain/model/filter-constraints';
import type { Violation } from '@/domain/model/violations';
import { apiErrorFor } from './http/violation-answers';
import { answeredDetail } from './http/api-error';
import type { Snapshot } from '@/domain/model/violations';
import type { QuotaKey } from '@/domain/model/quotas';
import { demoData } from './seed/demo-data';
import { AP_SOUTHEAST_1 as AP, CN_NORTH_4 as N4 } from './seed/seed-ids';
import type { SessionRow } from './store/rows';
import { replaceStoreData } from './store/store-data';
import { loadFullSnapshot } from './testing/full-snapshot';

let t: TestBackend;
beforeAll(async () => {
  t = await createTestBackend({ seed: false });
});
afterAll(() => t.close());

const P = N4.project;
const UNKNOWN = 'ffffffff-0000-4000-8000-000000000000';
/** Mostly the c7t interfaces of vpc-prod, so that many writes pass C1 and C3 and reach the quotas. */
const PORT = fc.oneof(
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
const FILTER = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...Object.values(N4.filters)) },
  { weight: 1, arbitrary: fc.constantFrom(AP.filters.https, UNKNOWN) },
);
const TARGET = fc.oneof(
  PORT.map((id) => ({ traffic_mirror_target_type: 'eni' as const, traffic_mirror_target_id: id })),
  LB.map((id) => ({ traffic_mirror_target_type: 'elb' as const, traffic_mirror_target_id: id })),
);
const PRIORITY = fc.integer({ min: 1, max: 3 });
const SOURCES = fc.array(PORT, { minLength: 1, maxLength: 3 });
const SESSION_IDS = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `5e550000-0000-4000-8000-00000000000${n}`);

/** Extra sessions, in this region or another; same creation times and odd ids test the order. */
const EXTRA = fc.uniqueArray(
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

const SMALL = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(100));
const QUOTAS = fc.record({
  sessions_per_source: SMALL,
  sessions_per_eni_target: SMALL,
  sessions_per_elb_target: SMALL,
  sessions_per_filter: SMALL,
  sessions_per_region: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constant(100)),
  sources_per_session: SMALL,
  ingress_rules_per_filter: SMALL,
  egress_rules_per_filter: SMALL,
} satisfies Record<string, fc.Arbitrary<number>>);

const SESSION = fc.oneof(fc.constantFrom(...Object.values(N4.sessions)), fc.constantFrom(...SESSION_IDS));
const WRITE = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({ target: TARGET, filter: FILTER, sources: SOURCES, priority: fc.integer({ min: 1, max: 6 }) })
      .map((w) => ({ kind: 'create' as const, ...w })),
  },
  fc
    .record(
      {
        priority: PRIORITY,
        traffic_mirror_filter_id: FILTER,
        target: TARGET,
        description: fc.constant('changed'),
      },
      { requiredKeys: [] },
    )
    .chain((patch) => SESSION.map((id) => ({ kind: 'update' as const, id, patch }))),
  fc.record({ kind: fc.constantFrom('add' as const, 'remove' as const), id: SESSION, ids: SOURCES }),
  FILTER.map((id) => ({ kind: 'deleteFilter' as const, id })),
  fc
    .record({ filter: FILTER, direction: fc.constantFrom('ingress', 'egress'), priority: PRIORITY })
    .map((w) => ({ kind: 'createRule' as const, ...w })),
  fc
    .record({ id: fc.constantFrom(...Object.values(N4.rules)), priority: PRIORITY })
    .map((w) => ({ kind: 'updateRule' as const, ...w })),
);
type Write = typeof WRITE extends fc.Arbitrary<infer W> ? W : never;

const BASE = `/v3/${P}/vpc`;

/** The request of a write, and the violations the domain finds for it on `full` (null: not checked). */
async function requestOf(
  write: Write,
  full: Snapshot,
): Promise<{ method: string; path: string; body?: unknown; wrapper: string; expected: Violation[] | null }> {
  const session = (id: string) => full.sessions.find((s) => s.id === id);
  switch (write.kind) {
    case 'create': {
      const draft = {
        ...write.target,
        traffic_mirror_filter_id: write.filter,
        traffic_mirror_sources: write.sources,
        priority: write.priority,
      };
      const body = { traffic_mirror_session: { name: 'probe', ...draft } };
      const path = `${BASE}/traffic-mirror-sessions`;
      const expected = validateSessionCreate(full, draft);
      return { method: 'POST', path, body, wrapper: 'traffic_mirror_session', expected };
    }
    case 'update': {
      const { target, ...rest } = write.patch;
      const patch = sessionUpdateSchema.parse({ ...rest, ...target });
      const existing = session(write.id);
      const merged = existing && mergeSessionUpdate(existing, patch);
      const expected = existing && merged?.ok ? validateSessionUpdate(full, existing, merged.value) : null;
      const path = `${BASE}/traffic-mirror-sessions/${write.id}`;
      return {
        method: 'PUT',
        path,
        body: { traffic_mirror_session: patch },
        wrapper: 'traffic_mirror_session',
        expected,
      };
    }
    case 'add':
    case 'remove': {
      const existing = session(write.id);
      const check = write.kind === 'add' ? validateAddSources : validateRemoveSources;
      const path = `${BASE}/traffic-mirror-sessions/${write.id}/${write.kind}-sources`;
      const body = { traffic_mirror_session: { traffic_mirror_sources: write.ids } };
      const expected = existing ? check(full, existing, write.ids) : null;
      return { method: 'PUT', path, body, wrapper: 'traffic_mirror_session', expected };
    }
    case 'deleteFilter': {
      const exists = full.filters.some((f) => f.id === write.id);
      const path = `${BASE}/traffic-mirror-filters/${write.id}`;
      return {
        method: 'DELETE',
        path,
        wrapper: 'traffic_mirror_filter',
        expected: exists ? validateFilterDelete(full, write.id) : null,
      };
    }
    case 'createRule': {
      const rule = {
        traffic_mirror_filter_id: write.filter,
        direction: write.direction,
        priority: write.priority,
        protocol: 'ALL',
        ethertype: 'IPv4',
        action: 'accept',
      };
      const path = `${BASE}/traffic-mirror-filter-rules`;
      const expected = validateRuleCreate(full, rule);
      return {
        method: 'POST',
        path,
        body: { traffic_mirror_filter_rule: rule },
        wrapper: 'traffic_mirror_filter_rule',
        expected,
      };
    }
    case 'updateRule': {
      const existing = full.filters
        .flatMap((f) => [...f.ingress_rules, ...f.egress_rules])
        .find((r) => r.id === write.id);
      const path = `${BASE}/traffic-mirror-filter-rules/${write.id}`;
      const body = { traffic_mirror_filter_rule: { priority: write.priority } };
      const expected = existing
        ? validateRuleUpdate(full, existing, { ...existing, priority: write.priority })
        : null;
      return { method: 'PUT', path, body, wrapper: 'traffic_mirror_filter_rule', expected };
    }
  }
}

function rowOf(extra: typeof EXTRA extends fc.Arbitrary<(infer E)[]> ? E : never): SessionRow {
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

it('answers every write as the checks over the whole region would', async () => {
  await fc.assert(
    fc.asyncProperty(EXTRA, QUOTAS, WRITE, async (extra, quotas, write) => {
      const data = demoData();
      data.sessions.push(...extra.map(rowOf));
      const overrides: Partial<Record<QuotaKey, number>> = quotas;
      await replaceStoreData(t.db, data, { ...QUIET_SETTINGS, quota_overrides: { [P]: overrides } });
      const request = await requestOf(write, await loadFullSnapshot(t.db, P));
      const answer = await t.call(request.method, request.path, request.body);
      if (request.expected === null) return;
      const expected = apiErrorFor(request.expected, request.wrapper);
      if (expected === null) {
        expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
        return;
      }
      const { status, error_code, error_msg, details } = expected;
      const { request_id: _id, ...body } = answer.body;
      expect({ status: answer.status, ...body }).toEqual({
        status,
        error_code,
        error_msg,
        ...(details.length > 0 ? { details: details.map(answeredDetail) } : {}),
      });
    }),
    { numRuns: 250 },
  );
}, 240_000);
