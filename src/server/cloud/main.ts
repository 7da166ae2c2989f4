/**
 * `npm run cloud -- [--port 8080] [--host 127.0.0.1] [--rebuild]`: the console against a real
 * Huawei Cloud account (credentials from the environment) until SIGINT or SIGTERM. Exit codes:
 * 0 after a clean stop, 2 for a wrong command line or missing credentials, 1 when the build
 * fails or the port cannot be used.
 */
import { resolve } from 'node:path';
import { messageOf } from '../shared/command-line';
import { runUntilSignal } from '../shared/run-until-signal';
import { ensureBuild, PROJECT_ROOT } from './build';
import { startCloudServer } from './cloud-server';
import { consoleMode } from './mode-meta';
import { parseSettings, USAGE } from './settings';

async function main(): Promise<number> {
  const parsed = parseSettings(process.argv.slice(2), process.env);
  if (!parsed.ok) {
    console.error(`Not started: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const settings = { ...parsed.settings, buildDir: resolve(PROJECT_ROOT, parsed.settings.buildDir) };
  let server;
  try {
    await ensureBuild(settings.buildDir, settings.rebuild, (line) => console.info(line));
    server = await startCloudServer(settings);
  } catch (error) {
    console.error(`Not started: ${messageOf(error)}`);
    return 1;
  }
  const mode = consoleMode(settings);
  console.info(`Serving ${settings.buildDir} (npm run cloud -- --rebuild builds it again).`);
  console.info(`Cloud: ${mode.endpoint}, account ${mode.account}${settings.readOnly ? ', read-only' : ''}.`);
  console.info('Writes are logged below, one line each: time, method, path, status, request id.');
  console.info(`Console: ${server.link}`);
  return runUntilSignal(server, 'Console server');
}

process.exit(await main());
