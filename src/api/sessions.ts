import { queryOptions, skipToken, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { ApiError } from './api-error';
import { runBulk, type BulkReport, type BulkRunOptions } from './bulk-run';
import { apiRequest, listAll } from './client';
import { useCurrentProject } from './project-context';
import {
  cachedSession,
  changesQuotaUsage,
  patchCachedSessions,
  refreshQuotaUsage,
  removeCachedSession,
  upsertCachedSession,
} from './session-cache';
import { sessionKeys } from './sessions-keys';

export { sessionKeys };

const base = (projectId: string) => `/v3/${projectId}/vpc/traffic-mirror-sessions`;
type Wrapped = { traffic_mirror_session: TrafficMirrorSession };

/**
 * Every session of the region. While the pages of a long list (20,000 sessions are 10 pages)
 * arrive, the sessions so far are kept under their own key (`sessionsSoFarQueryOptions`), so
 * that the sessions page can show them; the list itself (`sessionKeys.list`) is written only
 * once complete, so other pages never see a partial list.
 */
export const sessionsQueryOptions = (projectId: string) =>
  queryOptions({
    queryKey: sessionKeys.list(projectId),
    // Rows are replaced one by one (session-cache.ts) and keep their identity otherwise: a deep
    // comparison of 20,000 sessions on every change would cost more than it saves.
    structuralSharing: false,
    queryFn: ({ signal, client }) =>
      listAll<TrafficMirrorSession>(base(projectId), 'traffic_mirror_sessions', {}, signal, (soFar) =>
        client.setQueryData(sessionKeys.soFar(projectId), soFar),
      ),
  });

export const sessionQueryOptions = (projectId: string, id: string) =>
  queryOptions({
    queryKey: sessionKeys.detail(projectId, id),
    queryFn: ({ signal }) =>
      apiRequest<Wrapped>(`${base(projectId)}/${id}`, { signal }).then((r) => r.traffic_mirror_session),
  });

/** The body the create call takes (docs/api.md); the server fills the rest. */
export type CreateSessionBody = Pick<
  TrafficMirrorSession,
  | 'name'
  | 'traffic_mirror_filter_id'
  | 'traffic_mirror_sources'
  | 'traffic_mirror_target_id'
  | 'traffic_mirror_target_type'
  | 'priority'
> &
  Partial<Pick<TrafficMirrorSession, 'description' | 'virtual_network_id' | 'packet_length' | 'enabled'>>;

export type UpdateSessionBody = Partial<
  Pick<
    TrafficMirrorSession,
    | 'name'
    | 'description'
    | 'traffic_mirror_filter_id'
    | 'traffic_mirror_target_id'
    | 'traffic_mirror_target_type'
    | 'priority'
    | 'virtual_network_id'
    | 'packet_length'
    | 'enabled'
  >
>;

function useInvalidateSessions() {
  const queryClient = useQueryClient();
  const projectId = useCurrentProject().id;
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: sessionKeys.all(projectId) }),
      refreshQuotaUsage(queryClient, projectId),
    ]);
}

/**
 * What a session write does to the cache: its answer replaces the one row (the list of
 * 20,000 is not read again), and the quotas refresh when their usage changed. A write that
 * failed changed nothing, unless its answer was lost on the way: then the sessions refresh.
 */
function useSessionWriteEffects() {
  const queryClient = useQueryClient();
  const projectId = useCurrentProject().id;
  const invalidate = useInvalidateSessions();
  return {
    saved: (session: TrafficMirrorSession) => {
      const before = cachedSession(queryClient, projectId, session.id);
      upsertCachedSession(queryClient, projectId, session);
      if (changesQuotaUsage(before, session)) void refreshQuotaUsage(queryClient, projectId);
    },
    deleted: (id: string) => {
      void removeCachedSession(queryClient, projectId, id);
      void refreshQuotaUsage(queryClient, projectId);
    },
    failed: (error: Error) => {
      if (!(error instanceof ApiError) || [0, 404].includes(error.status) || error.status >= 500)
        void invalidate();
    },
  };
}

export function useCreateSession() {
  const projectId = useCurrentProject().id;
  const effects = useSessionWriteEffects();
  return useMutation({
    mutationFn: (body: CreateSessionBody) =>
      apiRequest<Wrapped>(base(projectId), { method: 'POST', body: { traffic_mirror_session: body } }).then(
        (r) => r.traffic_mirror_session,
      ),
    onSuccess: effects.saved,
    onError: effects.failed,
  });
}

export function useUpdateSession() {
  const projectId = useCurrentProject().id;
  const effects = useSessionWriteEffects();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateSessionBody }) =>
      apiRequest<Wrapped>(`${base(projectId)}/${id}`, {
        method: 'PUT',
        body: { traffic_mirror_session: body },
      }).then((r) => r.traffic_mirror_session),
    onSuccess: effects.saved,
    onError: effects.failed,
  });
}

export function useDeleteSession() {
  const projectId = useCurrentProject().id;
  const effects = useSessionWriteEffects();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`${base(projectId)}/${id}`, { method: 'DELETE' }),
    onSuccess: (_nothing, id) => effects.deleted(id),
    onError: effects.failed,
  });
}

/** Adds or removes sources of a session (`add-sources` / `remove-sources`). */
export function useChangeSessionSources(change: 'add-sources' | 'remove-sources') {
  const projectId = useCurrentProject().id;
  const effects = useSessionWriteEffects();
  return useMutation({
    mutationFn: ({ id, sources }: { id: string; sources: string[] }) =>
      apiRequest<Wrapped>(`${base(projectId)}/${id}/${change}`, {
        method: 'PUT',
        body: { traffic_mirror_session: { traffic_mirror_sources: sources } },
      }).then((r) => r.traffic_mirror_session),
    onSuccess: effects.saved,
    onError: effects.failed,
  });
}

/** A change applied to many sessions at once from the list (one request per session). */
export type BulkSessionChange = 'enable' | 'disable' | 'delete';

/** What a bulk change did, by session id (see `BulkReport`). */
export type BulkSessionReport = BulkReport<string>;

/**
 * How many requests of a bulk change are in flight at once: enough to hide each request's
 * round trip, few enough not to be throttled by the cloud (docs/behaviour.md, bulk actions).
 */
export const BULK_CONCURRENCY = 8;

/** The one request of a bulk change for one session: `PUT` of `enabled`, or `DELETE`. */
function changeOneSession(projectId: string, id: string, change: BulkSessionChange): Promise<unknown> {
  return change === 'delete'
    ? apiRequest<void>(`${base(projectId)}/${id}`, { method: 'DELETE' })
    : apiRequest<Wrapped>(`${base(projectId)}/${id}`, {
        method: 'PUT',
        body: { traffic_mirror_session: { enabled: change === 'enable' } },
      });
}

/**
 * Enables, disables or deletes many sessions: one request per session (the API has no bulk
 * call, here or in the cloud), `BULK_CONCURRENCY` at a time. Each request changes its session
 * wholly or not at all; the report names the failures and what a cancel left unsent.
 */
export function changeSessions(
  projectId: string,
  ids: readonly string[],
  change: BulkSessionChange,
  options: Omit<BulkRunOptions, 'concurrency'> & { concurrency?: number } = {},
): Promise<BulkSessionReport> {
  return runBulk(ids, (id) => changeOneSession(projectId, id, change), {
    concurrency: BULK_CONCURRENCY,
    ...options,
  });
}

/**
 * `changeSessions` as a mutation, with ONE refresh of the sessions, filters and quotas once
 * the run is over (not one per session), started without waiting for it so that the report
 * shows at once. The caller patches the cached list with the report meanwhile.
 */
export function useBulkSessionChange() {
  const projectId = useCurrentProject().id;
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: sessionKeys.bulkChange(),
    mutationFn: ({
      ids,
      change,
      ...options
    }: {
      ids: readonly string[];
      change: BulkSessionChange;
    } & Omit<BulkRunOptions, 'concurrency'>) => changeSessions(projectId, ids, change, options),
    // What succeeded is applied to the cached list in one pass; the list is not read again.
    onSuccess: (report, { change }) => {
      const done = report.succeeded;
      const changed = new Set(done);
      const list = queryClient.getQueryData<TrafficMirrorSession[]>(sessionKeys.list(projectId)) ?? [];
      const saved = list
        .filter((s) => changed.has(s.id))
        .map((s) => ({ ...s, enabled: change === 'enable' }));
      void patchCachedSessions(
        queryClient,
        projectId,
        change === 'delete' ? { saved: [], deleted: done } : { saved, deleted: [] },
      );
      if (change === 'delete' && done.length > 0) void refreshQuotaUsage(queryClient, projectId);
    },
  });
}

/** The sessions `sessionsQueryOptions` has loaded so far (never fetched itself). */
export const sessionsSoFarQueryOptions = (projectId: string) =>
  queryOptions<TrafficMirrorSession[]>({ queryKey: sessionKeys.soFar(projectId), queryFn: skipToken });
