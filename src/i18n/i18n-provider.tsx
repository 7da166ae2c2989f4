import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Catalog } from './messages/en';
import { I18nContext, type I18nValue } from './i18n-context';
import { loadCatalog, rememberLocale, type Locale } from './locale';
import { createTranslator } from './translator';

/** A language with its catalog loaded. */
export interface LoadedLocale {
  locale: Locale;
  catalog: Catalog;
}

/**
 * Gives the console its language. Starts in `initial` (loaded before the first render, so the
 * page never flashes in another language); a switch loads the new catalog, then re-renders in
 * it. `<html lang>` follows.
 */
export function I18nProvider({ initial, children }: { initial: LoadedLocale; children: ReactNode }) {
  const [current, setCurrent] = useState(initial);
  const setLocale = useCallback((locale: Locale) => {
    rememberLocale(locale);
    void loadCatalog(locale).then((catalog) => setCurrent({ locale, catalog }));
  }, []);
  useEffect(() => {
    document.documentElement.lang = current.locale;
  }, [current.locale]);
  const value = useMemo<I18nValue>(
    () => ({ ...createTranslator(current.locale, current.catalog), setLocale }),
    [current, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
