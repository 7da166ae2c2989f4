import { describe, expect, it } from 'vitest';
import { columnWidths, COMPACT_LAYOUT, sessionTableLayout, WIDE_LAYOUT } from './session-column-layout';

describe('sessionTableLayout', () => {
  it.each([
    ['1024 px screen', 792, COMPACT_LAYOUT],
    ['1280 px screen', 1048, COMPACT_LAYOUT],
    ['1440 px screen', 1208, WIDE_LAYOUT],
    ['not measured yet', 0, COMPACT_LAYOUT],
  ])('a table on a %s (%i px) is laid out %#', (_, available, expected) => {
    expect(sessionTableLayout(available)).toBe(expected);
  });
});

describe('columnWidths', () => {
  it.each([792, 1048, 1208, 1600])('fills a %i px table without going over', (available) => {
    const widths = columnWidths(sessionTableLayout(available), available);
    const total = Object.values(widths).reduce((sum, w) => sum + w, 0);
    expect(total).toBeLessThanOrEqual(available);
    expect(total).toBeGreaterThan(available - 4);
  });

  it('gives the growing columns what the fixed ones leave, by their share', () => {
    const widths = columnWidths(COMPACT_LAYOUT, 792);
    expect(widths.actions).toBe(72);
    expect(widths.name).toBeGreaterThan(widths.filter ?? 0);
    expect(widths.target).toBeGreaterThan(widths.filter ?? 0);
  });
});
