/** Query keys for mirror sessions, general to specific, so a change can be applied by prefix. */
export const sessionKeys = {
  all: (projectId: string) => ['traffic-mirror-sessions', projectId] as const,
  list: (projectId: string) => [...sessionKeys.all(projectId), 'list'] as const,
  detail: (projectId: string, id: string) => [...sessionKeys.all(projectId), 'detail', id] as const,
  /** The sessions loaded so far while a long list is still loading (never fetched itself). */
  soFar: (projectId: string) => [...sessionKeys.list(projectId), 'so-far'] as const,
  /** The mutation key of a bulk change: while one runs, change notices wait (change-notices.ts). */
  bulkChange: () => ['traffic-mirror-sessions', 'bulk-change'] as const,
};
