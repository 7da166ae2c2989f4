/**
 * An update that changes no field the constraints look at (a name, description, VNI, packet
 * length or enabled; other fields only sent back unchanged) reads no snapshot at all
 * (`updateChangesShape`). For random small stores, with sessions that name missing resources
 * and quotas below what the stored sessions already use, the answer must still be the answer
 * of the domain's checks over the region's whole snapshot: the session saved as merged.
 */
import { createTestBackend, QUIET_SETTINGS, type TestBackend } from './testing/test-backend';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mergeSessionUpdate, sessionUpdateSchema } from '@/domain/model/session-schema';
import { updateChangesShape, validateSessionUpdate } from '@/domain/model/session-constraints';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { demoData } from './seed/demo-data';
import { replaceStoreData } from './store/store-data';
import { loadFullSnapshot } from './testing/full-snapshot';
import { EXTRA, P, QUOTAS, SESSION, rowOf } from './testing/test-store-arbitraries';

let t: TestBackend;
beforeAll(async () => {
  t = await createTestBackend({ seed: false });
});
afterAll(() => t.close());

/** Fields a client may send back as they are (the whole session, as the detail page's form does). */
const SENT_BACK = [
  'priority',
  'traffic_mirror_filter_id',
  'traffic_mirror_target_id',
  'traffic_mirror_target_type',
  'traffic_mirror_sources',
  'type',
] as const;

const PATCH = fc.record(
  {
    name: fc.constantFrom('renamed', 'r'),
    description: fc.constant('changed'),
    enabled: fc.boolean(),
    virtual_network_id: fc.integer({ min: 0, max: 100 }),
    packet_length: fc.integer({ min: 1, max: 1460 }),
    sentBack: fc.subarray([...SENT_BACK]),
  },
  { requiredKeys: ['sentBack'] },
);

type PatchValue = typeof PATCH extends fc.Arbitrary<infer V> ? V : never;

/** The body of the update: the patch, and the fields sent back as stored (sources in another order). */
function bodyOf(existing: TrafficMirrorSession, patch: PatchValue) {
  const { sentBack, ...changes } = patch;
  const back = Object.fromEntries(
    sentBack.map((key) => [
      key,
      key === 'traffic_mirror_sources' ? [...existing.traffic_mirror_sources].reverse() : existing[key],
    ]),
  );
  return { ...changes, ...back };
}

it('answers a change of name, description, VNI, packet length or enabled as the whole region would', async () => {
  await fc.assert(
    fc.asyncProperty(EXTRA, QUOTAS, SESSION, PATCH, async (extra, quotas, id, patch) => {
      const data = demoData();
      data.sessions.push(...extra.map(rowOf));
      await replaceStoreData(t.db, data, { ...QUIET_SETTINGS, quota_overrides: { [P]: quotas } });
      const full = await loadFullSnapshot(t.db, P);
      const existing = full.sessions.find((s) => s.id === id);
      const path = `/v3/${P}/vpc/traffic-mirror-sessions/${id}`;
      if (!existing) {
        expect((await t.call('PUT', path, { traffic_mirror_session: { name: 'x' } })).status).toBe(404);
        return;
      }
      const body = bodyOf(existing, patch);
      const merged = mergeSessionUpdate(existing, sessionUpdateSchema.parse(body));
      if (!merged.ok) throw new Error(JSON.stringify(merged.problems));
      expect(updateChangesShape(existing, merged.value)).toBe(false);
      expect(validateSessionUpdate(full, existing, merged.value)).toEqual([]);
      const answer = await t.call('PUT', path, { traffic_mirror_session: body });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body.traffic_mirror_session).toEqual({ ...merged.value, updated_at: expect.any(String) });
    }),
    { numRuns: 200 },
  );
}, 240_000);
