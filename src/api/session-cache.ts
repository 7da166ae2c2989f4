/**
 * The console's cached sessions, kept exact after a write without listing the region again:
 * the server's answer to a write (or a change notice carrying it) replaces the one row in
 * the list and the session's own entry. At 20,000 sessions a re-list costs about a second of
 * the page's time, so a write never waits for one.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { quotaKeys } from './quotas';
import { sessionKeys } from './sessions-keys';

/** Puts `session` in the cached list (replacing the row with its id, or appending it) and in its own entry. */
export function upsertCachedSession(
  queryClient: QueryClient,
  projectId: string,
  session: TrafficMirrorSession,
): void {
  queryClient.setQueryData<TrafficMirrorSession>(sessionKeys.detail(projectId, session.id), session);
  queryClient.setQueryData<TrafficMirrorSession[]>(sessionKeys.list(projectId), (list) => {
    if (!list) return list;
    const at = list.findIndex((s) => s.id === session.id);
    if (at === -1) return [...list, session];
    const next = list.slice();
    next[at] = session;
    return next;
  });
}

/**
 * Takes a deleted session out of the cached list. Its own entry is read again rather than
 * dropped: a page still showing it keeps its data until it moves on (the page that deleted
 * it navigates away), and one that stays learns that it is gone.
 */
export function removeCachedSession(queryClient: QueryClient, projectId: string, id: string): Promise<void> {
  queryClient.setQueryData<TrafficMirrorSession[]>(
    sessionKeys.list(projectId),
    (list) => list && list.filter((s) => s.id !== id),
  );
  return queryClient.invalidateQueries({ queryKey: sessionKeys.detail(projectId, id), exact: true });
}

/** The cached copy of one session, from its own entry or from the list. */
export function cachedSession(
  queryClient: QueryClient,
  projectId: string,
  id: string,
): TrafficMirrorSession | undefined {
  return (
    queryClient.getQueryData<TrafficMirrorSession>(sessionKeys.detail(projectId, id)) ??
    queryClient.getQueryData<TrafficMirrorSession[]>(sessionKeys.list(projectId))?.find((s) => s.id === id)
  );
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
