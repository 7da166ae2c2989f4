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
import { cachedSessions, changesQuotaUsage, patchCachedSessions, refreshQuotaUsage } from './session-cache';
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

/** The last change of each session id in a batch: its item, `null` for a delete, `undefined` when unknown. */
type SessionFinal = Map<string, TrafficMirrorSession | null | undefined>;

/**
 * Updates the cache for a batch of notices, in order. Session writes: each session's last
 * item replaces its row (a delete removes it), in one pass over the list per project, and
 * quotas refresh only when the usage they count changed. Writes the console does not know,
 * and store-wide ones (reset, import, large data set), refresh everything.
 */
export async function applyChangeNotices(
  queryClient: QueryClient,
  notices: readonly ChangeNotice[],
): Promise<void> {
  const sessions = new Map<string, SessionFinal>();
  const keys = new Map<string, readonly unknown[]>();
  for (const notice of notices) {
    const p = notice.project_id;
    if (notice.resource === 'traffic_mirror_sessions' && notice.id) {
      const final = sessions.get(p) ?? new Map();
      const item = notice.item as TrafficMirrorSession | undefined;
      final.set(notice.id, notice.method === 'DELETE' ? null : item);
      sessions.set(p, final);
      continue;
    }
    const affectedKeys = affected[notice.resource]?.(p);
    if (!affectedKeys) return queryClient.invalidateQueries();
    for (const key of affectedKeys) keys.set(JSON.stringify(key), key);
  }
  const work: Promise<unknown>[] = [...keys.values()].map((queryKey) =>
    queryClient.invalidateQueries({ queryKey }),
  );
  for (const [projectId, final] of sessions) work.push(applySessionFinals(queryClient, projectId, final));
  await Promise.all(work);
}

async function applySessionFinals(queryClient: QueryClient, projectId: string, final: SessionFinal) {
  const saved: TrafficMirrorSession[] = [];
  const deleted: string[] = [];
  let quotasChanged = false;
  let unknown = false;
  const cached = cachedSessions(queryClient, projectId);
  for (const [id, item] of final) {
    if (item === undefined) unknown = true;
    else if (item === null) deleted.push(id);
    else saved.push(item);
    // An unknown change or a delete always changes the usage; a saved item, when it moved.
    quotasChanged ||= !item || changesQuotaUsage(cached(id), item);
  }
  const work: Promise<unknown>[] = [patchCachedSessions(queryClient, projectId, { saved, deleted })];
  if (unknown) work.push(queryClient.invalidateQueries({ queryKey: sessionKeys.all(projectId) }));
  if (quotasChanged) work.push(refreshQuotaUsage(queryClient, projectId));
  await Promise.all(work);
}

/** Updates the cache for one notice (see {@link applyChangeNotices}). */
export function applyChangeNotice(queryClient: QueryClient, notice: ChangeNotice): Promise<void> {
  return applyChangeNotices(queryClient, [notice]);
}

/**
 * A queue that applies notices in batches, at most one batch per `intervalMs`: a bulk change
 * of a thousand sessions, or another tab's, then redraws the pages a few times a second
 * rather than a thousand times. Returns the function to give each notice to.
 *
 * @example subscribeToChanges(queueChangeNotices(queryClient));
 */
export function queueChangeNotices(
  queryClient: QueryClient,
  intervalMs = 150,
): (notice: ChangeNotice) => void {
  let pending: ChangeNotice[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    // A bulk change applies what it did when it ends: its thousand notices would only redraw
    // the list meanwhile, so they wait for it (other tabs' too, for those few seconds).
    if (queryClient.isMutating({ mutationKey: sessionKeys.bulkChange() }) > 0) {
      timer = setTimeout(flush, intervalMs);
      return;
    }
    const batch = pending;
    pending = [];
    void applyChangeNotices(queryClient, batch);
  };
  return (notice) => {
    pending.push(notice);
    timer ??= setTimeout(flush, intervalMs);
  };
}
