import type { NetProblem } from '@/domain/net/address';
import type { MessageId, Translator } from '@/i18n';

/** A message id with its arguments; an argument may be another message, said first. */
export interface TesterDescriptor {
  id: MessageId;
  params?: Readonly<Record<string, string | number | Date | TesterDescriptor>>;
}

/**
 * What the tester's checks and its capture worker say, in no language yet: a message id with
 * its arguments, translated where it is shown; or the domain's own text, shown as it is. Why:
 * the checks run outside React (and in a worker), and a message shown in the form follows the
 * language chosen after it was made.
 */
export type TesterMessage = TesterDescriptor | string;

/**
 * A tester message in the current language, the messages inside it said first.
 *
 * @example say(t, { id: 'tester.check.protocolNumber' }) // 'Enter the IP protocol number, 0-255 (47 is GRE).'
 */
export function say(t: Translator['t'], message: TesterMessage): string {
  if (typeof message === 'string') return message;
  const params: Record<string, string | number | Date> = {};
  for (const [name, value] of Object.entries(message.params ?? {}))
    params[name] = typeof value === 'object' && !(value instanceof Date) ? say(t, value) : value;
  return t(message.id, params);
}

/**
 * A problem with an address (from `domain/net`) as a tester message: its words are the
 * domain's, `results.<id>`, and its arguments are text and numbers only.
 *
 * @example netMessage(describeIpProblem('10.1')!) // { id: 'results.net.v4.notFull', params: { full: '10.1.0.0', typed: '10.1' } }
 */
export function netMessage(problem: NetProblem): TesterDescriptor {
  return { id: `results.${problem.id}` as MessageId, params: problem.params as TesterDescriptor['params'] };
}

/**
 * A list of names joined the way the language joins them ("a, b and c", "a、b和c").
 *
 * @example listOf('en', ['web-1', 'web-2']) // 'web-1 and web-2'
 */
export function listOf(locale: string, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}
