import type { Locale } from './locale';
import { AREA_LOADERS, type MessageArea } from './messages/areas';
import { messages as coreEnglish } from './messages/core/en';
import type { Messages } from './messages/ids';

/**
 * The messages loaded so far, per language and area (docs/architecture.md, "Languages").
 * Areas load once per language and are never dropped; a translator reads its language's
 * messages at call time, so an area loaded after it was made is seen at once.
 */
const loaded: Record<Locale, { areas: Set<MessageArea>; messages: Record<string, string> }> = {
  en: { areas: new Set(['core']), messages: { ...coreEnglish } },
  'zh-CN': { areas: new Set(), messages: {} },
};
let active: Locale = 'en';

/** The messages of `locale` loaded so far (every area, merged; read at call time). */
export function loadedMessages(locale: Locale): Messages {
  return loaded[locale].messages;
}

/** Loads the given areas of a language (those not loaded yet, in parallel). */
export async function loadMessages(locale: Locale, areas: readonly MessageArea[]): Promise<void> {
  const target = loaded[locale];
  const missing = areas.filter((area) => !target.areas.has(area));
  const modules = await Promise.all(missing.map((area) => AREA_LOADERS[area][locale]()));
  missing.forEach((area, i) => {
    Object.assign(target.messages, modules[i]?.messages);
    target.areas.add(area);
  });
}

/** Adds an area's messages already at hand (tests render every area without loading). */
export function addMessages(locale: Locale, area: MessageArea, messages: Readonly<Record<string, string>>) {
  Object.assign(loaded[locale].messages, messages);
  loaded[locale].areas.add(area);
}

/** Switches the language pages load their messages in: loads every area the old one had first. */
export async function activateLocale(locale: Locale): Promise<void> {
  await loadMessages(locale, ['core', 'results', ...loaded[active].areas]);
  active = locale;
}

/**
 * Loads a page's area in the language in use; the router waits for it with the page's code,
 * so a page never renders before its words.
 */
export function loadPageMessages(area: MessageArea): Promise<void> {
  return loadMessages(active, [area]);
}
