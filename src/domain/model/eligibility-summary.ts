/**
 * A refusal in a few words, for a table cell: "Not eligible: not on a c7t ECS". The full
 * explanation stays the reason's message (eligibility.ts); this only names which rule refuses.
 */
import type { Eligibility } from './eligibility';
import { message, type ResultMessage, type ResultMessageId } from './message';
import type { ViolationCode } from './violations';

/** What the resource would be in the session. */
export type EligibilityRole = 'source' | 'target';

const SUMMARY: Record<EligibilityRole, readonly ViolationCode[]> = {
  source: ['C1', 'C2', 'C3', 'C4', 'C6', 'QUOTA'],
  target: ['C2', 'C3', 'C6', 'QUOTA'],
};

function reasonWords(role: EligibilityRole, code: ViolationCode): ResultMessage {
  if (!SUMMARY[role].includes(code)) return message('eligibility.otherRule', { code });
  return message(
    `eligibility.${role}.${code}` as Extract<ResultMessageId, `eligibility.${string}.${string}`>,
  );
}

/**
 * The reasons of a refusal in a few words each, once per rule, for a one-line table cell;
 * undefined when the resource is eligible.
 *
 * @example eligibilitySummary('source', { eligible: false, reasons: [{ code: 'C1', message }] })
 * // renders 'Not eligible: not on a c7t ECS'
 */
export function eligibilitySummary(
  role: EligibilityRole,
  eligibility: Eligibility,
): ResultMessage | undefined {
  if (eligibility.eligible) return undefined;
  const codes = [...new Set(eligibility.reasons.map((r) => r.code))];
  return message('eligibility.notEligible', { reasons: codes.map((code) => reasonWords(role, code)) });
}
