/**
 * One change applied to many resources where the API has no bulk call: one request per item,
 * a bounded number at a time, with progress, cancel and a report of what was not done.
 */
import { ApiError } from './api-error';

/** How far a run has got: `done` of `total` answered, split into succeeded and failed. */
export interface BulkProgress {
  total: number;
  done: number;
  succeeded: number;
  failed: number;
}

/** Why one item was not changed: the server's error code and message, and its request id. */
export interface BulkFailure<T> {
  item: T;
  code: string;
  message: string;
  requestId?: string;
  /** The error as it was thrown, so that the report can say it in the console's language. */
  error: unknown;
}

/**
 * What a run did, each list in the order the items were given: the items changed, those the
 * server refused (with why), and those never sent because the run was cancelled.
 */
export interface BulkReport<T> {
  succeeded: T[];
  failed: BulkFailure<T>[];
  notAttempted: T[];
  cancelled: boolean;
}

export interface BulkRunOptions {
  /** How many requests are in flight at once. */
  concurrency: number;
  /** Aborting it sends no further request; those in flight finish and are reported as they ended. */
  signal?: AbortSignal;
  onProgress?: (progress: BulkProgress) => void;
}

/** The code, message and request id of any error a request can throw. */
export function failureOf<T>(item: T, error: unknown): BulkFailure<T> {
  if (error instanceof ApiError)
    return { item, code: error.code, message: error.message, requestId: error.requestId, error };
  return { item, code: 'UNKNOWN', message: error instanceof Error ? error.message : String(error), error };
}

/**
 * Runs `perform` once per item, at most `concurrency` at a time, and never rejects: each
 * failure is collected with the server's reason. Cancelling (the signal) stops sending new
 * requests but lets those in flight finish, so that every item in the report is known to be
 * changed or untouched (a request cut off mid-way might have been applied without our knowing).
 *
 * @example const report = await runBulk(ids, (id) => deleteOne(id), { concurrency: 8 });
 *          // report.failed[0] → { item: 's7', code: 'TM.0503', message: 'Try again.' }
 */
export async function runBulk<T>(
  items: readonly T[],
  perform: (item: T) => Promise<unknown>,
  { concurrency, signal, onProgress }: BulkRunOptions,
): Promise<BulkReport<T>> {
  const outcome: ('ok' | BulkFailure<T> | undefined)[] = new Array(items.length);
  const progress: BulkProgress = { total: items.length, done: 0, succeeded: 0, failed: 0 };
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal?.aborted) {
      const index = next++;
      const item = items[index] as T;
      try {
        await perform(item);
        outcome[index] = 'ok';
        progress.succeeded += 1;
      } catch (error) {
        outcome[index] = failureOf(item, error);
        progress.failed += 1;
      }
      progress.done += 1;
      onProgress?.({ ...progress });
    }
  };
  const workers = Math.max(1, Math.min(concurrency, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  const report: BulkReport<T> = { succeeded: [], failed: [], notAttempted: [], cancelled: false };
  items.forEach((item, index) => {
    const result = outcome[index];
    if (result === 'ok') report.succeeded.push(item);
    else if (result) report.failed.push(result);
    else report.notAttempted.push(item);
  });
  report.cancelled = report.notAttempted.length > 0;
  return report;
}

/** The items a retry runs again: the failed ones and those not attempted, in their order. */
export function itemsToRetry<T>(report: BulkReport<T>): T[] {
  return [...report.failed.map((f) => f.item), ...report.notAttempted];
}
