/**
 * Applies the in-browser cloud's change notices (one per successful write, from any tab) to
 * the console's cache. A session's notice carries the session as the API answered it, so the
 * one row is replaced (or removed) and the 20,000-row list is not read again; other
 * resources are few, and their queries are simply refreshed.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { filterKeys } from './filters';
import { inventoryKeys } from './inventory';
import { adminKeys } from './mock-admin';
import { quotaKeys } from './quotas';
import {
  cachedSession,
  changesQuotaUsage,
  refreshQuotaUsage,
  removeCachedSession,
  upsertCachedSession,
} from './session-cache';
import { sessionKeys } from './sessions-keys';

/** A change notice as the mock posts it (docs/architecture.md, "Change notices"). */
export interface ChangeNotice {
  project_id: string;
  resource: string;
  method?: string;
  id?: string;
  item?: Record<string, unknown>;
}

/** The queries each kind of resource's writes can change, by the notice's `resource`. */
const affected: Record<string, (projectId: string) => readonly (readonly unknown[])[]> = {
  traffic_mirror_filters: (p) => [filterKeys.all(p), quotaKeys.all(p)],
  traffic_mirror_filter_rules: (p) => [filterKeys.all(p), quotaKeys.all(p)],
  security_group_rules: (p) => [inventoryKeys.all(p)],
  firewalls: (p) => [inventoryKeys.all(p)],
  quotas: (p) => [quotaKeys.all(p)],
  settings: () => [adminKeys.settings()],
};

/**
 * Updates the cache for one notice. Session writes: the item replaces its row (a delete
 * removes it) and quotas refresh only when the usage they count changed. Writes the console
 * does not know, and store-wide ones (reset, import, large data set), refresh everything.
 */
export async function applyChangeNotice(queryClient: QueryClient, notice: ChangeNotice): Promise<void> {
  const projectId = notice.project_id;
  if (notice.resource === 'traffic_mirror_sessions' && notice.id) {
    const before = cachedSession(queryClient, projectId, notice.id);
    if (notice.method === 'DELETE') {
      await Promise.all([
        removeCachedSession(queryClient, projectId, notice.id),
        refreshQuotaUsage(queryClient, projectId),
      ]);
      return;
    }
    if (notice.item) {
      const after = notice.item as unknown as TrafficMirrorSession;
      upsertCachedSession(queryClient, projectId, after);
      if (changesQuotaUsage(before, after)) await refreshQuotaUsage(queryClient, projectId);
      return;
    }
    await queryClient.invalidateQueries({ queryKey: sessionKeys.all(projectId) });
    return refreshQuotaUsage(queryClient, projectId);
  }
  const keys = affected[notice.resource]?.(projectId);
  if (!keys) return queryClient.invalidateQueries();
  await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
