import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SRC, sourceFiles } from './import-graph';

/**
 * Words and tables written once (docs/architecture.md, "A domain rule"): the console's words for
 * ingress and egress live in `domain/model/direction-words.ts`, the IP protocol numbers in
 * `domain/net/protocols.ts`. A copy elsewhere is found by its shape in the code (comments aside).
 */
const code = sourceFiles(SRC).map((file) => ({
  file: relative(SRC, file),
  text: readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''),
}));

const copiesOf = (shape: RegExp) => code.filter((f) => shape.test(f.text)).map((f) => f.file);

/** A direction turned into a word, or a word into a direction. */
const DIRECTION_WORDS =
  /\b(?:ingress|egress)['"]?\s*[:?]\s*['"`](?:in|out)bound|\?\s*'(?:in|out)bound'\s*:\s*'(?:in|out)bound'|\b(?:in|out)bound['"]?\s*:\s*'(?:in|e)gress'/i;
/** A protocol name beside its number, or a number compared where a name would say it. */
const PROTOCOL_NUMBERS =
  /\b(?:6|17|1|58)\s*:\s*'(?:TCP|UDP|ICMP|ICMPV6)'|\b(?:TCP|UDP|ICMP|ICMPV6)\s*[:=]\s*(?:6|17|1|58)\b|\[(?:6|17|1|58),\s*'(?:TCP|UDP|ICMP)|protocol\s*===\s*(?:6|17|58)\b/i;

describe('one home per table', () => {
  it('finds the shapes it looks for', () => {
    expect(DIRECTION_WORDS.test("{ ingress: 'inbound', egress: 'outbound' }")).toBe(true);
    expect(DIRECTION_WORDS.test("direction === 'ingress' ? 'Inbound' : 'Outbound'")).toBe(true);
    expect(DIRECTION_WORDS.test("`no ${ingress ? 'outbound' : 'inbound'} rule`")).toBe(true);
    expect(DIRECTION_WORDS.test("{ inbound: 'ingress' }")).toBe(true);
    expect(DIRECTION_WORDS.test('filter.ingress_rules.length')).toBe(false);
    expect(PROTOCOL_NUMBERS.test("{ 6: 'TCP', 17: 'UDP' }")).toBe(true);
    expect(PROTOCOL_NUMBERS.test('{ tcp: 6, udp: 17 }')).toBe(true);
    expect(PROTOCOL_NUMBERS.test('const TCP = 6;')).toBe(true);
    expect(PROTOCOL_NUMBERS.test("new Map([[6, 'TCP']])")).toBe(true);
    expect(PROTOCOL_NUMBERS.test('protocol === 17 || protocol === 1')).toBe(true);
    expect(PROTOCOL_NUMBERS.test('ip.family === 6')).toBe(false);
  });

  it('the words for ingress and egress are in domain/model/direction-words.ts only', () => {
    expect(copiesOf(DIRECTION_WORDS).sort()).toEqual(['domain/model/direction-words.ts']);
  });

  it('the protocol numbers are in domain/net/protocols.ts only', () => {
    expect(copiesOf(PROTOCOL_NUMBERS).sort()).toEqual(['domain/net/protocols.ts']);
  });
});
