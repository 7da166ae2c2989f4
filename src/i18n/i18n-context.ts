import { createContext, useContext } from 'react';
import { en } from './messages/en';
import type { Locale } from './locale';
import { createTranslator, type Translator } from './translator';

/** The language in use, its translator, and how to switch. */
export interface I18nValue extends Translator {
  /** Switches language: loads its catalog if needed, remembers the choice. */
  setLocale: (locale: Locale) => void;
}

const english = createTranslator('en', en);

/** English without a provider, so a component renders in a test on its own. */
export const I18nContext = createContext<I18nValue>({ ...english, setLocale: () => undefined });

/**
 * The current language's `t` (ICU messages by typed id), `formatNumber`, `formatDate`, `locale`
 * and `setLocale`.
 */
export function useT(): I18nValue {
  return useContext(I18nContext);
}
