/**
 * How the page learns it runs against a real cloud: the server rewrites `index.html` with
 * `<meta name="traffic-mirror-console-mode" content="{...}">` as the first child of `<head>`
 * (the contract with the page). The AK is masked; nothing else about the credentials is said.
 */
import { PUBLIC_CLOUD } from './upstream';
import type { CloudSettings } from './settings';

/** The meta tag's name, read by the page. */
export const MODE_META_NAME = 'traffic-mirror-console-mode';

/** What the page is told. */
export interface ConsoleMode {
  mode: 'cloud';
  endpoint: string;
  readOnly: boolean;
  account: string;
}

/**
 * The AK with all but its first 4 characters masked.
 *
 * @example maskAccessKey('AKIAXYZ123') // 'AKIA…'
 */
export function maskAccessKey(ak: string): string {
  return `${ak.slice(0, 4)}…`;
}

/** The mode the page is told for these settings. */
export function consoleMode(
  settings: Pick<CloudSettings, 'endpoint' | 'readOnly' | 'credentials'>,
): ConsoleMode {
  return {
    mode: 'cloud',
    endpoint: settings.endpoint ?? `Huawei Cloud (${PUBLIC_CLOUD})`,
    readOnly: settings.readOnly,
    account: maskAccessKey(settings.credentials.ak),
  };
}

/**
 * Escapes text for a double-quoted HTML attribute.
 *
 * @example escapeAttribute('{"a":"<b>"}') // '{&quot;a&quot;:&quot;&lt;b&gt;&quot;}'
 */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** `index.html` with the mode's meta tag as the first child of `<head>`. */
export function withModeMeta(html: string, mode: ConsoleMode): string {
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error('index.html has no <head> element: the build is not the console.');
  const at = head.index + head[0].length;
  const tag = `<meta name="${MODE_META_NAME}" content="${escapeAttribute(JSON.stringify(mode))}">`;
  return `${html.slice(0, at)}${tag}${html.slice(at)}`;
}
