import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The domain model speaks no language: what it says to people is a message descriptor
 * (src/domain/model/message.ts) rendered by the console in the chosen language, so no string in
 * its code reads as an English sentence (docs/architecture.md, "Languages").
 */
const ROOT = join(import.meta.dirname, '..');
const MODEL = join(ROOT, 'src/domain/model');

/** Text that is not shown as a message: data sent to the API, and thrown programmer errors. */
const ALLOWED = new Set([
  // The description of the rule W1 and W2 add: stored in the cloud as the rule's data.
  'Traffic Mirroring (VXLAN) from ',
  // A key that no definition has is a programming error, never shown to a user.
  'Unknown quota ',
]);

/** Three or more words of letters in a row: a sentence or a phrase. */
const PHRASE = /\b[A-Za-z]{2,}\b[ ,]+\b[A-Za-z]{2,}\b[ ,]+\b[A-Za-z]{2,}\b/;

function phrasesIn(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const texts =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? [node.text]
        : ts.isTemplateExpression(node)
          ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)]
          : [];
    for (const text of texts) {
      if (!PHRASE.test(text) || ALLOWED.has(text)) continue;
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${relative(ROOT, file)}:${line + 1} ${text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the domain model has no English sentences', () => {
  const files = readdirSync(MODEL)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.startsWith('test-'))
    .map((name) => join(MODEL, name));

  it('reads the model', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(phrasesIn(join(ROOT, 'scripts/domain-words.test.ts')).length).toBeGreaterThan(0);
  });

  it('says everything through message descriptors', () => {
    expect(files.flatMap((file) => phrasesIn(file))).toEqual([]);
  });
});
