import { LOCALES, LOCALE_NAMES, useT, type Locale } from '@/i18n';

/**
 * The header's language switch. Its accessible name is in both languages, so it can be found
 * whatever language the page is in; each option is named in its own language.
 */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useT();
  return (
    <select
      aria-label={t('language.switch')}
      className="h-8 rounded border border-slate-600 bg-slate-800 px-2 text-white"
      value={locale}
      onChange={(event) => setLocale(event.target.value as Locale)}
    >
      {LOCALES.map((option) => (
        <option key={option} value={option} lang={option}>
          {LOCALE_NAMES[option]}
        </option>
      ))}
    </select>
  );
}
