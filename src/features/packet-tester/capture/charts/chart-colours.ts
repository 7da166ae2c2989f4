/**
 * Colours of the capture's charts: each at least 4.5:1 against white (the parts of a picture are
 * told apart by a legend, and neighbours by a white gap, so none relies on its neighbour).
 */
export const PART_COLOURS = [
  '#1d4ed8',
  '#b45309',
  '#0f766e',
  '#be123c',
  '#6d28d9',
  '#15803d',
  '#c2410c',
] as const;

/** The "other" part, and the copies' size classes: whole, cut to the packet length, cut by the MTU. */
export const OTHER_COLOUR = '#475569';
export const SIZE_COLOURS = { whole: '#1d4ed8', cutByLength: '#b45309', cutByMtu: '#be123c' } as const;
export const BYTES_COLOUR = '#0f766e';

/** The colour of part `i` of a picture. */
export function partColour(i: number): string {
  return PART_COLOURS[i % PART_COLOURS.length]!;
}
