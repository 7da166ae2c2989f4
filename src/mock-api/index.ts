/**
 * The one entry of the in-browser cloud, imported lazily by main.tsx:
 * `startMockApi()` opens the store (seeding the demo data on first use) and starts the MSW
 * worker; `subscribeToChanges(callback)` tells of writes made by any tab.
 *
 * The console calls `${import.meta.env.BASE_URL}api` + the API path, e.g.
 * `/console/api/v3/projects`; see README.md.
 */
import { createBackend } from './backend';
import { createServiceContext } from './services/context';
import { ensureSeeded } from './services/admin';
import { MockDb } from './store/db';

export { CHANGES_CHANNEL, subscribeToChanges, type MockChange } from './store/changes';

let started: Promise<void> | undefined;

/**
 * Starts the mock API once (later calls return the same promise). Requests made before it
 * resolves are not intercepted, so the app waits for it before its first request.
 */
export function startMockApi(): Promise<void> {
  started ??= (async () => {
    const db = new MockDb();
    await ensureSeeded(createServiceContext(db));
    const { startWorker } = await import('./browser');
    await startWorker(createBackend({ db }));
  })();
  return started;
}
