/** Query keys for mirror sessions, general to specific, so a change can be applied by prefix. */
export const sessionKeys = {
  all: (projectId: string) => ['traffic-mirror-sessions', projectId] as const,
  list: (projectId: string) => [...sessionKeys.all(projectId), 'list'] as const,
  detail: (projectId: string, id: string) => [...sessionKeys.all(projectId), 'detail', id] as const,
};
