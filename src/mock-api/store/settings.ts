/**
 * Mock settings kept in the store's `meta` table, so they survive reloads and are shared by
 * tabs: fault injection (latency range, failure rate) and raised adjustable quotas.
 */
import { z } from 'zod';
import { QUOTA_DEFINITIONS, resolveQuotas, type QuotaKey, type QuotaValues } from '@/domain/model/quotas';
import type { MockDb } from './db';

const QUOTA_KEYS = QUOTA_DEFINITIONS.map((d) => d.key) as [QuotaKey, ...QuotaKey[]];

/** The mock's settings, as `GET /mock-admin/settings` answers them. */
export interface MockSettings {
  /** Each API answer waits a random time in [min, max] milliseconds. */
  latency_min_ms: number;
  latency_max_ms: number;
  /** Share of API calls (0-1) that fail with 503 TM.0503 before doing anything. */
  failure_rate: number;
  /**
   * Which API paths the failures apply to: a pattern matched against the whole path, where
   * `*` stands for any characters (`*-sessions`, `/v1/*`); empty for every path.
   */
  failure_path: string;
  /** Quota values that differ from the defaults, by project id (Settings raises adjustable ones). */
  quota_overrides: Record<string, Partial<Record<QuotaKey, number>>>;
}

/** A realistic latency for the demo, no failures, default quotas. */
export const DEFAULT_SETTINGS: MockSettings = {
  latency_min_ms: 80,
  latency_max_ms: 250,
  failure_rate: 0,
  failure_path: '',
  quota_overrides: {},
};

const SETTINGS_KEY = 'settings';

const latency = z.number({ error: 'Enter milliseconds from 0 to 60000.' }).int().min(0).max(60_000);

/**
 * The fault-injection fields with their rules and messages: the settings call
 * (`PUT /mock-admin/settings`) and the stored or imported settings check them alike.
 */
export const faultSettingsFields = {
  latency_min_ms: latency,
  latency_max_ms: latency,
  failure_rate: z.number({ error: 'Enter a share from 0 to 1.' }).min(0).max(1),
  failure_path: z
    .string({ error: 'Enter a path pattern such as /v1/*/ports, or nothing for every path.' })
    .max(200, 'Enter a path pattern of at most 200 characters.')
    .refine((pattern) => pattern === '' || pattern.startsWith('/') || pattern.startsWith('*'), {
      error: 'Start the path pattern with / or *, e.g. /v1/*/ports.',
    }),
};

/** Zod schema of stored (and imported) settings; settings saved before `failure_path` existed fail every path. */
export const mockSettingsSchema = z.object({
  ...faultSettingsFields,
  failure_path: faultSettingsFields.failure_path.default(''),
  quota_overrides: z.record(z.string(), z.partialRecord(z.enum(QUOTA_KEYS), z.number().int().min(0))),
});

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
