/**
 * What each warning code means, in a few words: W1-W4 are never shown as bare codes. Every
 * screen that lists warnings (overview, session page, wizard) takes its titles from here.
 */
import { message, type ResultMessage } from './message';
import type { MirrorWarning } from './warnings';

/** The warning codes in the order screens list them. */
export const WARNING_CODES: readonly MirrorWarning['code'][] = ['W1', 'W2', 'W3', 'W4'];

/**
 * Each warning code's meaning, as a short title (docs/behaviour.md, "Warnings the console explains").
 *
 * @example warningTitle('W4') // { id: 'warningTitle.W4' } ('Nothing is copied')
 */
export function warningTitle(code: MirrorWarning['code']): ResultMessage {
  return message(`warningTitle.${code}`);
}

/**
 * A warning code with its meaning, as lists and badges show it.
 *
 * @example warningLabel('W1') // renders 'W1 Target security group blocks copies'
 */
export function warningLabel(code: MirrorWarning['code']): ResultMessage {
  return message('warningLabel', { code, title: warningTitle(code) });
}
