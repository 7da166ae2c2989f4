import { describe, expect, it } from 'vitest';
import { DIRECTIONS, directionLabel, directionWord } from './direction-words';

describe('direction words', () => {
  it.each([
    ['ingress', 'inbound', 'Inbound'],
    ['egress', 'outbound', 'Outbound'],
  ] as const)('%s is %s in a sentence and %s on a label', (direction, word, label) => {
    expect(directionWord(direction)).toBe(word);
    expect(directionLabel(direction)).toBe(label);
  });

  it('lists inbound first', () => {
    expect(DIRECTIONS.map(directionWord)).toEqual(['inbound', 'outbound']);
  });
});
