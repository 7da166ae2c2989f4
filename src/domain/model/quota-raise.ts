/**
 * Setting the adjustable quota, as Settings does in the demo (docs/behaviour.md, "Quotas"). One
 * rule, with its message, for the mock's admin call and the Settings form.
 */
import { z } from 'zod';
import { encodeMessage, message, type ResultMessage } from './message';
import {
  QUOTA_DEFINITIONS,
  quotaLabel,
  type QuotaDefinition,
  type QuotaKey,
  type QuotaValues,
} from './quotas';
import { typedNumberSchema } from './typed-number';

/** The largest value Settings may set an adjustable quota to (ours). */
export const QUOTA_RAISE_LIMIT = 1000;

/**
 * The lowest value an adjustable quota may be set to: its default (a raised quota may come back
 * down, never below what every account has), or its usage when that is higher (below it,
 * resources that exist would break the quota, and an export of the store could not be imported
 * again). `used` is the usage `GET /v1/{project_id}/quotas` reports: for sources per session,
 * the sources of the session that has the most.
 *
 * @example quotaFloor(quotaDefinition('sources_per_session'), 12) // 12
 */
export function quotaFloor(definition: QuotaDefinition, used: number): number {
  return Math.max(definition.value, used);
}

/**
 * What to enter for an adjustable quota, naming the usage when it sets the floor.
 *
 * @example quotaValueMessage(quotaDefinition('sources_per_session'), 2) // renders 'Enter a whole number from 10 to 1000.'
 * @example quotaValueMessage(quotaDefinition('sources_per_session'), 12) // renders 'Enter a whole number from 12 to 1000 (Mirror sources per session: 12 in use).'
 */
export function quotaValueMessage(definition: QuotaDefinition, used: number): ResultMessage {
  const floor = quotaFloor(definition, used);
  if (used <= definition.value) return message('quota.enterValue', { floor, max: QUOTA_RAISE_LIMIT });
  const label = quotaLabel(definition.key);
  return message('quota.enterValueInUse', { floor, max: QUOTA_RAISE_LIMIT, label, used });
}

/**
 * A valid value of an adjustable quota: a whole number from {@link quotaFloor} to
 * {@link QUOTA_RAISE_LIMIT}, else {@link quotaValueMessage}.
 *
 * @example quotaValueSchema(quotaDefinition('sources_per_session'), 0).safeParse(9).success // false
 */
export function quotaValueSchema(definition: QuotaDefinition, used: number) {
  const text = encodeMessage(quotaValueMessage(definition, used));
  return z
    .number({ error: text })
    .int({ error: text })
    .min(quotaFloor(definition, used), { error: text })
    .max(QUOTA_RAISE_LIMIT, { error: text });
}

/**
 * The Settings form's schema: the typed value, checked by {@link quotaValueSchema}.
 *
 * @example quotaValueFormSchema(definition, 0).parse({ value: '20' }) // { value: 20 }
 */
export function quotaValueFormSchema(definition: QuotaDefinition, used: number) {
  return z.object({ value: typedNumberSchema(quotaValueSchema(definition, used)) });
}

/**
 * Sets an adjustable quota, as the mock's admin call does for Settings. Refuses an unknown
 * quota, a fixed one, and a value {@link quotaValueSchema} refuses given the quota's usage
 * (`used`, from `quotaUsed`), with a message that says what to do.
 *
 * @example raiseQuota(DEFAULT_QUOTAS, 'sources_per_session', 20, used) // { ok: true, quotas: { ..., sources_per_session: 20 } }
 */
export function raiseQuota(
  current: QuotaValues,
  key: string,
  value: unknown,
  used: Readonly<Record<QuotaKey, number>>,
): { ok: true; quotas: QuotaValues } | { ok: false; message: ResultMessage } {
  const d = QUOTA_DEFINITIONS.find((x) => x.key === key);
  if (!d) return { ok: false, message: message('quota.unknown', { key }) };
  if (!d.adjustable)
    return { ok: false, message: message('quota.fixed', { label: quotaLabel(d.key), value: d.value }) };
  const parsed = quotaValueSchema(d, used[d.key]).safeParse(value);
  if (!parsed.success) return { ok: false, message: quotaValueMessage(d, used[d.key]) };
  return { ok: true, quotas: { ...current, [d.key]: parsed.data } };
}
