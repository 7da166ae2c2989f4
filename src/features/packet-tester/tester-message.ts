import type { MessageId, MessageParams, Translator } from '@/i18n';

/**
 * What the tester's checks and its capture worker say, in no language yet: a message id with
 * its arguments, translated where it is shown; or the domain's own text, shown as it is. Why:
 * the checks run outside React (and in a worker), and a message shown in the form follows the
 * language chosen after it was made.
 */
export type TesterMessage = { id: MessageId; params?: MessageParams } | string;

/**
 * A tester message in the current language.
 *
 * @example say(t, { id: 'tester.check.protocolNumber' }) // 'Enter the IP protocol number, 0-255 (47 is GRE).'
 */
export function say(t: Translator['t'], message: TesterMessage): string {
  return typeof message === 'string' ? message : t(message.id, message.params);
}

/**
 * A list of names joined the way the language joins them ("a, b and c", "a、b和c").
 *
 * @example listOf('en', ['web-1', 'web-2']) // 'web-1 and web-2'
 */
export function listOf(locale: string, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}
