/**
 * Build-size budget: the JavaScript the first page loads (the entry chunk and everything it
 * imports statically) must stay within 180 KB gzip. Lazily loaded chunks (the mock API, the
 * capture worker, ...) are listed but do not count. Run after `vite build`.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 180;
const dist = process.argv[2] ?? 'dist';
const manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8'));

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith('index.html'));
if (!entryKey) {
  console.error('check-bundle-size: no index.html entry in the build manifest.');
  process.exit(1);
}

const initial = new Set();
const visit = (key) => {
  if (initial.has(key)) return;
  initial.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
};
visit(entryKey);

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
const rows = Object.entries(manifest)
  .filter(([, chunk]) => chunk.file.endsWith('.js'))
  .map(([key, chunk]) => {
    const bytes = readFileSync(`${dist}/${chunk.file}`);
    return {
      file: chunk.file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      first: initial.has(key),
    };
  })
  .sort((a, b) => Number(b.first) - Number(a.first) || b.gzip - a.gzip);

console.log('JavaScript chunks (KB):      raw    gzip  loaded by');
for (const row of rows) {
  console.log(
    `  ${row.file.padEnd(40)} ${kb(row.raw)} ${kb(row.gzip)}  ${row.first ? 'first page' : 'on demand'}`,
  );
}
const total = rows.filter((row) => row.first).reduce((sum, row) => sum + row.gzip, 0);
console.log(`First page JavaScript: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET_KB} KB).`);
if (total > BUDGET_KB * 1024) {
  console.error(
    `Over budget by ${((total - BUDGET_KB * 1024) / 1024).toFixed(1)} KB: lazy-load a route or drop a dependency.`,
  );
  process.exit(1);
}
