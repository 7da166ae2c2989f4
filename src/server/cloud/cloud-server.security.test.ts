import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { CN_NORTH_4 as N4 } from '@/mock-api/seed/seed-ids';
import { closeServer, listen, urlOf } from '../shared/listen';
import {
  raw,
  startHarness,
  TEST_AK,
  TEST_SECURITY_TOKEN,
  TEST_SK,
  type CloudHarness,
} from './test-cloud-server';

let harness: CloudHarness | undefined;
let upstream: Server | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
  if (upstream) await closeServer(upstream);
  upstream = undefined;
});

/**
 * A fake cloud: lists one project (cn-north-4, id p1), hangs on ports (a cloud that does not
 * answer), and otherwise echoes the headers it received, adding headers of its own.
 */
async function startFakeCloud(): Promise<string> {
  upstream = createServer((request, response) => {
    if (request.url === '/v3/projects') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ projects: [{ id: 'p1', name: 'cn-north-4' }] }));
    } else if (request.url?.includes('/ports')) {
      // Never answers.
    } else {
      response.writeHead(200, {
        'content-type': 'application/json',
        'x-request-id': 'upstream-request-id',
        'set-cookie': 'cloud=1',
        'x-upstream-internal': 'yes',
      });
      response.end(JSON.stringify({ received: request.headers }));
    }
  });
  return urlOf('127.0.0.1', await listen(upstream, 0, '127.0.0.1'));
}

async function signedIn(overrides: Parameters<typeof startHarness>[0] = {}, timeoutMs?: number) {
  harness = await startHarness(overrides, timeoutMs === undefined ? {} : { upstreamTimeoutMs: timeoutMs });
  const cookie = await harness.cookie();
  const port = new URL(harness.cloud.url).port;
  const call = (path: string, options: Parameters<typeof raw>[2] = {}) =>
    raw(harness!.cloud.url, path, { ...options, headers: { cookie, ...options.headers } });
  return { cookie, port, call };
}

const filters = `/api/v3/${N4.project}/vpc/traffic-mirror-filters`;
const codeOf = (text: string) => (JSON.parse(text) as { error_code: string }).error_code;

describe('other sites cannot use the console', () => {
  it.each([
    ['another site', { origin: 'http://evil.example' }],
    ['another port of this machine', { origin: 'http://127.0.0.1:1' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    ['a same-site fetch of another origin', { 'sec-fetch-site': 'same-site' }],
  ])('refuses an API request from %s with 403 CONSOLE.0403', async (_name, headers) => {
    const { call } = await signedIn();
    const answer = await call(filters, { headers });
    expect(answer.status).toBe(403);
    expect(codeOf(answer.text)).toBe('CONSOLE.0403');
  });

  it("answers the console's own page (same Origin, Sec-Fetch-Site same-origin)", async () => {
    const { call, port } = await signedIn();
    const answer = await call(filters, {
      headers: { origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' },
    });
    expect(answer.status).toBe(200);
  });

  it.each(['/', '/sessions', `/api/v3/projects`])(
    'refuses a foreign Host header (DNS rebinding) on %s with 403',
    async (path) => {
      const { call } = await signedIn();
      const answer = await call(path, { headers: { host: 'evil.example:8080' } });
      expect(answer.status).toBe(403);
      expect(codeOf(answer.text)).toBe('CONSOLE.0403');
    },
  );

  it('answers Host localhost:<port> as well as 127.0.0.1:<port>', async () => {
    const { call, port } = await signedIn();
    expect((await call('/api/v3/projects', { headers: { host: `localhost:${port}` } })).status).toBe(200);
  });
});

describe('never an open proxy', () => {
  it.each([
    ['a path the console does not call', 'GET', '/api/v3/projects/abc/users'],
    ['the mock administration', 'POST', '/api/mock-admin/reset'],
    ['a method the console does not use', 'DELETE', `/api/v1/${N4.project}/vpcs`],
    ['a dot segment', 'GET', `/api/v3/${N4.project}/vpc/../../v3/projects`],
    ['an encoded dot segment', 'GET', `/api/v3/${N4.project}/vpc/%2e%2e/%2E%2E/v3/projects`],
    ['an encoded slash', 'GET', `/api/v3/${N4.project}%2Fvpc/firewalls`],
    ['a double slash', 'GET', `/api//v3/projects`],
    ['an absolute URL in the path', 'GET', '/api/http://evil.example/v3/projects'],
    ['the bare prefix', 'GET', '/api'],
  ])('refuses %s with 404 CONSOLE.0404', async (_name, method, path) => {
    const { call } = await signedIn();
    const answer = await call(path, { method });
    expect(answer.status).toBe(404);
    expect(codeOf(answer.text)).toBe('CONSOLE.0404');
  });

  it('refuses an absolute-form request target with 400', async () => {
    const { call } = await signedIn();
    const answer = await call('http://evil.example/api/v3/projects');
    expect(answer.status).toBe(400);
    expect(codeOf(answer.text)).toBe('CONSOLE.0400');
  });

  it('forwards only the allow-listed request headers and passes back only Content-Type and X-Request-Id', async () => {
    const { call } = await signedIn({ endpoint: await startFakeCloud() });
    const answer = await call('/api/v3/p1/vpc/firewalls', {
      headers: {
        accept: 'application/json',
        'x-request-id': 'from-the-page',
        'x-console-region': 'cn-north-4',
        authorization: 'Basic secret',
        'x-forwarded-for': '10.0.0.1',
      },
    });
    expect(answer.status).toBe(200);
    const received = (JSON.parse(answer.text) as { received: IncomingHttpHeaders }).received;
    expect(received).toMatchObject({
      accept: 'application/json',
      'x-request-id': 'from-the-page',
      'x-project-id': 'p1',
      authorization: expect.stringMatching(/^SDK-HMAC-SHA256 Access=/),
    });
    for (const dropped of ['cookie', 'x-console-region', 'x-forwarded-for', 'origin'])
      expect(received).not.toHaveProperty(dropped);
    expect(answer.headers['x-request-id']).toBe('upstream-request-id');
    expect(answer.headers['set-cookie']).toBeUndefined();
    expect(answer.headers['x-upstream-internal']).toBeUndefined();
  });

  it('refuses a body over 1 MB with 413 CONSOLE.0413', async () => {
    const { call } = await signedIn();
    const answer = await call(filters, { method: 'POST', body: 'x'.repeat(1024 * 1024 + 1) });
    expect(answer.status).toBe(413);
    expect(codeOf(answer.text)).toBe('CONSOLE.0413');
  });

  it('answers 504 CONSOLE.0504 when the cloud does not answer in time', async () => {
    const { call } = await signedIn({ endpoint: await startFakeCloud() }, 300);
    const answer = await call('/api/v1/p1/ports');
    expect(answer.status).toBe(504);
    expect(JSON.parse(answer.text)).toMatchObject({
      error_code: 'CONSOLE.0504',
      error_msg: 'The cloud did not answer within 30 seconds. Try again.',
    });
  });
});

describe('credentials never leave the server', () => {
  it('no AK, SK or security token in any answer or log line, and the token only in the link', async () => {
    const { call } = await signedIn({
      credentials: { ak: TEST_AK, sk: TEST_SK, securityToken: TEST_SECURITY_TOKEN },
    });
    const token = new URL(harness!.cloud.link).searchParams.get('token') ?? '';
    const answers = await Promise.all([
      raw(harness!.cloud.url, '/'),
      raw(harness!.cloud.url, `/?token=${token}`),
      call('/sessions'),
      call('/api/v3/projects'),
      call(`${filters}?limit=2`),
      call(filters, { method: 'POST', body: '{"traffic_mirror_filter": {"name": "leak-check"}}' }),
      call(`${filters}/nothing`, { method: 'DELETE' }),
      call('/api/v2.0/vpc/peerings', { headers: { 'x-console-region': 'cn-north-4' } }),
      call('/api/v2.0/vpc/peerings'),
      call('/api/mock-admin/export'),
      raw(harness!.cloud.url, '/api/v3/projects'),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 302, 200, 200, 200, 201, 404, 200, 400, 404, 401]);
    const seen = [...answers.map((a) => `${JSON.stringify(a.headers)}\n${a.text}`), ...harness!.logged].join(
      '\n',
    );
    for (const secret of [TEST_AK, TEST_SK, TEST_SECURITY_TOKEN, token]) expect(seen).not.toContain(secret);
  });
});
