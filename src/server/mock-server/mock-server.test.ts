import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CN_NORTH_4 as N4 } from '@/mock-api/seed/seed-ids';
import { DataFileError } from './data-file';
import { startMockServer, type RunningMockServer } from './mock-server';
import { parseOptions } from './options';
import { signedFetch } from '../signing/test-signed-fetch';

const quiet = { info: () => {}, error: () => {} };
let dir: string;
let running: RunningMockServer | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mock-server-unit-'));
});
afterEach(async () => {
  await running?.close();
  running = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function start(dataFile?: string) {
  running = await startMockServer({ port: 0, host: '127.0.0.1', dataFile }, quiet);
  return running;
}

describe('--data FILE', () => {
  it('creates a missing file with the demo data', async () => {
    const file = join(dir, 'new.json');
    await start(file);
    const saved = JSON.parse(await readFile(file, 'utf8')) as {
      format: string;
      data: { projects: unknown[] };
    };
    expect(saved.format).toBe('traffic-mirror-console-mock-store');
    expect(saved.data.projects).toHaveLength(3);
  });

  it.each([
    ['not JSON', '{"format": "traffic-mirror', /is not valid JSON/],
    ['empty', '', /is not valid JSON/],
    [
      'JSON of something else',
      '{"name": "my-app", "version": "1.0.0"}',
      /"format" must be "traffic-mirror-console-mock-store"/,
    ],
    [
      'an export with an invalid row',
      JSON.stringify({
        format: 'traffic-mirror-console-mock-store',
        version: 1,
        data: { projects: [{ id: 1 }] },
      }),
      /The import was refused/,
    ],
  ])('refuses a file that is %s, says why and leaves it untouched', async (_name, text, reason) => {
    const file = join(dir, 'store.json');
    await writeFile(file, text);
    const error = await start(file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).toContain('left as it is');
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('saves writes within a second, atomically, and loads them at the next start', async () => {
    const file = join(dir, 'store.json');
    const server = await start(file);
    const before = await readFile(file, 'utf8');
    const created = await fetch(`${server.url}/v3/${N4.project}/vpc/traffic-mirror-filters`, {
      method: 'POST',
      body: JSON.stringify({ traffic_mirror_filter: { name: 'saved-filter' } }),
    });
    expect(created.status).toBe(201);
    await server.close();
    running = undefined;
    const after = await readFile(file, 'utf8');
    expect(after).not.toBe(before);
    expect(after).toContain('saved-filter');
    const again = await start(file);
    const listed = await fetch(`${again.url}/v3/${N4.project}/vpc/traffic-mirror-filters?name=saved-filter`);
    expect(
      ((await listed.json()) as { traffic_mirror_filters: unknown[] }).traffic_mirror_filters,
    ).toHaveLength(1);
  });
});

describe('bad input is answered with 4xx, never 5xx', () => {
  it.each([
    ['an unknown path', 'GET', '/nothing-here', undefined, 404],
    ['a body that is not JSON', 'POST', `/v3/${N4.project}/vpc/traffic-mirror-filters`, '{oops', 400],
    ['a wrong method', 'PATCH', `/v3/${N4.project}/vpc/traffic-mirror-filters`, '{}', 405],
    ['a bad limit', 'GET', `/v3/${N4.project}/vpc/traffic-mirror-filters?limit=-1`, undefined, 400],
    ['a body over 1 MB', 'POST', `/v3/${N4.project}/vpc/traffic-mirror-filters`, 'x'.repeat(1_048_577), 413],
  ])('%s', async (_name, method, path, body, status) => {
    const server = await start();
    const response = await fetch(`${server.url}${path}`, { method, body });
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({
      error_code: expect.any(String),
      request_id: expect.any(String),
    });
  });
});

describe('--ak/--sk', () => {
  it('prints each refused request with its reason, and nothing for a signed one', async () => {
    const lines: string[] = [];
    const log = { info: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
    const credentials = { ak: 'AK-UNIT', sk: 'SK-UNIT' };
    running = await startMockServer({ port: 0, host: '127.0.0.1', credentials }, log);
    const url = `${running.url}/v3/projects`;
    const refused = await fetch(url);
    expect(refused.status).toBe(401);
    const { request_id } = (await refused.json()) as { request_id: string };
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Refused GET \/v3\/projects: 401 APIGW\.0301 [0-9a-f]{32} .*no Authorization header/,
    );
    expect(lines[0]).toContain(request_id);
    const signed = await signedFetch(url, credentials);
    expect(signed.status).toBe(200);
    expect(lines).toHaveLength(1);
  });
});

describe('parseOptions', () => {
  it.each([
    [[], { port: 8090, host: '127.0.0.1' }],
    [['--port', '0', '--host', '0.0.0.0'], { port: 0, host: '0.0.0.0' }],
    [
      ['--data', 'a.json', '--ak', 'A', '--sk', 'S'],
      { dataFile: 'a.json', credentials: { ak: 'A', sk: 'S' } },
    ],
  ])('%j', (argv, expected) => {
    expect(parseOptions(argv)).toMatchObject({ ok: true, options: expected });
  });

  it.each([
    [['--port', 'http'], /--port must be a whole number/],
    [['--port', '70000'], /--port must be a whole number/],
    [['--ak', 'A'], /both --ak and --sk/],
    [['--sk', 'S'], /both --ak and --sk/],
    [['--verbose'], /Unknown option/],
    [['--data', ''], /--data must name a file/],
  ])('refuses %j', (argv, reason) => {
    const parsed = parseOptions(argv);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok || parsed.error).toMatch(reason);
  });
});
