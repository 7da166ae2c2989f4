/**
 * The console's own requests, answered in the page: the same backend the service worker hands
 * requests to (browser.ts), called directly with the same `Request` and answering the same
 * `Response`, without the worker's round trip (about 7 ms of the page's one thread per call,
 * most of a bulk change's time). Every other request of the page still goes through the worker.
 *
 * Each call is recorded as a `performance` measure named {@link API_CALL_MEASURE}, whose
 * `detail` is its method, URL and status: the calls show in the browser's performance tools,
 * and tests can count them, as they could count network requests before.
 */
import type { Backend } from './backend';

/** The name of the measure recorded for each call answered in the page. */
export const API_CALL_MEASURE = 'api-call';

/** What a call's measure carries in its `detail`. */
export interface ApiCallDetail {
  method: string;
  url: string;
  status: number;
}

/** At most this many measures are kept (about 3 MB); then they are cleared and counted again. */
const KEPT = 10_000;
let recorded = 0;

function record(start: number, detail: ApiCallDetail): void {
  if (++recorded > KEPT) {
    performance.clearMeasures(API_CALL_MEASURE);
    recorded = 1;
  }
  performance.measure(API_CALL_MEASURE, { start, end: performance.now(), detail });
}

const aborted = () => new DOMException('The request was aborted.', 'AbortError');

/** Rejects with an AbortError when `signal` aborts first, as fetch does; the backend's work goes on. */
function abortable<T>(work: () => Promise<T>, signal: AbortSignal | null | undefined): Promise<T> {
  if (!signal) return work();
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    work()
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * A function with fetch's signature that answers with `backend` in this page. A relative URL
 * resolves against the page, as fetch resolves it.
 *
 * @example const send = inPageFetch(createBackend({ db }));
 *          await send('/console/api/v3/projects', { method: 'GET' }); // Response 200
 */
export function inPageFetch(backend: Backend): (url: string, init?: RequestInit) => Promise<Response> {
  return (url, init = {}) =>
    abortable(async () => {
      const start = performance.now();
      const request = new Request(new URL(url, location.href), init);
      const response = await backend(request);
      record(start, { method: request.method, url: request.url, status: response.status });
      return response;
    }, init.signal);
}
