/** The least height of a bar that counts anything, as a share of the full height. */
const LEAST = 0.03;

/**
 * Height of a bar for `value` out of `top` in a picture `full` high: proportional, but never so
 * low that a count of a few next to millions disappears (a few cut copies must stay visible).
 *
 * @example barHeight(1, 1_000_000, 100) // 3
 */
export function barHeight(value: number, top: number, full: number): number {
  if (value <= 0 || top <= 0) return 0;
  return Math.max(LEAST * full, (value / top) * full);
}
