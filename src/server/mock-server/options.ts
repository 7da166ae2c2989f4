/** The command line of `npm run mock-server`. */
import { parseArgs } from 'node:util';
import { checkListenArgs, listenArgs, messageOf } from '../shared/command-line';

/** How the mock server is started. */
export interface MockServerOptions {
  port: number;
  host: string;
  /** The store file (export format), or none to keep everything in memory. */
  dataFile?: string;
  /** With both, every request must be signed with this pair. */
  credentials?: { ak: string; sk: string };
}

/** Usage, printed with every command-line mistake. */
export const USAGE =
  'Usage: npm run mock-server -- [--port 8090] [--host 127.0.0.1] [--data FILE] [--ak AK --sk SK]\n' +
  '  --port   port to listen on (0 picks a free one); default 8090\n' +
  '  --host   address to listen on; default 127.0.0.1 (this machine only)\n' +
  '  --data   keep the store in FILE (the export format of /mock-admin/export); created when missing\n' +
  '  --ak/--sk  refuse every request that is not signed with this AK/SK (SDK-HMAC-SHA256)';

/** The options, or what is wrong with the command line. */
export type ParsedOptions = { ok: true; options: MockServerOptions } | { ok: false; error: string };

/**
 * Reads the command line (without `node` and the script).
 *
 * @example parseOptions(['--port', '0', '--ak', 'AK', '--sk', 'SK'])
 * // { ok: true, options: { port: 0, host: '127.0.0.1', credentials: { ak: 'AK', sk: 'SK' } } }
 */
export function parseOptions(argv: readonly string[]): ParsedOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        ...listenArgs(8090),
        data: { type: 'string' },
        ak: { type: 'string' },
        sk: { type: 'string' },
      },
    }));
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
  const listening = checkListenArgs(values);
  if (!listening.ok) return listening;
  if (values.data !== undefined && values.data.trim() === '')
    return { ok: false, error: '--data must name a file.' };
  if ((values.ak === undefined) !== (values.sk === undefined) || values.ak === '' || values.sk === '') {
    return { ok: false, error: 'Give both --ak and --sk (neither empty), or neither.' };
  }
  const options: MockServerOptions = { port: listening.port, host: listening.host };
  if (values.data !== undefined) options.dataFile = values.data;
  if (values.ak !== undefined && values.sk !== undefined)
    options.credentials = { ak: values.ak, sk: values.sk };
  return { ok: true, options };
}
