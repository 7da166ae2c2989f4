/** The languages of the console (docs/architecture.md, "Languages"). */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name, written in that language (the switch's options). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', 'zh-CN': '简体中文' };

const STORAGE_KEY = 'tm-console.locale';

function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

/**
 * The language to start in: the one chosen last in the switch, else the browser's (any `zh*`
 * is Simplified Chinese), else English.
 *
 * @example detectLocale(null, 'zh-TW') // 'zh-CN'
 */
export function detectLocale(remembered: string | null, browserLanguage: string | undefined): Locale {
  if (isLocale(remembered)) return remembered;
  return browserLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The language the browser starts the console in (`detectLocale` on localStorage and navigator). */
export function initialLocale(): Locale {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(STORAGE_KEY);
  } catch {
    /* private mode: the browser's language decides */
  }
  return detectLocale(remembered, typeof navigator === 'undefined' ? undefined : navigator.language);
}

/** Remembers the language chosen in the switch for the next visit. */
export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}
