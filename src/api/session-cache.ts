/**
 * The console's cached sessions, kept exact after a write without listing the region again:
 * the server's answer to a write (or a change notice carrying it) replaces the one row in
 * the list and the session's own entry. At 20,000 sessions a re-list costs about a second of
 * the page's time, so a write never waits for one.
 */
import { hashKey, type QueryClient } from '@tanstack/react-query';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { quotaKeys } from './quotas';
import { sessionKeys } from './sessions-keys';

/** Sessions written and sessions deleted, to apply to the cache at once. */
export interface SessionChanges {
  saved: readonly TrafficMirrorSession[];
  deleted: readonly string[];
}

/**
 * Applies many session writes to the cache in one pass over the list, so that a thousand
 * changes arriving together (a bulk change, another tab's) redraw the list once: saved
 * sessions replace their rows (new ones are appended) and their own entries; deleted ones
 * leave the list, and their own entries are read again rather than dropped (a page still
 * showing one keeps it until it moves on, one that stays learns that it is gone).
 */
export function patchCachedSessions(
  queryClient: QueryClient,
  projectId: string,
  { saved, deleted }: SessionChanges,
): Promise<void> {
  for (const session of saved)
    queryClient.setQueryData<TrafficMirrorSession>(sessionKeys.detail(projectId, session.id), session);
  const replacing = new Map(saved.map((s) => [s.id, s]));
  const gone = new Set(deleted);
  queryClient.setQueryData<TrafficMirrorSession[]>(sessionKeys.list(projectId), (list) => {
    if (!list) return list;
    const next: TrafficMirrorSession[] = [];
    for (const s of list) {
      if (gone.has(s.id)) continue;
      next.push(replacing.get(s.id) ?? s);
      replacing.delete(s.id);
    }
    return [...next, ...replacing.values()];
  });
  if (deleted.length === 0) return Promise.resolve();
  // One pass over the cache for all of them: a filter per id would hash every cached query's
  // key once per deleted session (a thousand deletes, seconds of the page's time).
  const goneEntries = new Set(deleted.map((id) => hashKey(sessionKeys.detail(projectId, id))));
  return queryClient.invalidateQueries({
    queryKey: sessionKeys.all(projectId),
    predicate: (query) => goneEntries.has(query.queryHash),
  });
}

/** Puts `session` in the cached list (replacing the row with its id, or appending it) and in its own entry. */
export function upsertCachedSession(
  queryClient: QueryClient,
  projectId: string,
  session: TrafficMirrorSession,
): void {
  void patchCachedSessions(queryClient, projectId, { saved: [session], deleted: [] });
}

/** Takes a deleted session out of the cached list (see {@link patchCachedSessions}). */
export function removeCachedSession(queryClient: QueryClient, projectId: string, id: string): Promise<void> {
  return patchCachedSessions(queryClient, projectId, { saved: [], deleted: [id] });
}

/** The cached copy of one session, from its own entry or from the list. */
export function cachedSession(
  queryClient: QueryClient,
  projectId: string,
  id: string,
): TrafficMirrorSession | undefined {
  return cachedSessions(queryClient, projectId)(id);
}

/**
 * Finds cached sessions by id, from their own entries or from the list, which it indexes once
 * at the first lookup the entries miss: a thousand lookups then cost one pass over the
 * 20,000-row list, not a thousand.
 */
export function cachedSessions(
  queryClient: QueryClient,
  projectId: string,
): (id: string) => TrafficMirrorSession | undefined {
  let byId: Map<string, TrafficMirrorSession> | undefined;
  return (id) => {
    const own = queryClient.getQueryData<TrafficMirrorSession>(sessionKeys.detail(projectId, id));
    if (own) return own;
    byId ??= new Map(
      (queryClient.getQueryData<TrafficMirrorSession[]>(sessionKeys.list(projectId)) ?? []).map((s) => [
        s.id,
        s,
      ]),
    );
    return byId.get(id);
  };
}

/**
 * Whether replacing `before` with `after` changes what the quotas count: the sources, the
 * target or the filter a session uses (a new or deleted session always does).
 */
export function changesQuotaUsage(
  before: TrafficMirrorSession | undefined,
  after: TrafficMirrorSession | undefined,
): boolean {
  if (!before || !after) return true;
  return (
    before.traffic_mirror_target_id !== after.traffic_mirror_target_id ||
    before.traffic_mirror_filter_id !== after.traffic_mirror_filter_id ||
    before.traffic_mirror_sources.join() !== after.traffic_mirror_sources.join()
  );
}

/** Refreshes the region's quota usage (a small request: the server counts through its indexes). */
export function refreshQuotaUsage(queryClient: QueryClient, projectId: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: quotaKeys.all(projectId) });
}
