/**
 * The console's files from the build folder: known content types, no directory listing, and
 * `index.html` (with the mode's meta tag) for every unknown path that is not an asset, so that
 * deep links work.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The content type of a file name (`application/octet-stream` when unknown). */
export function contentTypeOf(name: string): string {
  return CONTENT_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/** A file to send. */
export interface StaticFile {
  body: Buffer | string;
  contentType: string;
  /** Hashed assets never change; everything else is checked again. */
  cacheControl: string;
}

const INDEX: Omit<StaticFile, 'body'> = { contentType: CONTENT_TYPES['.html']!, cacheControl: 'no-cache' };

/** An asset path (under `assets/`, or a file name with an extension): never answered with index.html. */
function isAsset(segments: readonly string[]): boolean {
  return segments[0] === 'assets' || extname(segments[segments.length - 1] ?? '') !== '';
}

/**
 * The file for safe path segments (see `fileTarget`) under `root`, `index.html` (already
 * rewritten, given as `indexHtml`) for pages, or undefined for a missing asset.
 */
export async function findFile(
  root: string,
  segments: readonly string[],
  indexHtml: string,
): Promise<StaticFile | undefined> {
  const base = resolve(root);
  const path = resolve(join(base, ...segments));
  const name = segments[segments.length - 1] ?? '';
  if (name !== '' && name !== 'index.html' && path.startsWith(base + sep)) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) {
      return {
        body: await readFile(path),
        contentType: contentTypeOf(path),
        cacheControl: segments[0] === 'assets' ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
    }
  }
  if (isAsset(segments) && name !== 'index.html') return undefined;
  return { ...INDEX, body: indexHtml };
}
