/**
 * Which cloud the console talks to. The static demo has no meta tag and runs its own cloud in
 * the page; `npm run cloud` inserts `<meta name="traffic-mirror-console-mode" content="JSON">`
 * into index.html and forwards `/api/` to Huawei Cloud.
 */

export const CONSOLE_MODE_META = 'traffic-mirror-console-mode';

export type ConsoleMode =
  | { mode: 'demo' }
  | {
      mode: 'cloud';
      /** The cloud the server forwards to, e.g. `Huawei Cloud (myhuaweicloud.com)`. */
      endpoint: string;
      /** The access key with all but its first 4 characters masked. */
      account: string;
      /** Every write is refused (TM_READ_ONLY=1). */
      readOnly: boolean;
    };

const DEMO: ConsoleMode = { mode: 'demo' };

/**
 * Reads the mode from the meta tag's content: demo when there is none or it is not the
 * cloud's JSON, so that a damaged tag never leaves the console without a cloud to call.
 */
export function parseConsoleMode(content: string | null | undefined): ConsoleMode {
  if (!content) return DEMO;
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return DEMO;
  }
  if (typeof value !== 'object' || value === null) return DEMO;
  const meta = value as Record<string, unknown>;
  if (meta.mode !== 'cloud') return DEMO;
  return {
    mode: 'cloud',
    endpoint: typeof meta.endpoint === 'string' && meta.endpoint ? meta.endpoint : 'Huawei Cloud',
    account: typeof meta.account === 'string' ? meta.account : '',
    readOnly: meta.readOnly === true,
  };
}

let cached: ConsoleMode | undefined;

/** The mode of this page, read once from the document's meta tag. */
export function consoleMode(): ConsoleMode {
  if (!cached) {
    const meta =
      typeof document === 'undefined'
        ? null
        : document.querySelector(`meta[name="${CONSOLE_MODE_META}"]`)?.getAttribute('content');
    cached = parseConsoleMode(meta);
  }
  return cached;
}
