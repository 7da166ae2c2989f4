import { inEnglish } from '@/i18n/test-english';
import { describe, expect, it } from 'vitest';
import { checkRegion, isTrafficMirroringRegion } from './regions';

describe('regions (C7)', () => {
  it.each([
    ['cn-north-4', true],
    ['ap-southeast-3', true],
    ['cn-southwest-2', false],
    ['', false],
  ])('%s offered: %s', (region, offered) => {
    expect(inEnglish(isTrafficMirroringRegion(region))).toBe(inEnglish(offered));
    expect(inEnglish(checkRegion(region).length)).toBe(inEnglish(offered ? 0 : 1));
  });

  it('says what to do', () => {
    expect(inEnglish(checkRegion('eu-west-0', ['cn-east-3']))).toEqual(
      inEnglish([
        {
          code: 'C7',
          kind: 'region',
          message:
            'Traffic Mirroring is not offered in eu-west-0. Switch to a region that offers it, such as cn-east-3.',
        },
      ]),
    );
  });
});
