import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from './locale';
import type { MessageId, Messages } from './messages/ids';

/** Values for a message's ICU arguments (`{count, number}`, `{name}`, plural and select keys). */
export type MessageParams = Readonly<Record<string, string | number | Date>>;

/** Formats messages, numbers and dates in one language. */
export interface Translator {
  locale: Locale;
  /** The message `id` with its arguments filled in. */
  t: (id: MessageId, params?: MessageParams) => string;
  /** A number the way the language writes it (grouping, decimals). */
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** A date and time the way the language writes it. */
  formatDate: (value: Date | number, options?: Intl.DateTimeFormatOptions) => string;
}

/**
 * A message that is not loaded is a defect (a page showing an area it did not load): tests and
 * the dev server fail loudly; a production page shows the id rather than nothing.
 */
function missing(id: MessageId, locale: Locale): string {
  const problem = `Message "${id}" is not loaded in ${locale}: load its area with the page (docs/architecture.md, "Languages").`;
  if (import.meta.env.DEV) throw new Error(problem);
  console.error(problem);
  return id;
}

/**
 * A translator for a language and its messages: every message goes through the ICU formatter,
 * parsed once and kept; numbers and dates go through `Intl` in the same language. `messages`
 * is read at call time, so areas loaded later are found.
 *
 * @example createTranslator('en', english).t('overview.toElb', { count: 1200 }) // '1,200 to load balancers'
 */
export function createTranslator(locale: Locale, messages: Messages): Translator {
  const formats = new Map<MessageId, IntlMessageFormat>();
  const format = (id: MessageId) => {
    let found = formats.get(id);
    if (!found) {
      const message = messages[id];
      if (message === undefined) return undefined;
      found = new IntlMessageFormat(message, locale);
      formats.set(id, found);
    }
    return found;
  };
  return {
    locale,
    t: (id, params) => {
      const found = format(id);
      return found ? String(found.format(params)) : missing(id, locale);
    },
    formatNumber: (value, options) => new Intl.NumberFormat(locale, options).format(value),
    formatDate: (value, options) => new Intl.DateTimeFormat(locale, options).format(value),
  };
}
