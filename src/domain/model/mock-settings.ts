/**
 * The demo cloud's settings as `GET /mock-admin/settings` answers them and the store keeps them:
 * fault injection (docs/behaviour.md, "Fault injection in the demo") and the quotas raised in
 * Settings, by project.
 */
import { z } from 'zod';
import { checkLatencyOrder, faultSettingsFields } from './fault-settings';
import { QUOTA_DEFINITIONS, type QuotaKey } from './quotas';

const QUOTA_KEYS = QUOTA_DEFINITIONS.map((d) => d.key) as [QuotaKey, ...QuotaKey[]];

/**
 * The settings with the rules of the fault settings; settings saved before `failure_path`
 * existed fail every path. `quota_overrides` holds the quota values that differ from the
 * defaults, by project id.
 */
export const mockSettingsSchema = z
  .object({
    ...faultSettingsFields,
    failure_path: faultSettingsFields.failure_path.default(''),
    quota_overrides: z.record(z.string(), z.partialRecord(z.enum(QUOTA_KEYS), z.number().int().min(0))),
  })
  .superRefine(checkLatencyOrder);

/** The demo cloud's settings. */
export type MockSettings = z.output<typeof mockSettingsSchema>;
