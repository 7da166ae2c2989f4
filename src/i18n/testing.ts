import type { Locale } from './locale';
import type { Messages } from './messages/ids';
import { createTranslator, type Translator } from './translator';
import { addMessages } from './message-store';
import type { MessageArea } from './messages/areas';
import { messages as coreEn } from './messages/core/en';
import { messages as coreZh } from './messages/core/zh-cn';
import { messages as resultsEn } from './messages/results/en';
import { messages as resultsZh } from './messages/results/zh-cn';
import { messages as sessionsEn } from './messages/sessions/en';
import { messages as sessionsZh } from './messages/sessions/zh-cn';
import { messages as wizardEn } from './messages/wizard/en';
import { messages as wizardZh } from './messages/wizard/zh-cn';
import { messages as filtersEn } from './messages/filters/en';
import { messages as filtersZh } from './messages/filters/zh-cn';
import { messages as testerEn } from './messages/tester/en';
import { messages as testerZh } from './messages/tester/zh-cn';
import { messages as inventoryEn } from './messages/inventory/en';
import { messages as inventoryZh } from './messages/inventory/zh-cn';
import { messages as settingsEn } from './messages/settings/en';
import { messages as settingsZh } from './messages/settings/zh-cn';

/**
 * Every area's messages in every language, imported at once: for tests and checks only (the
 * console loads areas with their pages). Tests render any component in either language
 * without loading: `src/i18n/test-setup.ts` adds them all.
 */
export const ALL_MESSAGES: Readonly<
  Record<Locale, Readonly<Record<MessageArea, Readonly<Record<string, string>>>>>
> = {
  en: {
    core: coreEn,
    results: resultsEn,
    sessions: sessionsEn,
    wizard: wizardEn,
    filters: filtersEn,
    tester: testerEn,
    inventory: inventoryEn,
    settings: settingsEn,
  },
  'zh-CN': {
    core: coreZh,
    results: resultsZh,
    sessions: sessionsZh,
    wizard: wizardZh,
    filters: filtersZh,
    tester: testerZh,
    inventory: inventoryZh,
    settings: settingsZh,
  },
};

/** Adds every area in every language to the loaded messages. */
export function addAllMessages(): void {
  for (const [locale, areas] of Object.entries(ALL_MESSAGES) as [
    Locale,
    Record<MessageArea, Record<string, string>>,
  ][])
    for (const [area, messages] of Object.entries(areas) as [MessageArea, Record<string, string>][])
      addMessages(locale, area, messages);
}

/** Every area of a language merged: what a translator sees once every page has loaded. */
export function allMessagesOf(locale: Locale): Messages {
  return Object.assign({}, ...Object.values(ALL_MESSAGES[locale])) as Messages;
}

/** A translator with every area of a language, for tests of text. */
export function translatorFor(locale: Locale): Translator {
  return createTranslator(locale, allMessagesOf(locale));
}
