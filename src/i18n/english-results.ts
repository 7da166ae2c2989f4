/**
 * The domain's results in English, without React: the mock API's `error_msg` and field details
 * come from here, so the API and the console's English say the same thing from one catalog
 * (docs/architecture.md, "Languages"). The only part of the language layer the mock may use.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageId } from './messages/ids';
import { messages } from './messages/results/en';
import { resultText, type ResultDescriptor } from './result-text';

const english: Readonly<Record<string, string>> = messages;
const formats = new Map<string, IntlMessageFormat>();

function t(id: MessageId, params?: Readonly<Record<string, string | number | Date>>): string {
  const text = english[id];
  if (text === undefined) return id;
  let format = formats.get(id);
  if (!format) {
    format = new IntlMessageFormat(text, 'en');
    formats.set(id, format);
  }
  return String(format.format(params));
}

/**
 * A domain descriptor (or a string carrying one) in English.
 *
 * @example englishResultText({ id: 'w4.disabled' }) // 'This session is disabled and copies nothing. Enable it to start mirroring.'
 */
export function englishResultText(descriptor: ResultDescriptor | string): string {
  return resultText({ t, locale: 'en' }, descriptor);
}
