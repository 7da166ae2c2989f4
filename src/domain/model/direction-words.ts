/**
 * The console's words for the two directions of a rule or a packet: the API says ingress and
 * egress, operators say inbound and outbound (docs/behaviour.md). Every screen and message takes
 * its word from here.
 */
import type { Direction } from './types';

/** Both directions, inbound first, as the console lists them. */
export const DIRECTIONS: readonly Direction[] = ['ingress', 'egress'];

const WORDS = { ingress: 'inbound', egress: 'outbound' } as const satisfies Record<Direction, string>;
const LABELS = { ingress: 'Inbound', egress: 'Outbound' } as const satisfies Record<Direction, string>;

/**
 * The word for a direction inside a sentence.
 *
 * @example directionWord('ingress') // 'inbound'
 */
export function directionWord<D extends Direction>(direction: D): (typeof WORDS)[D] {
  return WORDS[direction];
}

/**
 * The word for a direction that starts a label or heading.
 *
 * @example directionLabel('egress') // 'Outbound'
 */
export function directionLabel<D extends Direction>(direction: D): (typeof LABELS)[D] {
  return LABELS[direction];
}

/** Every word an operator may write for a direction, in lower case. */
const READ: Record<string, Direction> = {
  ingress: 'ingress',
  inbound: 'ingress',
  in: 'ingress',
  egress: 'egress',
  outbound: 'egress',
  out: 'egress',
};

/**
 * The direction an operator's word names (`in`, `inbound`, `ingress`, in any case), or
 * undefined for another word.
 *
 * @example directionOfWord('Outbound') // 'egress'
 */
export function directionOfWord(word: string): Direction | undefined {
  const key = word.trim().toLowerCase();
  return Object.hasOwn(READ, key) ? READ[key] : undefined;
}
