/**
 * `npm run mock-server -- [--port 8090] [--host 127.0.0.1] [--data FILE] [--ak AK --sk SK]`:
 * the mock cloud API over HTTP until SIGINT or SIGTERM. Exit codes: 0 after a clean stop,
 * 2 for a wrong command line, 1 when the data file is refused or the port cannot be used.
 */
// IndexedDB for the store's Dexie code, before anything loads Dexie.
import 'fake-indexeddb/auto';
import { DataFileError } from './data-file';
import { startMockServer } from './mock-server';
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
    else console.error(`Not started: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  console.info(`Mock cloud API: ${server.url}`);
  if (options.credentials)
    console.info(`Requests must be signed with AK ${options.credentials.ak} (SDK-HMAC-SHA256).`);
  if (options.dataFile) console.info(`Store file: ${options.dataFile} (saved after changes and on exit).`);
  const running = server;
  return new Promise<number>((resolve) => {
    let stopping = false;
    // A terminal's Ctrl-C reaches npm, tsx and this process at once, and tsx relays it again:
    // the first signal stops the server, repeats are ignored while it saves and closes.
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.info(`${signal}: stopping.`);
      running.close().then(
        () => {
          console.info('Mock cloud API stopped.');
          resolve(0);
        },
        (error: unknown) => {
          console.error(`Stopped with an error: ${String(error)}`);
          resolve(1);
        },
      );
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  });
}

process.exit(await main());
