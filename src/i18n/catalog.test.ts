import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { en, type Catalog, type MessageId } from './messages/en';
import { zhCN } from './messages/zh-cn';
import { createTranslator } from './translator';
import type { Locale } from './locale';

/**
 * The catalogs are complete and well-formed (docs/architecture.md, "Languages"): the same ids in
 * every language, every id used by the source, no empty message, and every message formats.
 */
const catalogs: [Locale, Catalog][] = [
  ['en', en],
  ['zh-CN', zhCN],
];
const ids = Object.keys(en) as MessageId[];

const SRC = join(import.meta.dirname, '..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return relative(SRC, path) === 'i18n/messages' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The argument names of a message, with what each needs (a number for `number` and `plural`). */
function argumentsOf(elements: MessageFormatElement[], found = new Map<string, 'number' | 'text'>()) {
  for (const e of elements) {
    if (e.type === TYPE.argument) found.set(e.value, found.get(e.value) ?? 'text');
    if (e.type === TYPE.number || e.type === TYPE.plural) found.set(e.value, 'number');
    if (e.type === TYPE.select || e.type === TYPE.plural)
      for (const option of Object.values(e.options)) argumentsOf(option.value, found);
    if (e.type === TYPE.tag) argumentsOf(e.children, found);
  }
  return found;
}

describe('message catalogs', () => {
  it.each(catalogs)('%s has exactly the English ids, none empty', (_, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual([...ids].sort());
    expect(Object.entries(catalog).filter(([, message]) => message.trim() === '')).toEqual([]);
  });

  it('every id is used in the source (literally, or through a `prefix.${key}` template)', () => {
    const code = sources(SRC)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const prefixes = [...code.matchAll(/`([a-zA-Z]+\.)\$\{/g)].map((m) => m[1] ?? '');
    const unused = ids.filter(
      (id) => !code.includes(`'${id}'`) && !prefixes.some((prefix) => id.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  it.each(catalogs)(
    '%s: every message is valid ICU with the same arguments as English',
    (locale, catalog) => {
      const translator = createTranslator(locale, catalog);
      for (const id of ids) {
        const expected = argumentsOf(parse(en[id]));
        const actual = argumentsOf(parse(catalog[id]));
        expect([id, [...actual.keys()].sort()]).toEqual([id, [...expected.keys()].sort()]);
        const params = Object.fromEntries(
          [...expected].map(([name, kind]) => [name, kind === 'number' ? 1234 : 'sample']),
        );
        expect(translator.t(id, params)).not.toMatch(/[{}]/);
      }
    },
  );

  it('formats numbers in the language: grouping in English and Chinese', () => {
    expect(createTranslator('en', en).t('overview.toElb', { count: 1200 })).toBe('1,200 to load balancers');
    expect(createTranslator('zh-CN', zhCN).t('overview.warningsTitle', { count: 20000 })).toBe(
      '警告（20,000）',
    );
  });
});
