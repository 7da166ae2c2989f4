import { inEnglish } from '@/i18n/test-english';
import { describe, expect, it } from 'vitest';
import { WARNING_CODES, warningLabel, warningTitle } from './warning-titles';

describe('warning titles', () => {
  it.each([
    ['W1', 'W1 Target security group blocks copies'],
    ['W2', 'W2 Target network ACL blocks copies'],
    ['W3', 'W3 Copies are cut to fit the MTU'],
    ['W4', 'W4 Nothing is copied'],
  ] as const)('%s reads "%s"', (code, label) => {
    expect(inEnglish(warningLabel(code))).toBe(label);
  });

  it('has one title per code, none of them repeated', () => {
    expect(new Set(WARNING_CODES.map((code) => inEnglish(warningTitle(code)))).size).toBe(
      WARNING_CODES.length,
    );
  });
});
