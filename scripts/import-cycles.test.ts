import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, SRC, sourceFiles } from './import-graph';

/** Writes files into a fresh folder and returns their paths. */
function folder(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'import-cycles-'));
  return Object.entries(files).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
}

describe('import cycles', () => {
  it('finds a cycle through type-only imports and through a third file', () => {
    const files = folder({
      'a.ts': "import type { B } from './b';\nexport type A = B;",
      'b.ts': "import { c } from './c';\nexport type B = typeof c;",
      'c.tsx': "export { a } from './a';\nexport const c = fetch('/x/import', { method: 'GET' });",
      'd.ts': "import { c } from './c';\nexport const d = c;",
    });
    expect(importCycles(files).map((cycle) => cycle.map((f) => f.split('/').at(-1)))).toEqual([
      ['a.ts', 'b.ts', 'c.tsx'],
    ]);
  });

  it('finds a file importing itself and none where imports only point one way', () => {
    expect(importCycles(folder({ 'self.ts': "export * from './self';" }))).toHaveLength(1);
    expect(importCycles(folder({ 'x.ts': "import './y';", 'y.ts': "import 'react';" }))).toEqual([]);
    expect(importCycles(folder({ 'x.ts': "import './y';", 'y.ts': "import './x';" }))).toHaveLength(1);
  });

  it('src has none (tests included): two files that need each other share a third instead', () => {
    const files = sourceFiles(SRC, true);
    expect(files.length).toBeGreaterThan(100);
    expect(importCycles(files)).toEqual([]);
  });
});
