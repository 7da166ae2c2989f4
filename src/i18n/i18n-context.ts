import { createContext, useContext } from 'react';
import type { Locale } from './locale';
import { loadedMessages } from './message-store';
import { createTranslator, type Translator } from './translator';

/** The language in use, its translator, and how to switch. */
export interface I18nValue extends Translator {
  /** Switches language: loads its messages for the areas in use, remembers the choice. */
  setLocale: (locale: Locale) => void;
}

const english = createTranslator('en', loadedMessages('en'));

/** English without a provider, so a component renders in a test on its own. */
export const I18nContext = createContext<I18nValue>({ ...english, setLocale: () => undefined });

/**
 * The current language's `t` (ICU messages by typed id), `formatNumber`, `formatDate`, `locale`
 * and `setLocale`.
 */
export function useT(): I18nValue {
  return useContext(I18nContext);
}
