/**
 * What each warning code means, in a few words: W1-W4 are never shown as bare codes. Every
 * screen that lists warnings (overview, session page, wizard) takes its titles from here.
 */
import type { MirrorWarning } from './warnings';

/** The warning codes in the order screens list them. */
export const WARNING_CODES: readonly MirrorWarning['code'][] = ['W1', 'W2', 'W3', 'W4'];

/** Each warning code's meaning, as a short title (docs/behaviour.md, "Warnings the console explains"). */
export const WARNING_TITLES: Record<MirrorWarning['code'], string> = {
  W1: 'Target security group blocks copies',
  W2: 'Target network ACL blocks copies',
  W3: 'Copies are cut to fit the MTU',
  W4: 'Nothing is copied',
};

/**
 * A warning code with its meaning, as lists and badges show it.
 *
 * @example warningLabel('W1') // 'W1 Target security group blocks copies'
 */
export function warningLabel(code: MirrorWarning['code']): string {
  return `${code} ${WARNING_TITLES[code]}`;
}
