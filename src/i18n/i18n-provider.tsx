import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nContext, type I18nValue } from './i18n-context';
import { rememberLocale, type Locale } from './locale';
import { activateLocale, loadedMessages } from './message-store';
import { createTranslator } from './translator';

/**
 * Gives the console its language. Starts in `initial`, whose messages `startLocale` loaded before
 * the first render (so the page never flashes in another language); a switch loads the new
 * language's messages for every area in use, then re-renders in it. `<html lang>` follows.
 */
export function I18nProvider({ initial, children }: { initial: Locale; children: ReactNode }) {
  const [locale, setCurrent] = useState(initial);
  const setLocale = useCallback((next: Locale) => {
    rememberLocale(next);
    void activateLocale(next).then(() => setCurrent(next));
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18nValue>(
    () => ({ ...createTranslator(locale, loadedMessages(locale)), setLocale }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
