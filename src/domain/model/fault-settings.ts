/**
 * The demo cloud's fault injection (docs/behaviour.md, "Fault injection in the demo"): a random
 * latency and a share of calls that fail, on every path or on the paths a pattern matches. One
 * schema with its messages checks the settings call (`PUT /mock-admin/settings`), the stored and
 * imported settings, and the Settings form, so that they refuse the same values alike.
 */
import { z } from 'zod';
import { encodeMessage, message } from './message';
import { typedNumber } from './typed-number';

/** The longest latency that can be set, in milliseconds (ours). */
export const LATENCY_MAX_MS = 60_000;
/** The longest failure path pattern (ours). */
export const FAILURE_PATH_MAX = 200;

/**
 * Every message of the fault settings (what is wrong and what to enter instead), as zod
 * carries them (`encodeMessage`); the UI renders them in its language.
 */
export const FAULT_MESSAGES = {
  latency: encodeMessage(message('fault.latency', { max: LATENCY_MAX_MS })),
  failureRate: encodeMessage(message('fault.failureRate')),
  failurePath: encodeMessage(message('fault.failurePath')),
  failurePathLength: encodeMessage(message('fault.failurePathLength', { max: FAILURE_PATH_MAX })),
  failurePathStart: encodeMessage(message('fault.failurePathStart')),
  unknown: encodeMessage(message('fault.unknown')),
  /** The longest latency is below the shortest one. */
  latencyOrder: (min: number) => encodeMessage(message('fault.latencyOrder', { min })),
} as const;

const latency = z
  .number({ error: FAULT_MESSAGES.latency })
  .int({ error: FAULT_MESSAGES.latency })
  .min(0, { error: FAULT_MESSAGES.latency })
  .max(LATENCY_MAX_MS, { error: FAULT_MESSAGES.latency });

/** Each fault setting with its rule, as the API carries it (the failure rate as a share of 1). */
export const faultSettingsFields = {
  /** Each API answer waits a random time in [min, max] milliseconds. */
  latency_min_ms: latency,
  latency_max_ms: latency,
  /** Share of API calls (0-1) that fail with 503 TM.0503 before doing anything. */
  failure_rate: z
    .number({ error: FAULT_MESSAGES.failureRate })
    .min(0, { error: FAULT_MESSAGES.failureRate })
    .max(1, { error: FAULT_MESSAGES.failureRate }),
  /**
   * Which API paths the failures apply to: a pattern matched against the whole path, where
   * `*` stands for any characters (`*-sessions`, `/v1/*`); empty for every path.
   */
  failure_path: z
    .string({ error: FAULT_MESSAGES.failurePath })
    .max(FAILURE_PATH_MAX, { error: FAULT_MESSAGES.failurePathLength })
    .refine((pattern) => pattern === '' || pattern.startsWith('/') || pattern.startsWith('*'), {
      error: FAULT_MESSAGES.failurePathStart,
    }),
};

/**
 * The rule across fields: the longest latency is at least the shortest. Reported at the longest
 * latency, the field a person corrects after typing both.
 *
 * @example checkLatencyOrder({ latency_min_ms: 500, latency_max_ms: 100 }, ctx) // issue at latency_max_ms: fault.latencyOrder ('Make the longest latency at least the shortest one (500 ms).')
 */
export function checkLatencyOrder(
  settings: { latency_min_ms: number; latency_max_ms: number },
  ctx: z.RefinementCtx,
): void {
  const { latency_min_ms: min, latency_max_ms: max } = settings;
  // Only between two valid latencies: a wrong one has its own message.
  if (!latency.safeParse(min).success || !latency.safeParse(max).success) return;
  if (min > max) {
    ctx.addIssue({
      code: 'custom',
      path: ['latency_max_ms'],
      message: FAULT_MESSAGES.latencyOrder(min),
    });
  }
}

/** The whole fault settings, every field with its rule and the latency order. */
export const faultSettingsSchema = z.object(faultSettingsFields).superRefine(checkLatencyOrder);
export type FaultSettings = z.output<typeof faultSettingsSchema>;

/**
 * Body of `PUT /mock-admin/settings` (inside `settings`): any of the fields, each with its rule,
 * nothing else. The latency order is checked on the settings it makes ({@link faultSettingsSchema}).
 */
export const faultSettingsPatchSchema = z
  .strictObject(faultSettingsFields, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? FAULT_MESSAGES.unknown : undefined),
  })
  .partial();
export type FaultSettingsPatch = z.output<typeof faultSettingsPatchSchema>;

/** The Settings form's values: the text of each field, the failure rate in percent. */
export interface FaultSettingsForm {
  latency_min_ms: string;
  latency_max_ms: string;
  failure_rate: string;
  failure_path: string;
}

/**
 * The Settings form's schema: its text read as numbers (the failure rate from percent to a
 * share), then {@link faultSettingsSchema}, so the form refuses what the API refuses, with the
 * same message at the same field.
 *
 * @example faultSettingsFormSchema.parse({ latency_min_ms: '0', latency_max_ms: '10', failure_rate: '25', failure_path: '' }).failure_rate // 0.25
 */
export const faultSettingsFormSchema = z
  .object({
    latency_min_ms: z.string(),
    latency_max_ms: z.string(),
    failure_rate: z.string(),
    failure_path: z.string(),
  })
  .transform((form) => ({
    latency_min_ms: typedNumber(form.latency_min_ms),
    latency_max_ms: typedNumber(form.latency_max_ms),
    failure_rate: typedNumber(form.failure_rate) / 100,
    failure_path: form.failure_path.trim(),
  }))
  .pipe(faultSettingsSchema);

/**
 * Saved settings as the form shows them (the failure rate in percent, to one decimal).
 *
 * @example faultSettingsFormValues({ latency_min_ms: 80, latency_max_ms: 250, failure_rate: 0.125, failure_path: '' }).failure_rate // '12.5'
 */
export function faultSettingsFormValues(settings: FaultSettings): FaultSettingsForm {
  return {
    latency_min_ms: String(settings.latency_min_ms),
    latency_max_ms: String(settings.latency_max_ms),
    failure_rate: String(Math.round(settings.failure_rate * 1000) / 10),
    failure_path: settings.failure_path,
  };
}
