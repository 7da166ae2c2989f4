/**
 * Change notices between tabs. After each successful write the backend posts a
 * `MockChange` on the BroadcastChannel `CHANGES_CHANNEL`. Every tab, this one included
 * (through its own subscriber), applies it to its cache: a notice names the resource, the
 * method and the id written, and carries the item as the API answered it, so a tab can
 * update the one row instead of listing the region again.
 */

/** Name of the BroadcastChannel the mock posts its change notices on. */
export const CHANGES_CHANNEL = 'traffic-mirror-console:mock-api:changes';

/** What a write changed, as the backend knows it once the write succeeded. */
export interface ChangeDetail {
  /** The write's HTTP method (`POST`, `PUT`, `DELETE`). */
  method: string;
  /** The id of the item written, when the write was about one item. */
  id?: string;
  /** The item as the API answered it (absent for a delete and for writes that answer no item). */
  item?: Record<string, unknown>;
}

/** One change notice: which project (or `"*"` for all), which kind of resource, and what changed. */
export interface MockChange extends Partial<ChangeDetail> {
  type: 'mock-api-change';
  project_id: string;
  resource: string;
  at: string;
}

/** The channel this page posts on, opened once: a bulk change posts a thousand notices. */
let posting: BroadcastChannel | undefined;

/** Posts a change notice; silently does nothing where BroadcastChannel does not exist. */
export function postChange(project_id: string, resource: string, detail?: ChangeDetail): void {
  if (typeof BroadcastChannel === 'undefined') return;
  if (!posting) {
    posting = new BroadcastChannel(CHANGES_CHANNEL);
    // In Node (tests) an open channel would keep the process alive; browsers have no `unref`.
    (posting as BroadcastChannel & { unref?: () => void }).unref?.();
  }
  const change: MockChange = {
    type: 'mock-api-change',
    project_id,
    resource,
    ...detail,
    at: new Date().toISOString(),
  };
  posting.postMessage(change);
}

/**
 * Calls `callback` for each change notice posted by any tab of this origin (including this
 * one). Returns the function that stops listening.
 *
 * @example const stop = subscribeToChanges((change) => applyChangeNotice(queryClient, change));
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
