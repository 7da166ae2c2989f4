import { randomBytes } from 'node:crypto';
import { expect } from '@playwright/test';
import { signedFetch } from '../../src/server/signing/test-signed-fetch';
import { startReadmeCommand, type StartedCommand } from './readme-command';

/** `npm run mock-server` checking signatures with a fresh random AK/SK pair. */
export interface MockCloud extends StartedCommand {
  ak: string;
  sk: string;
  /** One call signed with the pair, straight to the mock (not through the console). */
  call(method: 'GET' | 'PUT', path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
}

const randomKey = (bytes: number) => randomBytes(bytes).toString('hex').toUpperCase();

/**
 * Starts `npm run mock-server -- --port 0 --ak AK --sk SK` as the README shows, with a random
 * pair, and turns its simulated latency off (the journeys make many calls).
 */
export async function startMockCloud(): Promise<MockCloud> {
  const ak = randomKey(10);
  const sk = randomKey(20);
  const started = await startReadmeCommand(
    `npm run mock-server -- --port 0 --ak ${ak} --sk ${sk}`,
    {},
    60_000,
    /Mock cloud API: (http:\/\/\S+)/,
  );
  const call: MockCloud['call'] = async (method, path, body) => {
    const answer = await signedFetch(`${started.url}${path}`, { ak, sk }, { method, body });
    const text = await answer.text();
    return { status: answer.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  const settings = await call('PUT', '/mock-admin/settings', {
    settings: { latency_min_ms: 0, latency_max_ms: 0, failure_rate: 0 },
  });
  expect(settings.status, JSON.stringify(settings.body)).toBe(200);
  return { ...started, ak, sk, call };
}

/** How a `npm run cloud` is started in front of the mock. */
export interface CloudOptions {
  /** The build folder (`OUT_DIR`): built by the first start, served as it is by the next ones. */
  buildDir: string;
  /** The secret key in the server's environment (default: the mock's). */
  sk?: string;
  readOnly?: boolean;
}

/**
 * Starts `npm run cloud -- --port 0` with the mock's AK (and SK unless told otherwise) and
 * `TM_CLOUD_ENDPOINT` set to the mock; resolves with the access link it prints (`url`).
 */
export function startCloudConsole(mock: MockCloud, options: CloudOptions): Promise<StartedCommand> {
  return startReadmeCommand(
    'npm run cloud -- --port 0',
    {
      HUAWEICLOUD_SDK_AK: mock.ak,
      HUAWEICLOUD_SDK_SK: options.sk ?? mock.sk,
      HUAWEICLOUD_SDK_SECURITY_TOKEN: '',
      TM_CLOUD_ENDPOINT: mock.url,
      TM_READ_ONLY: options.readOnly ? '1' : '',
      OUT_DIR: options.buildDir,
    },
    120_000,
    /Console: (http:\/\/\S+)/,
  );
}
