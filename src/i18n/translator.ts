import { IntlMessageFormat } from 'intl-messageformat';
import type { Catalog, MessageId } from './messages/en';
import type { Locale } from './locale';

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
 * A translator for a language and its catalog: every message goes through the ICU formatter,
 * parsed once and kept; numbers and dates go through `Intl` in the same language.
 *
 * @example createTranslator('en', en).t('overview.toElb', { count: 1200 }) // '1,200 to load balancers'
 */
export function createTranslator(locale: Locale, catalog: Catalog): Translator {
  const formats = new Map<MessageId, IntlMessageFormat>();
  const format = (id: MessageId) => {
    let found = formats.get(id);
    if (!found) {
      found = new IntlMessageFormat(catalog[id], locale);
      formats.set(id, found);
    }
    return found;
  };
  return {
    locale,
    t: (id, params) => String(format(id).format(params)),
    formatNumber: (value, options) => new Intl.NumberFormat(locale, options).format(value),
    formatDate: (value, options) => new Intl.DateTimeFormat(locale, options).format(value),
  };
}
