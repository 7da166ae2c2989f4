import { describe, expect, it } from 'vitest';
import { detectLocale } from './locale';

describe('detectLocale', () => {
  it.each([
    [null, 'zh-CN', 'zh-CN'],
    [null, 'zh-TW', 'zh-CN'],
    [null, 'zh', 'zh-CN'],
    [null, 'en-GB', 'en'],
    [null, 'fr-FR', 'en'],
    [null, undefined, 'en'],
    ['en', 'zh-CN', 'en'],
    ['zh-CN', 'en-US', 'zh-CN'],
    ['de', 'zh-CN', 'zh-CN'],
  ] as const)('remembered %s, browser %s: %s', (remembered, browser, expected) => {
    expect(detectLocale(remembered, browser)).toBe(expected);
  });
});
