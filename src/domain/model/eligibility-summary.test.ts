import { inEnglish } from '@/i18n/test-english';
import { describe, expect, it } from 'vitest';
import { message } from './message';
import type { ViolationCode } from './violations';
import { eligibilitySummary, type EligibilityRole } from './eligibility-summary';

const refused = (...codes: ViolationCode[]) => ({
  eligible: false,
  reasons: codes.map((code) => ({
    code,
    message: message('plain', { text: `the whole explanation of ${code}` }),
  })),
});

describe('eligibilitySummary', () => {
  it.each<[EligibilityRole, ViolationCode[], string]>([
    ['source', ['C1'], 'Not eligible: not on a c7t ECS'],
    ['source', ['C1', 'C2'], 'Not eligible: not on a c7t ECS and a mirror target'],
    ['source', ['QUOTA'], 'Not eligible: at its sessions quota'],
    ['source', ['C3', 'C3'], 'Not eligible: cannot reach the target'],
    ['target', ['C2'], 'Not eligible: a mirror source'],
    ['target', ['QUOTA'], 'Not eligible: at its sessions quota'],
    ['target', ['C7'], 'Not eligible: rule C7'],
  ])('%s refused by %j reads "%s"', (role, codes, expected) => {
    expect(inEnglish(eligibilitySummary(role, refused(...codes)))).toBe(inEnglish(expected));
  });

  it('says nothing of an eligible resource', () => {
    expect(inEnglish(eligibilitySummary('source', { eligible: true, reasons: [] }))).toBeUndefined();
  });
});
