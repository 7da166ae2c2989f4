import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files of the in-browser mock in the build in `dist`: its chunk, the chunks only it loads,
 * and the service worker. Why: in cloud mode the page must never load them (the mock would
 * answer instead of the cloud), so tests compare what the page requested with this list.
 */
export function mockFiles(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    { file: string; dynamicImports?: string[] }
  >;
  const entry = manifest['src/mock-api/index.ts'];
  if (!entry) throw new Error(`The build in ${dist} has no mock-api chunk.`);
  const own = (entry.dynamicImports ?? []).flatMap((key) => manifest[key]?.file ?? []);
  return [entry.file, ...own, 'mockServiceWorker.js'];
}
