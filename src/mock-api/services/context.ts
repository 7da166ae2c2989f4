/** What every service needs: the store, the clock and the id source. */
import type { MockDb } from '../store/db';

export interface ServiceContext {
  db: MockDb;
  /** Current time as the API writes it: `YYYY-MM-DDThh:mm:ssZ`. */
  now: () => string;
  /** A new resource id (a UUID). */
  newId: () => string;
}

/**
 * Formats a date the way the API does (seconds, UTC, `Z`).
 *
 * @example apiTime(new Date(Date.UTC(2024, 3, 22, 8, 0, 0, 500))) // '2024-04-22T08:00:00Z'
 */
export function apiTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Builds a context over `db` with the real clock and random UUIDs unless given others. */
export function createServiceContext(
  db: MockDb,
  clock: () => Date = () => new Date(),
  newId: () => string = () => crypto.randomUUID(),
): ServiceContext {
  return { db, now: () => apiTime(clock()), newId };
}
