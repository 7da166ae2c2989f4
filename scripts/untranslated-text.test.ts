import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The translated parts of the console show no literal text: every word a user sees or hears
 * there comes from the catalogs (docs/architecture.md, "Languages"). Add a folder or file to
 * TRANSLATED when its page is translated.
 */
const ROOT = join(import.meta.dirname, '..');
const TRANSLATED = [
  'src/app',
  'src/features/overview',
  'src/features/sessions',
  'src/features/create-session',
  'src/features/filters',
  'src/features/inventory',
  'src/features/settings',
  'src/components/form',
  'src/components/table',
  ...[
    'alert',
    'badge',
    'button',
    'dialog',
    'example-link',
    'finding-list',
    'more-list',
    'page-header',
    'panel',
    'query-state',
    'rich-message',
    'quota-bar',
    'toast',
  ].map((name) => `src/components/ui/${name}.tsx`),
  'src/shared-ui',
  'src/features/packet-tester',
  'src/components/ui/error-details.tsx',
];
/** Attributes whose value a user sees or a screen reader reads. */
const SHOWN_ATTRIBUTES = new Set([
  'title',
  'aria-label',
  'alt',
  'placeholder',
  'label',
  'description',
  'what',
]);

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return path.endsWith('.tsx') && !path.includes('.test.') ? [path] : [];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

/** `file:line text` for each JSX text or shown attribute with a letter in it. */
function literalText(file: string, code = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!/\p{L}/u.test(text)) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(ROOT, file)}:${line + 1} ${text.trim()}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    if (ts.isJsxAttribute(node) && SHOWN_ATTRIBUTES.has(node.name.getText(source))) {
      const value = node.initializer;
      if (value && ts.isStringLiteral(value)) report(node, value.text);
      if (value && ts.isJsxExpression(value) && value.expression && ts.isStringLiteralLike(value.expression))
        report(node, value.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no untranslated text in the translated parts', () => {
  const all = TRANSLATED.flatMap((path) => files(join(ROOT, path)));

  it('reads the translated components', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it('catches text and shown attributes, not code or symbols', () => {
    const sample = `<p title="Hello" className="mt-2">World {n} : <b aria-label={'Main'}>404</b></p>`;
    expect(literalText(join(ROOT, 'sample.tsx'), sample)).toEqual([
      'sample.tsx:1 Hello',
      'sample.tsx:1 World',
      'sample.tsx:1 Main',
    ]);
  });

  it('has none', () => {
    expect(all.flatMap((file) => literalText(file))).toEqual([]);
  });
});
