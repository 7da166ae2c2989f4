/**
 * Test support: a backend over a fresh fake-indexeddb database holding the demo data, with
 * no latency, a fixed clock and predictable ids. Import this module before anything that
 * imports Dexie.
 */
import 'fake-indexeddb/auto';
import { createBackend, type Backend } from '../backend';
import { demoData } from '../seed/demo-data';
import type { ChangeDetail } from '../store/changes';
import { MockDb } from '../store/db';
import { DEFAULT_SETTINGS, writeSettings, type MockSettings } from '../store/settings';
import { replaceStoreData } from '../store/store-data';
import type { QuotaKey } from '@/domain/model/quotas';

let databases = 0;

export interface Answer {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

export interface TestBackend {
  db: MockDb;
  backend: Backend;
  changes: { project_id: string; resource: string }[];
  /** What each write's change notice said it changed, in the order of `changes`. */
  changeDetails: ChangeDetail[];
  /** Sends a request to `/api<path>`; an object body is sent as JSON, a string as is. */
  call(method: string, path: string, body?: unknown): Promise<Answer>;
  /** Overrides quotas of a project directly in the settings (any quota, to reach it fast). */
  setQuotas(project_id: string, quotas: Partial<Record<QuotaKey, number>>): Promise<void>;
  close(): Promise<void>;
}

/** No latency, no failures. */
export const QUIET_SETTINGS: MockSettings = { ...DEFAULT_SETTINGS, latency_min_ms: 0, latency_max_ms: 0 };

/** A backend over a new database seeded with the demo data. */
export async function createTestBackend(
  options: {
    seed?: boolean;
    random?: () => number;
    sleep?: (ms: number) => Promise<void>;
    name?: string;
  } = {},
): Promise<TestBackend> {
  databases += 1;
  const db = new MockDb(options.name ?? `mock-api-test-${databases}`);
  if (options.seed ?? true) await replaceStoreData(db, demoData(), QUIET_SETTINGS);
  else await writeSettings(db, QUIET_SETTINGS);
  let ids = 0;
  let seconds = 0;
  const changes: { project_id: string; resource: string }[] = [];
  const changeDetails: ChangeDetail[] = [];
  const backend = createBackend({
    db,
    clock: () => new Date(Date.UTC(2025, 0, 1) + (seconds += 1) * 1000),
    newId: () => `00000000-0000-4000-8000-${String((ids += 1)).padStart(12, '0')}`,
    random: options.random,
    sleep: options.sleep ?? (async () => undefined),
    onChange: (project_id, resource, detail) => {
      changes.push({ project_id, resource });
      changeDetails.push(detail);
    },
  });
  return {
    db,
    backend,
    changes,
    changeDetails,
    async call(method, path, body) {
      const init: RequestInit = { method };
      if (body !== undefined) {
        init.body = typeof body === 'string' ? body : JSON.stringify(body);
        init.headers = { 'Content-Type': 'application/json' };
      }
      const response = await backend(new Request(`http://localhost/api${path}`, init));
      const text = await response.text();
      return {
        status: response.status,
        body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
        headers: response.headers,
      };
    },
    async setQuotas(project_id, quotas) {
      const settings = { ...QUIET_SETTINGS, quota_overrides: { [project_id]: quotas } };
      await writeSettings(db, settings);
    },
    async close() {
      db.close();
      await db.delete();
    },
  };
}
