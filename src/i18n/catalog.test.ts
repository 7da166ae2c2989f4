import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locale';
import { FEATURE_AREAS, MESSAGE_AREAS, type MessageArea } from './messages/areas';
import type { MessageId } from './messages/ids';
import { analysisMessages } from './messages/results/analysis-en';
import { modelMessages } from './messages/results/model-en';
import { ALL_MESSAGES, allMessagesOf, translatorFor } from './testing';

/**
 * The catalogs are complete and well-formed (docs/architecture.md, "Languages"): the same ids in
 * every language, every id used by the source, no empty message, every message formats, and
 * every page uses only the areas that load with it.
 */
const english = allMessagesOf('en') as Readonly<Record<MessageId, string>>;
const ids = Object.keys(english) as MessageId[];
const areaOf = new Map<string, MessageArea>(
  MESSAGE_AREAS.flatMap((area) => Object.keys(ALL_MESSAGES.en[area]).map((id) => [id, area] as const)),
);

const SRC = join(import.meta.dirname, '..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return relative(SRC, path) === 'i18n/messages' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
const read = (files: string[]) => files.map((file) => readFileSync(file, 'utf8')).join('\n');

/** The argument names of a message, with what each needs (a number for `number` and `plural`). */
function argumentsOf(elements: MessageFormatElement[], found = new Map<string, 'number' | 'text'>()) {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.select) found.set(e.value, found.get(e.value) ?? 'text');
    if (e.type === TYPE.number || e.type === TYPE.plural) found.set(e.value, 'number');
    if (e.type === TYPE.select) found.set(e.value, found.get(e.value) ?? 'text');
    if (e.type === TYPE.select || e.type === TYPE.plural)
      for (const option of Object.values(e.options)) argumentsOf(option.value, found);
    if (e.type === TYPE.tag) argumentsOf(e.children, found);
  }
  return found;
}

describe('message catalogs', () => {
  it.each(MESSAGE_AREAS)('%s: every language has exactly the English ids, none empty', (area) => {
    const expected = Object.keys(ALL_MESSAGES.en[area]).sort();
    for (const locale of LOCALES) {
      const catalog = ALL_MESSAGES[locale][area];
      expect([locale, Object.keys(catalog).sort()]).toEqual([locale, expected]);
      expect(Object.entries(catalog).filter(([, message]) => message.trim() === '')).toEqual([]);
    }
  });

  it('an id lives in one area, and outside core it starts with its area', () => {
    const counted = MESSAGE_AREAS.reduce((sum, area) => sum + Object.keys(ALL_MESSAGES.en[area]).length, 0);
    expect(counted).toBe(ids.length);
    const misplaced = ids.filter((id) => areaOf.get(id) !== 'core' && !id.startsWith(`${areaOf.get(id)}.`));
    expect(misplaced).toEqual([]);
  });

  it("the results area's two files share no id (one would silently hide the other)", () => {
    const model = new Set(Object.keys(modelMessages));
    expect(Object.keys(analysisMessages).filter((id) => model.has(id))).toEqual([]);
  });

  it('every id is used in the source (literally, or through a `prefix.${key}` template)', () => {
    const code = read(sources(SRC));
    const prefixes = [...code.matchAll(/`([a-zA-Z]+\.(?:[a-zA-Z]+\.)*)\$\{/g)].map((m) => m[1] ?? '');
    const unused = ids.filter(
      (id) => !code.includes(`'${id}'`) && !prefixes.some((prefix) => id.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  it.each(Object.entries(FEATURE_AREAS))(
    'the %s pages use only core, results and their own area (%s): the areas that load with them',
    (feature, own) => {
      const code = read(sources(join(SRC, 'features', feature)));
      const used = [...code.matchAll(/'([a-z][\w-]*\.[\w.-]+)'/g)].map((m) => m[1] ?? '');
      const foreign = used.filter((id) => {
        const area = areaOf.get(id);
        return area !== undefined && area !== 'core' && area !== 'results' && area !== own;
      });
      expect(foreign).toEqual([]);
    },
  );

  it('the router loads each page with its feature area', () => {
    const router = readFileSync(join(SRC, 'app/router.tsx'), 'utf8');
    const pages = [...router.matchAll(/lazyPage\(\s*'(\w+)',\s*\(\) => import\('@\/features\/([\w-]+)\//g)];
    expect(pages.length).toBeGreaterThan(5);
    for (const [, area, feature] of pages)
      expect([feature, area]).toEqual([feature, FEATURE_AREAS[feature as keyof typeof FEATURE_AREAS]]);
  });

  it.each(LOCALES)('%s: every message is valid ICU with the same arguments as English', (locale) => {
    const translator = translatorFor(locale);
    const catalog = allMessagesOf(locale) as Readonly<Record<MessageId, string>>;
    for (const id of ids) {
      const expected = argumentsOf(parse(english[id]));
      const actual = argumentsOf(parse(catalog[id]));
      expect([id, [...actual.keys()].sort()]).toEqual([id, [...expected.keys()].sort()]);
      const params = Object.fromEntries(
        [...expected].map(([name, kind]) => [name, kind === 'number' ? 1234 : 'sample']),
      );
      expect(translator.t(id, params)).not.toMatch(/[{}]/);
    }
  });

  it('formats numbers in the language: grouping in English and Chinese', () => {
    expect(translatorFor('en').t('overview.toElb', { count: 1200 })).toBe('1,200 to load balancers');
    expect(translatorFor('zh-CN').t('overview.warningsTitle', { count: 20000 })).toBe('警告（20,000）');
  });
});
