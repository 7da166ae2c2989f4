/**
 * `npm run mock-server -- [--port 8090] [--host 127.0.0.1] [--data FILE] [--ak AK --sk SK]`:
 * the mock cloud API over HTTP until SIGINT or SIGTERM. Exit codes: 0 after a clean stop,
 * 2 for a wrong command line, 1 when the data file is refused or the port cannot be used.
 */
// IndexedDB for the store's Dexie code, before anything loads Dexie.
import 'fake-indexeddb/auto';
import { DataFileError } from './data-file';
import { startMockServer } from './mock-server';
import { messageOf } from '../shared/command-line';
import { runUntilSignal } from '../shared/run-until-signal';
import { parseOptions, USAGE } from './options';

async function main(): Promise<number> {
  const parsed = parseOptions(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(`${parsed.error}\n${USAGE}`);
    return 2;
  }
  const { options } = parsed;
  let server;
  try {
    server = await startMockServer(options);
  } catch (error) {
    if (error instanceof DataFileError) console.error(`Not started: ${error.message}`);
    else console.error(`Not started: ${messageOf(error)}`);
    return 1;
  }
  console.info(`Mock cloud API: ${server.url}`);
  if (options.credentials)
    console.info(`Requests must be signed with AK ${options.credentials.ak} (SDK-HMAC-SHA256).`);
  if (options.dataFile) console.info(`Store file: ${options.dataFile} (saved after changes and on exit).`);
  return runUntilSignal(server, 'Mock cloud API');
}

process.exit(await main());
