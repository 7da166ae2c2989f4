/**
 * The usage of the Traffic Mirroring quotas counted through the session indexes (store schema
 * 5), without reading the sessions themselves: at 20,000 sessions reading every row takes over
 * a second of the page's time, walking the index keys a fraction of it. The domain's
 * `quotaUsed` is the reference (services/quota-usage.test.ts compares the two).
 */
import { busiest, ruleQuotaUsed, type QuotaUsed } from '@/domain/model/quotas';
import type { TrafficMirrorFilter } from '@/domain/model/types';
import { mirroringRowsOf, type MockDb } from '../store/db';

type IndexName = 'traffic_mirror_target_id' | 'traffic_mirror_filter_id';

/**
 * For each key of `index` that `owned` holds, how many sessions use it (distinct keys first,
 * then one index count per key: the region has few targets and filters).
 */
async function countsPerKey(db: MockDb, index: IndexName, owned: ReadonlySet<string>): Promise<number[]> {
  const keys = (await db.sessions.orderBy(index).uniqueKeys()).filter(
    (key): key is string => typeof key === 'string' && owned.has(key),
  );
  return Promise.all(keys.map((key) => db.sessions.where(index).equals(key).count()));
}

/** The largest of `counts`, 0 when there are none. */
const most = (counts: readonly number[]) => counts.reduce((max, n) => Math.max(max, n), 0);

/**
 * The usage of every quota of a project's sessions and filters, counted through indexes.
 * Must run inside a transaction over `sessions`, `ports` and `loadBalancers`.
 */
export async function indexedQuotaUsed(
  db: MockDb,
  project_id: string,
  filters: readonly TrafficMirrorFilter[],
): Promise<QuotaUsed> {
  const [sessionCount, portIds, loadBalancerIds] = await Promise.all([
    mirroringRowsOf(db.sessions, project_id).count(),
    db.ports.where('project_id').equals(project_id).primaryKeys(),
    db.loadBalancers.where('project_id').equals(project_id).primaryKeys(),
  ]);
  const ports = new Set(portIds);
  // One walk of the multi-entry source index: an entry per (source, session).
  const sources: string[] = [];
  const sessions: string[] = [];
  await db.sessions.orderBy('traffic_mirror_sources').eachKey((key, cursor) => {
    if (typeof key !== 'string' || !ports.has(key)) return;
    sources.push(key);
    sessions.push(String(cursor.primaryKey));
  });
  const [eniTargets, elbTargets, perFilter] = await Promise.all([
    countsPerKey(db, 'traffic_mirror_target_id', ports),
    countsPerKey(db, 'traffic_mirror_target_id', new Set(loadBalancerIds)),
    countsPerKey(db, 'traffic_mirror_filter_id', new Set(filters.map((f) => f.id))),
  ]);
  const any = sessionCount > 0 ? 1 : 0;
  return {
    sources_per_session: busiest(sessions),
    sessions_per_source: busiest(sources),
    targets_per_session: any,
    sessions_per_eni_target: most(eniTargets),
    sessions_per_elb_target: most(elbTargets),
    filters_per_session: any,
    sessions_per_filter: most(perFilter),
    ...ruleQuotaUsed(filters),
    sessions_per_region: sessionCount,
  };
}
