/**
 * Starts MSW's service worker in the browser and hands every same-origin API request to the
 * backend; everything else (the app's own files, other hosts) passes through untouched. The
 * worker script is served from the app's base, so the production build works under a
 * sub-path such as `/console/`.
 */
import { http, passthrough } from 'msw';
import { setupWorker } from 'msw/browser';
import type { Backend } from './backend';
import { apiPathOf } from './http/router';

/** Registers the worker and resolves once requests are intercepted. */
export async function startWorker(backend: Backend): Promise<void> {
  const worker = setupWorker(
    http.all('*', async ({ request }) => {
      const url = new URL(request.url);
      if (url.origin !== self.location.origin || apiPathOf(url.pathname) === null) return passthrough();
      return backend(request);
    }),
  );
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
