/**
 * Renders the analysis' message descriptors (findings, verdict steps, example packets, capture
 * problems) in the chosen language (docs/architecture.md, "Languages"). A descriptor is an id of
 * the `results` area without its prefix and the values of its arguments; a value may itself be a
 * descriptor, or a list joined as the language joins lists ("a, b and c", "a、b和c").
 */
import { useCallback } from 'react';
import { useT, type MessageId, type Translator } from '@/i18n';

/** A value inside a result message: plain, another message, or a list of them. */
export type ResultParam = string | number | ResultMessage | readonly (string | number | ResultMessage)[];

/** A result message as the domain returns it: an id of the `results` area without its prefix. */
export interface ResultMessage {
  id: string;
  params?: Readonly<Record<string, ResultParam>>;
}

type Item = string | number | ResultMessage;

function itemText(translator: Translator, item: Item): string {
  return typeof item === 'object' ? analysisText(translator, item) : String(item);
}

/** English lists without the serial comma, as the console's English has always written them. */
function listFormat(locale: string): Intl.ListFormat {
  return new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { style: 'long', type: 'conjunction' });
}

/**
 * A result message in the translator's language: nested messages rendered first, lists joined
 * as the language joins them, numbers left as numbers for plurals.
 *
 * @example analysisText(translatorFor('en'), { id: 'rule.name', params: { priority: 3, summary } })
 * // 'rule 3 (accept TCP from 10.0.0.0/24)'
 */
export function analysisText(translator: Translator, d: ResultMessage): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(d.params ?? {})) {
    if (Array.isArray(value)) {
      values[name] = listFormat(translator.locale).format(
        (value as readonly Item[]).map((item) => itemText(translator, item)),
      );
    } else values[name] = typeof value === 'number' ? value : itemText(translator, value as Item);
  }
  return translator.t(`results.${d.id}` as MessageId, values);
}

/** {@link analysisText} in the language of the page: `(d) => string`. */
export function useAnalysisText(): (d: ResultMessage) => string {
  const translator = useT();
  return useCallback((d: ResultMessage) => analysisText(translator, d), [translator]);
}
