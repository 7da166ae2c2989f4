/**
 * The quotas' usage counted through the session indexes equals the domain's count over every
 * session of the region, for random sets of sessions sharing sources, targets and filters, with
 * another region's sessions in the same store.
 */
import '../testing/test-backend';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { quotaUsed } from '@/domain/model/quotas';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { demoData } from '../seed/demo-data';
import { AP_SOUTHEAST_1 as AP, CN_NORTH_4 as N4 } from '../seed/seed-ids';
import { MockDb } from '../store/db';
import { replaceStoreData } from '../store/store-data';
import { loadProjectFilters } from './filter-assembly';
import { indexedQuotaUsed } from './quota-usage';

const db = new MockDb('quota-usage-test');
const base = demoData();
const template = base.sessions.find((s) => s.project_id === N4.project) as TrafficMirrorSession;
const otherTemplate = base.sessions.find((s) => s.project_id === AP.project) as TrafficMirrorSession;

beforeAll(() => replaceStoreData(db, base));
afterAll(() => db.close());

const N4_PORTS = Object.values(N4.ports);
const session = fc.record({
  sources: fc.uniqueArray(fc.constantFrom(...N4_PORTS), { maxLength: 4 }),
  target: fc.oneof(
    fc.constantFrom(...N4_PORTS).map((id) => ({ id, type: 'eni' as const })),
    fc.constantFrom(...Object.values(N4.loadBalancers)).map((id) => ({ id, type: 'elb' as const })),
  ),
  filter: fc.constantFrom(...Object.values(N4.filters)),
});

it('equals the domain count over the whole region for random sessions', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(session, { maxLength: 25 }), fc.nat({ max: 3 }), async (drawn, others) => {
      const sessions: TrafficMirrorSession[] = drawn.map((d, i) => ({
        ...template,
        id: `5e550000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        created_at: `2025-01-01T00:00:${String(i).padStart(2, '0')}Z`,
        traffic_mirror_sources: d.sources,
        traffic_mirror_target_id: d.target.id,
        traffic_mirror_target_type: d.target.type,
        traffic_mirror_filter_id: d.filter,
      }));
      // Sessions of another region use its own interfaces: they must count there only.
      const elsewhere = Array.from({ length: others }, (_, i) => ({
        ...otherTemplate,
        id: `0a550000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      }));
      await replaceStoreData(db, { ...base, sessions: [...sessions, ...elsewhere] });
      const counted = await db.transaction(
        'r',
        [db.sessions, db.ports, db.loadBalancers, db.filters, db.rules],
        async () => indexedQuotaUsed(db, N4.project, await loadProjectFilters(db, N4.project)),
      );
      const filters = await loadProjectFilters(db, N4.project);
      expect(counted).toEqual(quotaUsed(sessions, filters));
    }),
    { numRuns: 60 },
  );
});
