/**
 * The mock's store in Node: the browser's Dexie code over fake-indexeddb (in memory), filled
 * from the data file through the mock's own import (same checks as `/mock-admin/import`) or
 * with the demo data, and read back through its export.
 */
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { createBackend, type Backend } from '@/mock-api/backend';
import { ensureSeeded } from '@/mock-api/services/admin';
import { createServiceContext } from '@/mock-api/services/context';
import { MockDb } from '@/mock-api/store/db';
import { DataFileError, readDataFile } from './data-file';

/** The backend over a fresh in-memory store, and how to close it. */
export interface NodeStore {
  backend: Backend;
  /** The store as an export file (JSON text). */
  exportText(): Promise<string>;
  /** Calls `listener` after each successful write from now on. */
  onWrite(listener: () => void): void;
  close(): void;
}

const ADMIN = 'http://mock-server.local/mock-admin';

async function errorMessageOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as { error_msg?: string };
  return body.error_msg ?? `HTTP ${response.status}`;
}

/**
 * Opens a store: from `dataFile` when it exists (refused with `DataFileError` when it is not a
 * valid export), else the demo data. `created` tells that the file did not exist yet.
 */
export async function openStore(dataFile?: string): Promise<{ store: NodeStore; created: boolean }> {
  const db = new MockDb(`mock-server-${randomUUID()}`);
  let listener = () => {};
  const backend = createBackend({ db, onChange: () => listener() });
  const store: NodeStore = {
    backend,
    async exportText() {
      const response = await backend(new Request(`${ADMIN}/export`));
      if (!response.ok) throw new Error(`The store could not be exported: ${await errorMessageOf(response)}`);
      const { request_id: _id, ...file } = (await response.json()) as Record<string, unknown>;
      return `${JSON.stringify(file, null, 2)}\n`;
    },
    onWrite(next) {
      listener = next;
    },
    close: () => db.close(),
  };
  const content = dataFile === undefined ? ({ kind: 'missing' } as const) : await readDataFile(dataFile);
  if (content.kind === 'missing') {
    await ensureSeeded(createServiceContext(db));
    return { store, created: dataFile !== undefined };
  }
  const imported = await backend(
    new Request(`${ADMIN}/import`, { method: 'POST', body: JSON.stringify(content.value) }),
  );
  if (!imported.ok) {
    db.close();
    throw new DataFileError(
      `${dataFile} is not a store file this server can load: ${await errorMessageOf(imported)} It was left as it is; give another --data file or move this one away.`,
    );
  }
  return { store, created: false };
}
