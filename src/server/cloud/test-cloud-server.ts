/**
 * For the cloud server's tests: a tiny prebuilt console (index.html, an asset, an icon), the
 * mock cloud over HTTP checking signatures, a cloud server in front of it, and raw HTTP
 * requests (so that tests can send any Host, Origin or unnormalised path).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockServer, type RunningMockServer } from '../mock-server/mock-server';
import { startCloudServer, type CloudServerHooks, type RunningCloudServer } from './cloud-server';
import type { CloudSettings } from './settings';

/** The credentials of the tests: distinctive, so that a leak is found by a plain search. */
export const TEST_AK = 'CLOUDTESTAKQ7W3E9R5T1';
export const TEST_SK = 'cloud-test-secret-Z8X6C4V2B0N';
export const TEST_SECURITY_TOKEN = 'cloud-test-security-token-M1K3J5H7';

/** The fixture's index.html. */
export const FIXTURE_INDEX =
  '<!doctype html>\n<html lang="en">\n  <head>\n    <title>Console</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n';

/** Writes the fixture build into a fresh folder. */
export async function makeBuildFixture(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cloud-build-'));
  await mkdir(join(dir, 'assets'));
  await mkdir(join(dir, 'docs'));
  await writeFile(join(dir, 'index.html'), FIXTURE_INDEX);
  await writeFile(join(dir, 'assets', 'index-abc123.js'), 'console.log("console");\n');
  await writeFile(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(dir, 'docs', 'notes.txt'), 'notes');
  return dir;
}

/** An answer read whole. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Sends one request as given (path not normalised, any headers) to `base`. */
export function raw(
  base: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawAnswer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const sent = request(
      { host: url.hostname, port: url.port, path, method: options.method ?? 'GET', headers: options.headers },
      (answer) => {
        let text = '';
        answer.setEncoding('utf8');
        answer.on('data', (chunk: string) => (text += chunk));
        answer.on('end', () => resolve({ status: answer.statusCode ?? 0, headers: answer.headers, text }));
      },
    );
    sent.on('error', reject);
    sent.end(options.body);
  });
}

/** A cloud server in front of a signing mock, with everything it logged. */
export interface CloudHarness {
  cloud: RunningCloudServer;
  mock: RunningMockServer;
  buildDir: string;
  logged: string[];
  /** The access cookie (`name=value`), got through the link. */
  cookie(): Promise<string>;
  close(): Promise<void>;
}

/** Starts the mock (signatures checked with the test AK/SK) and the cloud server in front of it. */
export async function startHarness(
  overrides: Partial<CloudSettings> = {},
  hooks: CloudServerHooks = {},
): Promise<CloudHarness> {
  const quiet = { info: () => {}, error: () => {} };
  const mock = await startMockServer(
    { port: 0, host: '127.0.0.1', credentials: { ak: TEST_AK, sk: TEST_SK } },
    quiet,
  );
  const buildDir = await makeBuildFixture();
  const logged: string[] = [];
  const cloud = await startCloudServer(
    {
      port: 0,
      host: '127.0.0.1',
      buildDir,
      rebuild: false,
      credentials: { ak: TEST_AK, sk: TEST_SK },
      endpoint: mock.url,
      readOnly: false,
      ...overrides,
    },
    { info: (line) => logged.push(line), error: (line) => logged.push(line) },
    hooks,
  );
  return {
    cloud,
    mock,
    buildDir,
    logged,
    async cookie() {
      const link = new URL(cloud.link);
      const answer = await raw(cloud.url, `${link.pathname}${link.search}`);
      const setCookie = answer.headers['set-cookie']?.[0] ?? '';
      return setCookie.split(';')[0] ?? '';
    },
    async close() {
      await cloud.close();
      await mock.close();
      await rm(buildDir, { recursive: true, force: true });
    },
  };
}
