export { I18nProvider } from './i18n-provider';
export { useT, type I18nValue } from './i18n-context';
export { LOCALES, LOCALE_NAMES, initialLocale, type Locale } from './locale';
export { activateLocale, loadPageMessages } from './message-store';
export type { MessageArea } from './messages/areas';
export type { MessageId } from './messages/ids';
export type { MessageParams, Translator } from './translator';
export { connectionWords, type ConnectionKind } from './connection-words';
export { utcTime } from './utc-time';
