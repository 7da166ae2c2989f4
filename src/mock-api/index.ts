/**
 * The one entry of the in-browser cloud, imported lazily by main.tsx:
 * `startMockApi()` opens the store (seeding the demo data on first use), starts the MSW
 * worker and gives the function that answers the console's own requests in the page;
 * `subscribeToChanges(callback)` tells of writes made by any tab.
 *
 * The console calls `${import.meta.env.BASE_URL}api` + the API path, e.g.
 * `/console/api/v3/projects`; see README.md.
 */
import { createBackend } from './backend';
import { createServiceContext } from './services/context';
import { ensureSeeded } from './services/admin';
import { inPageFetch } from './in-page';
import { MockDb } from './store/db';

export { CHANGES_CHANNEL, subscribeToChanges, type MockChange } from './store/changes';

type InPageFetch = ReturnType<typeof inPageFetch>;

let started: Promise<InPageFetch> | undefined;

/**
 * Starts the mock API once (later calls return the same promise) and resolves to the function
 * that answers the console's own requests in the page (in-page.ts); other requests of the page
 * reach the same backend through the service worker. Requests made before it resolves are not
 * answered, so the app waits for it before its first request.
 */
export function startMockApi(): Promise<InPageFetch> {
  started ??= (async () => {
    const db = new MockDb();
    await ensureSeeded(createServiceContext(db));
    const backend = createBackend({ db });
    const { startWorker } = await import('./browser');
    await startWorker(backend);
    return inPageFetch(backend);
  })();
  return started;
}
