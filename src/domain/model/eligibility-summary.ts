/**
 * A refusal in a few words, for a table cell: "Not eligible: not on a c7t ECS". The full
 * explanation stays the reason's message (eligibility.ts); this only names which rule refuses.
 */
import type { Eligibility } from './eligibility';
import type { ViolationCode } from './violations';

/** What the resource would be in the session. */
export type EligibilityRole = 'source' | 'target';

const SUMMARY: Record<EligibilityRole, Partial<Record<ViolationCode, string>>> = {
  source: {
    C1: 'not on a c7t ECS',
    C2: 'a mirror target',
    C3: 'cannot reach the target',
    C4: 'priority taken',
    C6: 'no such interface',
    QUOTA: 'at its sessions quota',
  },
  target: {
    C2: 'a mirror source',
    C3: 'not reachable from a source',
    C6: 'no such target',
    QUOTA: 'at its sessions quota',
  },
};

/**
 * The reasons of a refusal in a few words each, once per rule, for a one-line table cell;
 * undefined when the resource is eligible.
 *
 * @example eligibilitySummary('source', { eligible: false, reasons: [{ code: 'C1', message: '...' }] })
 * // 'Not eligible: not on a c7t ECS'
 */
export function eligibilitySummary(role: EligibilityRole, eligibility: Eligibility): string | undefined {
  if (eligibility.eligible) return undefined;
  const words = [...new Set(eligibility.reasons.map((r) => SUMMARY[role][r.code] ?? `rule ${r.code}`))];
  return `Not eligible: ${words.join('; ')}`;
}
