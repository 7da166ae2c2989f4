import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The import graph of src/, read from the source text: what the architecture and cycle checks
 * (scripts/*.test.ts) walk. `@/` is src/, as in tsconfig.json and vite.config.ts.
 */
export const SRC = resolve(__dirname, '../src');

/** Every .ts and .tsx file under `dir`; `withTests` keeps tests and their support files (`test-*.ts`). */
export function sourceFiles(dir: string, withTests = false): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, withTests);
    if (!/\.(ts|tsx)$/.test(name) || name.endsWith('.d.ts')) return [];
    return withTests || (!/\.test\.tsx?$/.test(name) && !/^test-/.test(name)) ? [path] : [];
  });
}

/**
 * The specifiers a file imports: static imports (type-only ones too), side-effect imports,
 * re-exports and dynamic `import()`.
 *
 * @example importsOf('src/main.tsx') // ['react', './app/app', './mock-api', ...]
 */
export function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(
      /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm,
    ),
  ].map((m) => (m[1] ?? m[2] ?? m[3]) as string);
}

/** The path a specifier points at (no extension resolved), or null for a package. */
export function targetOf(specifier: string, from: string): string | null {
  if (specifier.startsWith('@/')) return join(SRC, specifier.slice(2));
  if (specifier.startsWith('.')) return resolve(dirname(from), specifier);
  return null;
}

/** The source file a specifier loads, or null for a package or a file that is not TypeScript. */
export function resolveImport(specifier: string, from: string): string | null {
  const target = targetOf(specifier, from);
  if (target === null) return null;
  const candidates = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((end) => target + end);
  return candidates.find((c) => /\.tsx?$/.test(c) && existsSync(c) && statSync(c).isFile()) ?? null;
}

/**
 * The import cycles among `files`: the groups of files that import each other, directly or
 * through others (strongly connected components, Tarjan's algorithm), each as its files relative
 * to src/, sorted. A file that imports itself is a group of one.
 *
 * @example importCycles([a, b]) // [['a.ts', 'b.ts']] when a imports b and b imports a
 */
export function importCycles(files: readonly string[]): string[][] {
  const edges = new Map(
    files.map((f) => [
      f,
      importsOf(f)
        .map((s) => resolveImport(s, f))
        .filter((t): t is string => t !== null),
    ]),
  );
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    const selfImport = edges.get(v)?.includes(v);
    if (component.length > 1 || selfImport) components.push(component);
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return components.map((c) => c.map((f) => relative(SRC, f)).sort());
}
