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
import { demoData } from './seed/demo-data';
import { CN_NORTH_4 as N4 } from './seed/seed-ids';
import { replaceStoreData } from './store/store-data';
import { loadFullSnapshot } from './testing/full-snapshot';
import {
  EXTRA,
  FILTER,
  P,
  PRIORITY,
  QUOTAS,
  SESSION,
  SOURCES,
  TARGET,
  rowOf,
} from './testing/test-store-arbitraries';

let t: TestBackend;
beforeAll(async () => {
  t = await createTestBackend({ seed: false });
});
afterAll(() => t.close());

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

it('answers every write as the checks over the whole region would', async () => {
  await fc.assert(
    fc.asyncProperty(EXTRA, QUOTAS, WRITE, async (extra, quotas, write) => {
      const data = demoData();
      data.sessions.push(...extra.map(rowOf));
      await replaceStoreData(t.db, data, { ...QUIET_SETTINGS, quota_overrides: { [P]: quotas } });
      const request = await requestOf(write, await loadFullSnapshot(t.db, P));
      const answer = await t.call(request.method, request.path, request.body);
      if (request.expected === null) return;
      const expected = apiErrorFor(request.expected, request.wrapper);
      if (expected === null) {
        expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
        return;
      }
      const { status, error_code, error_msg, message, details } = expected;
      const { request_id: _id, ...body } = answer.body;
      expect({ status: answer.status, ...body }).toEqual({
        status,
        error_code,
        error_msg,
        message_id: message.id,
        ...(message.params ? { params: message.params } : {}),
        ...(details.length > 0 ? { details: details.map(answeredDetail) } : {}),
      });
    }),
    { numRuns: 250 },
  );
}, 240_000);
