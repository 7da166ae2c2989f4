/**
 * Mock settings kept in the store's `meta` table, so they survive reloads and are shared by
 * tabs: fault injection (latency range, failure rate and paths) and raised adjustable quotas.
 * Their schema and type are the domain's (`domain/model/mock-settings.ts`).
 */
import { mockSettingsSchema, type MockSettings } from '@/domain/model/mock-settings';
import { resolveQuotas, type QuotaValues } from '@/domain/model/quotas';
import type { MockDb } from './db';

export { mockSettingsSchema, type MockSettings };

/** A realistic latency for the demo, no failures, default quotas. */
export const DEFAULT_SETTINGS: MockSettings = {
  latency_min_ms: 80,
  latency_max_ms: 250,
  failure_rate: 0,
  failure_path: '',
  quota_overrides: {},
};

const SETTINGS_KEY = 'settings';

/** Reads the settings (the defaults when none were saved). */
export async function readSettings(db: MockDb): Promise<MockSettings> {
  const row = await db.meta.get(SETTINGS_KEY);
  const parsed = mockSettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : structuredClone(DEFAULT_SETTINGS);
}

/** Saves the settings (inside the caller's transaction when there is one). */
export async function writeSettings(db: MockDb, settings: MockSettings): Promise<void> {
  await db.meta.put({ key: SETTINGS_KEY, value: settings });
}

/** The quotas in force in a project: the defaults with the project's overrides. */
export function quotasOf(settings: MockSettings, project_id: string): QuotaValues {
  return resolveQuotas(settings.quota_overrides[project_id] ?? {});
}
