import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, SRC, sourceFiles, targetOf } from './import-graph';

/**
 * The layer rules of docs/architecture.md, checked on the real import graph: every import of every
 * source file is resolved to a folder of src/ and compared with what that layer may use.
 * Tests and their support files (`test-*.ts`) may use test libraries and the mock; they never ship.
 */

/** `features/sessions`, `domain`, `api`... for a path inside src, or the package name. */
function areaOf(specifier: string, from: string): string {
  const target = targetOf(specifier, from);
  if (target === null)
    return `package:${specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]}`;
  const parts = relative(SRC, target).split('/');
  // Outside src/ (the build's policy in scripts/vite): the file itself, from the project root.
  if (parts[0] === '..') return relative(resolve(SRC, '..'), target);
  return parts[0] === 'features' ? `features/${parts[1]}` : (parts[0] ?? '');
}

const files = sourceFiles(SRC).map((file) => {
  const parts = relative(SRC, file).split('/');
  const area =
    parts[0] === 'features' ? `features/${parts[1]}` : parts.length === 1 ? 'main' : (parts[0] as string);
  return { file: relative(SRC, file), area, imports: importsOf(file).map((s) => areaOf(s, file)) };
});

function violations(
  area: (a: string) => boolean,
  allowed: (target: string, from: string) => boolean,
): string[] {
  return files
    .filter((f) => area(f.area))
    .flatMap((f) => f.imports.filter((t) => !allowed(t, f.area)).map((t) => `${f.file} imports ${t}`));
}

describe('layer boundaries (docs/architecture.md)', () => {
  it('reads the real import graph', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.find((f) => f.file === 'main.tsx')?.imports).toContain('app');
    expect(files.some((f) => f.area.startsWith('features/') && f.imports.includes('api'))).toBe(true);
  });

  it('the domain is pure: only itself and zod', () => {
    expect(
      violations(
        (a) => a === 'domain',
        (t) => t === 'domain' || t === 'package:zod',
      ),
    ).toEqual([]);
  });

  it('the domain decides what is wrong, never how HTTP answers it: no status, no error code', () => {
    const answers = files
      .filter((f) => f.area === 'domain')
      .filter((f) => {
        const code = readFileSync(join(SRC, f.file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        return /['"`]TM\.\d{4}|\bstatus\s*:\s*[1-5]\d\d\b/.test(code);
      });
    expect(answers.map((f) => f.file)).toEqual([]);
  });

  it("the mock API uses only the domain, its own libraries and the language layer's English entry", () => {
    const ok = new Set(['mock-api', 'domain', 'package:dexie', 'package:msw', 'package:zod']);
    expect(
      violations(
        (a) => a === 'mock-api',
        (t) => ok.has(t),
      ).filter((v) => !/ imports i18n$/.test(v)),
    ).toEqual([]);
    const i18nImports = files
      .filter((f) => f.area === 'mock-api')
      .flatMap((f) => importsOf(join(SRC, f.file)).filter((s) => areaOf(s, join(SRC, f.file)) === 'i18n'));
    expect(new Set(i18nImports)).toEqual(new Set(['@/i18n/english-results']));
  });

  it('the API layer uses only the domain (never the mock)', () => {
    const ok = new Set(['api', 'domain', 'package:@tanstack/react-query', 'package:react']);
    expect(
      violations(
        (a) => a === 'api',
        (t) => ok.has(t),
      ),
    ).toEqual([]);
  });

  it('the language layer uses only itself, React and the ICU formatter', () => {
    const ok = new Set(['i18n', 'package:react', 'package:intl-messageformat']);
    expect(files.some((f) => f.area === 'i18n')).toBe(true);
    expect(
      violations(
        (a) => a === 'i18n',
        (t) => ok.has(t),
      ),
    ).toEqual([]);
  });

  it('components know nothing of the domain, the API or features (they may speak the language)', () => {
    expect(
      violations(
        (a) => a === 'components',
        (t) => t === 'components' || t === 'i18n' || t.startsWith('package:'),
      ),
    ).toEqual([]);
  });

  it('shared UI is domain-aware but reaches neither the API, features, the app nor the mock', () => {
    const ok = (t: string) =>
      ['shared-ui', 'domain', 'components', 'i18n'].includes(t) || t.startsWith('package:');
    expect(violations((a) => a === 'shared-ui', ok)).toEqual([]);
    expect(files.some((f) => f.area.startsWith('features/') && f.imports.includes('shared-ui'))).toBe(true);
  });

  it('no feature imports another feature, the app or the mock', () => {
    const ok = (t: string, from: string) =>
      t === from ||
      ['domain', 'api', 'components', 'shared-ui', 'i18n'].includes(t) ||
      t.startsWith('package:');
    expect(violations((a) => a.startsWith('features/'), ok)).toEqual([]);
  });

  it('only the entry point loads the mock (the Node server aside), and only through its index', () => {
    const reachers = files.filter(
      (f) => !['mock-api', 'server'].includes(f.area) && f.imports.includes('mock-api'),
    );
    expect(reachers.map((f) => f.file)).toEqual(['main.tsx']);
    expect(readFileSync(join(SRC, 'main.tsx'), 'utf8')).toMatch(/import\('\.\/mock-api'\)/);
  });

  it("the Node server uses the mock, the domain, the build's security policy, Node and its own libraries", () => {
    const ok = (t: string) =>
      [
        'server',
        'mock-api',
        'domain',
        'package:fake-indexeddb',
        'package:dexie',
        'scripts/vite/content-security-policy.ts',
      ].includes(t) || t.startsWith('package:node:');
    expect(files.some((f) => f.area === 'server')).toBe(true);
    expect(violations((a) => a === 'server', ok)).toEqual([]);
  });

  it('nothing of the page imports the Node server, so the build never bundles it', () => {
    expect(
      violations(
        (a) => a !== 'server',
        (t) => t !== 'server',
      ),
    ).toEqual([]);
  });
});
