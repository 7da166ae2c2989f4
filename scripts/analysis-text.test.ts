import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The analysis, the matcher, the capture readers and the packet code write no English
 * sentence: what they say to users is a message descriptor rendered in the chosen language
 * (docs/architecture.md, "Languages"). A string literal of three or more words is flagged.
 */
const ROOT = join(import.meta.dirname, '..');
const CHECKED = ['src/domain/analysis', 'src/domain/matcher', 'src/domain/capture', 'src/domain/net'];
/**
 * Files whose words belong to the domain model's messages (field validation and the copy-size
 * sentence of warning W3), checked with the model.
 */
const MODEL_WORDS = [
  'src/domain/net/address.ts',
  'src/domain/net/port-range.ts',
  'src/domain/net/copy-size.ts',
];
/** Errors thrown at programmers (a bad argument in code or a test), never shown to users. */
const PROGRAMMER_ERRORS = [/^Not an IPv?\s+address:$/];

function files(path: string): string[] {
  if (!statSync(path).isDirectory())
    return path.endsWith('.ts') && !path.includes('.test.') && !/\/test-[^/]*$/.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

/** The literal text of a string or template: its parts, with each substitution as one space. */
function literal(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return null;
}

/** `file:line text` for each literal of three or more words, imports and thrown programmer errors aside. */
export function sentencesIn(file: string, code = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    const text = literal(node);
    if (text !== null) {
      const words = text.split(/\s+/).filter((word) => /[A-Za-z]{2,}/.test(word));
      const thrown = ts.isNewExpression(node.parent) && PROGRAMMER_ERRORS.some((p) => p.test(text.trim()));
      if (words.length >= 3 && !thrown) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${relative(ROOT, file)}:${line + 1} ${text}`);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no English sentences in the analysis, matcher, capture and packet code', () => {
  const checked = CHECKED.flatMap((dir) => files(join(ROOT, dir))).filter(
    (file) => !MODEL_WORDS.includes(relative(ROOT, file)),
  );

  it('reads the code', () => {
    expect(checked.length).toBeGreaterThan(40);
  });

  it('catches sentences in strings and templates, not ids, keys or short words', () => {
    const sample = [
      "const a = 'rule-matches-nothing';",
      "const b = 'source_cidr_block';",
      'const c = `Filter ${name} has no rule ${id}.`;',
      "const d = 'Choose a pcap file.';",
      "import { x } from '../some long path here';",
      'throw new Error(`Not an IP address: ${text}`);',
    ].join('\n');
    expect(sentencesIn(join(ROOT, 'sample.ts'), sample)).toEqual([
      'sample.ts:3 Filter   has no rule  .',
      'sample.ts:4 Choose a pcap file.',
    ]);
  });

  it('has none', () => {
    expect(checked.flatMap((file) => sentencesIn(file))).toEqual([]);
  });
});
