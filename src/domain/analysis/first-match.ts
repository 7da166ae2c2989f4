/**
 * First-match semantics over box sets (docs/behaviour.md, "Which packets are copied" steps 3-5): in a list of deciders,
 * each decides the packets it matches that no earlier one matched. Sessions sharing a source
 * chain the same way, because a packet that no rule of a session matches falls through.
 */
import { compact, subtract, type BoxSet } from './box-set';

/** Something that decides the packets it matches when nothing before it did: a rule, a session. */
export interface Decider<T> {
  item: T;
  /** The packets it matches. */
  space: BoxSet;
}

/** A decider with the packets it ends up deciding. */
export interface Decision<T> extends Decider<T> {
  /** The packets it decides: its space without every earlier space. */
  decided: BoxSet;
}

/**
 * What each decider decides, and the packets some decider decides.
 *
 * @example firstMatch([{ item: r1, space: s1 }, { item: r2, space: s1 }]).decisions[1]?.decided // []
 */
export function firstMatch<T>(deciders: readonly Decider<T>[]): {
  decisions: Decision<T>[];
  covered: BoxSet;
} {
  let covered: BoxSet = [];
  const decisions = deciders.map((decider) => {
    const decided = subtract(decider.space, covered);
    covered = compact([...covered, ...decided]);
    return { ...decider, decided };
  });
  return { decisions, covered };
}
