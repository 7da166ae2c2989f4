import { describe, expect, it } from 'vitest';
import { barHeight } from './bar-height';

describe('barHeight', () => {
  it.each([
    { value: 0, top: 10, height: 0 },
    { value: 5, top: 10, height: 50 },
    { value: 10, top: 10, height: 100 },
    { value: 1, top: 1_000_000, height: 3 },
    { value: 1, top: 0, height: 0 },
  ])('$value of $top is $height high', ({ value, top, height }) => {
    expect(barHeight(value, top, 100)).toBeCloseTo(height);
  });
});
