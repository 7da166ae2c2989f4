/** What `npm run cloud` is started with: the command line and the environment. */
import { parseArgs } from 'node:util';
import { checkListenArgs, listenArgs, messageOf } from '../shared/command-line';

/** The account's credentials, from `HUAWEICLOUD_SDK_*`. Never printed, logged or sent to the page. */
export interface CloudCredentials {
  ak: string;
  sk: string;
  /** Temporary credentials' token, sent as `X-Security-Token`. */
  securityToken?: string;
}

/** How the cloud server runs. */
export interface CloudSettings {
  port: number;
  host: string;
  /** The production build served (default `dist-cloud`, or `OUT_DIR`). */
  buildDir: string;
  /** Build again even when the folder holds a build. */
  rebuild: boolean;
  credentials: CloudCredentials;
  /** One base URL for every service (`TM_CLOUD_ENDPOINT`), else Huawei Cloud's public endpoints. */
  endpoint?: string;
  /** `TM_READ_ONLY=1`: every write is refused. */
  readOnly: boolean;
}

/** Usage, printed with every mistake in the command line or environment. */
export const USAGE =
  'Usage: HUAWEICLOUD_SDK_AK=... HUAWEICLOUD_SDK_SK=... npm run cloud -- [--port 8080] [--host 127.0.0.1] [--rebuild]\n' +
  '  --port     port to listen on (0 picks a free one); default 8080\n' +
  '  --host     address to listen on; default 127.0.0.1 (this machine only)\n' +
  '  --rebuild  build the console again before serving it\n' +
  'Environment: HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (required), HUAWEICLOUD_SDK_SECURITY_TOKEN\n' +
  '  (temporary credentials), TM_CLOUD_ENDPOINT (one base URL for every service), TM_READ_ONLY=1\n' +
  '  (refuse every change), OUT_DIR (the build folder; default dist-cloud).';

/** The settings, or what is wrong. */
export type ParsedSettings = { ok: true; settings: CloudSettings } | { ok: false; error: string };

function checkEndpoint(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `TM_CLOUD_ENDPOINT must be a URL such as https://cloud.example.com, not "${text}".`;
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password || url.search || url.hash)
    return 'TM_CLOUD_ENDPOINT must be an http(s) base URL without user name, password, query or fragment.';
  return undefined;
}

/**
 * Reads the command line (without `node` and the script) and the environment.
 *
 * @example parseSettings(['--port', '0'], { HUAWEICLOUD_SDK_AK: 'AK', HUAWEICLOUD_SDK_SK: 'SK' })
 * // { ok: true, settings: { port: 0, host: '127.0.0.1', buildDir: 'dist-cloud', credentials: { ak: 'AK', sk: 'SK' }, ... } }
 */
export function parseSettings(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedSettings {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: { ...listenArgs(8080), rebuild: { type: 'boolean', default: false } },
    }));
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
  const listening = checkListenArgs(values);
  if (!listening.ok) return listening;
  const ak = env.HUAWEICLOUD_SDK_AK?.trim() ?? '';
  const sk = env.HUAWEICLOUD_SDK_SK?.trim() ?? '';
  const missing = [!ak && 'HUAWEICLOUD_SDK_AK', !sk && 'HUAWEICLOUD_SDK_SK'].filter(Boolean);
  if (missing.length > 0) {
    return {
      ok: false,
      error: `Set ${missing.join(' and ')} to your Huawei Cloud access key (AK) and secret key (SK): the console signs every request with them.`,
    };
  }
  const endpoint = env.TM_CLOUD_ENDPOINT?.trim() || undefined;
  const endpointError = endpoint === undefined ? undefined : checkEndpoint(endpoint);
  if (endpointError) return { ok: false, error: endpointError };
  const securityToken = env.HUAWEICLOUD_SDK_SECURITY_TOKEN?.trim() || undefined;
  const settings: CloudSettings = {
    port: listening.port,
    host: listening.host,
    buildDir: env.OUT_DIR?.trim() || 'dist-cloud',
    rebuild: values.rebuild,
    credentials: securityToken ? { ak, sk, securityToken } : { ak, sk },
    readOnly: env.TM_READ_ONLY === '1' || env.TM_READ_ONLY === 'true',
  };
  if (endpoint) settings.endpoint = endpoint.replace(/\/+$/, '');
  return { ok: true, settings };
}
