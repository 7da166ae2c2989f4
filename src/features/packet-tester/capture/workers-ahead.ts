/**
 * Workers started ahead of their use (the capture worker, its file reader, its part worker),
 * and whether they failed before it. Why: a worker whose script cannot be loaded, or that fails
 * as it starts, reports it once, before anyone listens; given work later, it would never
 * answer, and the run would wait forever with no message.
 */

const failed = new WeakSet<Worker>();

/** `create()`'s worker, watched from its start for a failure. */
export function startAhead(create: () => Worker): Worker {
  const worker = create();
  worker.addEventListener('error', () => failed.add(worker));
  return worker;
}

/** True when `worker` failed before it was used: it must not be given work. */
export function failedAhead(worker: Worker): boolean {
  return failed.has(worker);
}
