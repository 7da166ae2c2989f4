import { describe, expect, it } from 'vitest';
import { WARM_ROUNDS, warmUp } from './warm-up';

describe('warmUp', () => {
  it('runs every round while no run has come', async () => {
    expect(await warmUp(() => false)).toBe(WARM_ROUNDS);
  });

  it('does nothing once a run has come, and stops after the round under way when one comes', async () => {
    expect(await warmUp(() => true)).toBe(0);
    let asked = 0;
    expect(await warmUp(() => ++asked > 2)).toBe(2);
  });
});
