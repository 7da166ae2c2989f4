import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SRC, sourceFiles } from './import-graph';

/**
 * TanStack Query keys (docs/architecture.md, "How a request flows"): every key comes from a key
 * factory of src/api (`sessionKeys.list(projectId)`), and each key has one fetch function, so
 * that what is cached under a key never depends on which page loaded it first.
 */
const code = sourceFiles(SRC).map((file) => ({
  file: relative(SRC, file),
  text: readFileSync(file, 'utf8'),
}));

/** The expression that starts at `at`: up to a comma or closing brace outside brackets. */
function expressionAt(text: string, at: number): string {
  let depth = 0;
  let end = at;
  for (; end < text.length; end++) {
    const c = text[end]!;
    if ('([{'.includes(c)) depth++;
    else if (depth > 0 && ')]}'.includes(c)) depth--;
    else if (depth === 0 && (c === ',' || c === '}' || c === ')')) break;
  }
  return text.slice(at, end).trim();
}

/** Every `queryKey:` of the code: where, whether it defines a query or invalidates, and its value. */
const keys = code.flatMap(({ file, text }) =>
  [...text.matchAll(/(invalidateQueries\(\{\s*)?queryKey:\s*/g)].map((m) => ({
    file,
    invalidates: m[1] !== undefined,
    value: expressionAt(text, m.index + m[0].length),
  })),
);

const FROM_FACTORY = /^\w+Keys\.\w+(\(.*\))?$/;

describe('query keys', () => {
  it('reads the keys of src/api', () => {
    expect(keys.filter((k) => !k.invalidates).length).toBeGreaterThan(10);
    expect(keys.filter((k) => k.invalidates).length).toBeGreaterThan(5);
  });

  it('the key factories are in src/api', () => {
    const factories = code.filter((f) => /export const \w+Keys = \{/.test(f.text)).map((f) => f.file);
    expect(factories.length).toBeGreaterThan(4);
    expect(factories.filter((f) => !f.startsWith('api/'))).toEqual([]);
  });

  it('every key, queried or invalidated, comes from a key factory', () => {
    const strays = keys.filter((k) => !FROM_FACTORY.test(k.value)).map((k) => `${k.file}: ${k.value}`);
    expect(strays).toEqual([]);
  });

  it('each key has one fetch function', () => {
    const defined = keys.filter((k) => !k.invalidates).map((k) => k.value);
    expect(defined.filter((k, i) => defined.indexOf(k) !== i)).toEqual([]);
    const overridden = code.filter((f) => /\.\.\.\w+QueryOptions\([^)]*\),\s*queryFn\s*:/.test(f.text));
    expect(overridden.map((f) => f.file)).toEqual([]);
  });
});
