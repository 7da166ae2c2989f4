export { I18nProvider, type LoadedLocale } from './i18n-provider';
export { useT, type I18nValue } from './i18n-context';
export { LOCALES, LOCALE_NAMES, initialLocale, loadCatalog, type Locale } from './locale';
export type { MessageId } from './messages/en';
export { connectionWords, type ConnectionKind } from './connection-words';
