/**
 * Change notices between tabs. After each successful write the backend posts a
 * `MockChange` on the BroadcastChannel `CHANGES_CHANNEL`; every tab (this one included,
 * through its own subscriber) refetches.
 */

/** Name of the BroadcastChannel the mock posts its change notices on. */
export const CHANGES_CHANNEL = 'traffic-mirror-console:mock-api:changes';

/** One change notice: which project (or `"*"` for all) and which kind of resource. */
export interface MockChange {
  type: 'mock-api-change';
  project_id: string;
  resource: string;
  at: string;
}

/** Posts a change notice; silently does nothing where BroadcastChannel does not exist. */
export function postChange(project_id: string, resource: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  const change: MockChange = { type: 'mock-api-change', project_id, resource, at: new Date().toISOString() };
  channel.postMessage(change);
  channel.close();
}

/**
 * Calls `callback` for each change notice posted by any tab of this origin (including this
 * one). Returns the function that stops listening.
 *
 * @example const stop = subscribeToChanges(() => queryClient.invalidateQueries());
 */
export function subscribeToChanges(callback: (change: MockChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<MockChange> | null;
    if (data && data.type === 'mock-api-change') callback(data as MockChange);
  };
  return () => channel.close();
}
