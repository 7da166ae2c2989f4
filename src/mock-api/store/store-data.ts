/** Whole-store operations: read everything, and replace everything in one transaction. */
import type { Table } from 'dexie';
import type { MockDb } from './db';
import { DATA_TABLES, emptyStoreData, type StoreData } from './rows';
import { writeSettings, type MockSettings } from './settings';

function dataTables(db: MockDb): Table[] {
  return DATA_TABLES.map((name) => db.table(name));
}

/** Every row of every data table, read in one transaction. */
export async function readStoreData(db: MockDb): Promise<StoreData> {
  return db.transaction('r', dataTables(db), async () => {
    const data = emptyStoreData() as unknown as Record<string, unknown[]>;
    for (const name of DATA_TABLES) data[name] = await db.table(name).toArray();
    return data as unknown as StoreData;
  });
}

/**
 * Replaces the data (and the settings, when given) in one read-write transaction: readers see
 * the old data or the new, never a mix; a failure leaves the old data in place.
 */
export async function replaceStoreData(db: MockDb, data: StoreData, settings?: MockSettings): Promise<void> {
  await db.transaction('rw', [...dataTables(db), db.meta], async () => {
    for (const name of DATA_TABLES) await db.table(name).clear();
    for (const name of DATA_TABLES) {
      const rows = data[name] as unknown[];
      if (rows.length > 0) await db.table(name).bulkAdd(rows);
    }
    if (settings) await writeSettings(db, settings);
  });
}

/** Row counts by table. */
export function countRows(data: StoreData): Record<string, number> {
  return Object.fromEntries(DATA_TABLES.map((name) => [name, data[name].length]));
}
