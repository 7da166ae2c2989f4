import { describe, expect, it } from 'vitest';
import { DIRECTIONS, directionLabel, directionOfWord, directionWord } from './direction-words';

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

describe('directionOfWord', () => {
  it.each([
    ['in', 'ingress'],
    ['Inbound', 'ingress'],
    [' ingress ', 'ingress'],
    ['OUT', 'egress'],
    ['outbound', 'egress'],
    ['egress', 'egress'],
    ['sideways', undefined],
    ['', undefined],
  ])('%j names %s', (word, direction) => {
    expect(directionOfWord(word)).toBe(direction);
  });
});
