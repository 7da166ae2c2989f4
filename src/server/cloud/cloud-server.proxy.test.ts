import { afterEach, describe, expect, it } from 'vitest';
import { CN_NORTH_4 as N4 } from '@/mock-api/seed/seed-ids';
import { raw, startHarness, TEST_AK, type CloudHarness } from './test-cloud-server';

let harness: CloudHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function signedIn(overrides: Parameters<typeof startHarness>[0] = {}) {
  harness = await startHarness(overrides);
  const cookie = await harness.cookie();
  const call = (path: string, options: Parameters<typeof raw>[2] = {}) =>
    raw(harness!.cloud.url, path, { ...options, headers: { cookie, ...options.headers } });
  return { harness, cookie, call };
}

const filters = `/api/v3/${N4.project}/vpc/traffic-mirror-filters`;

describe('the access link', () => {
  it('is printed as http://127.0.0.1:<port>/?token=<64 hex digits>', async () => {
    harness = await startHarness();
    expect(harness.cloud.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/);
  });

  it('sets an HttpOnly, SameSite=Strict cookie for / and redirects to the same address without the token', async () => {
    harness = await startHarness();
    const token = new URL(harness.cloud.link).searchParams.get('token');
    const answer = await raw(harness.cloud.url, `/sessions/abc?view=list&token=${token}`);
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe('/sessions/abc?view=list');
    expect(answer.headers['set-cookie']?.[0]).toMatch(
      /^tm-console-access-\d+=[0-9a-f]{64}; HttpOnly; SameSite=Strict; Path=\/$/,
    );
  });

  it('a wrong token sets no cookie', async () => {
    harness = await startHarness();
    const answer = await raw(harness.cloud.url, `/?token=${'0'.repeat(64)}`);
    expect(answer.headers['set-cookie']).toBeUndefined();
    expect(answer.status).toBe(200);
  });

  it.each([
    ['no cookie', undefined],
    ['a wrong cookie', 'tm-console-access-1=abc'],
  ])('the API answers 401 CONSOLE.0401 to a request with %s', async (_name, cookie) => {
    harness = await startHarness();
    const answer = await raw(harness.cloud.url, '/api/v3/projects', { headers: cookie ? { cookie } : {} });
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.text)).toEqual({
      error_code: 'CONSOLE.0401',
      error_msg:
        'This console needs its access link. Open the link that npm run cloud printed (it ends with ?token=...).',
      request_id: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });
});

describe('forwarding to the cloud, signed', () => {
  it('a GET reaches the cloud signed (the mock checks the signature) and comes back with its request id', async () => {
    const { call } = await signedIn();
    const projects = await call('/api/v3/projects');
    expect(projects.status).toBe(200);
    expect(
      (JSON.parse(projects.text) as { projects: { name: string }[] }).projects.map((p) => p.name),
    ).toContain('cn-north-4');
    const listed = await call(`${filters}?limit=1`);
    expect(listed.status).toBe(200);
    expect(listed.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.parse(listed.text)).toMatchObject({ traffic_mirror_filters: [expect.any(Object)] });
  });

  it('a POST reaches the cloud with its body, and the write is logged as one line', async () => {
    const { call, harness: h } = await signedIn();
    const created = await call(filters, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ traffic_mirror_filter: { name: 'through-the-proxy' } }),
    });
    expect(created.status).toBe(201);
    expect(JSON.parse(created.text)).toMatchObject({ traffic_mirror_filter: { name: 'through-the-proxy' } });
    expect(h.logged).toEqual([
      expect.stringMatching(
        new RegExp(
          `^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z POST /v3/${N4.project}/vpc/traffic-mirror-filters 201 ${created.headers['x-request-id']}$`,
        ),
      ),
    ]);
  });

  it("passes the cloud's errors through unchanged: status, body and request id", async () => {
    const { call } = await signedIn();
    const missing = await call(`${filters}/00000000-0000-4000-8000-000000000000`);
    expect(missing.status).toBe(404);
    const body = JSON.parse(missing.text) as { error_code: string; request_id: string };
    expect(body.error_code).toBe('TM.0004');
    expect(missing.headers['x-request-id']).toBe(body.request_id);
  });

  it("passes IAM's refusal through when the credentials are wrong", async () => {
    const { call } = await signedIn({ credentials: { ak: TEST_AK, sk: 'not-the-secret' } });
    const answer = await call(`${filters}?limit=1`);
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.text)).toMatchObject({ error_code: 'APIGW.0301' });
  });

  it('a path without a project goes to the region the page names in X-Console-Region, one of the account', async () => {
    const { call } = await signedIn();
    const peerings = await call('/api/v2.0/vpc/peerings', { headers: { 'x-console-region': 'cn-north-4' } });
    expect(peerings.status).toBe(200);
    expect(JSON.parse(peerings.text)).toMatchObject({ peerings: expect.any(Array) });
    for (const headers of [{}, { 'x-console-region': 'mars-west-1' }] as Record<string, string>[]) {
      const refused = await call('/api/v2.0/vpc/peerings', { headers });
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.text)).toMatchObject({
        error_code: 'CONSOLE.0400',
        error_msg: expect.stringContaining('cn-north-4'),
      });
    }
  });

  it('a project id that is not one of the account is refused with 404 CONSOLE.0404', async () => {
    const { call } = await signedIn();
    const answer = await call('/api/v1/0123456789abcdef/ports');
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.text)).toMatchObject({ error_code: 'CONSOLE.0404' });
  });
});

describe('TM_READ_ONLY=1', () => {
  it.each(['POST', 'PUT', 'DELETE'])('refuses %s with 403 CONSOLE.0403 and still reads', async (method) => {
    const { call } = await signedIn({ readOnly: true });
    const path = method === 'POST' ? filters : `${filters}/${N4.filters.table2}`;
    const refused = await call(path, { method, body: method === 'DELETE' ? undefined : '{}' });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.text)).toMatchObject({
      error_code: 'CONSOLE.0403',
      error_msg:
        'The console is read-only (TM_READ_ONLY=1): nothing can be changed. Restart npm run cloud without TM_READ_ONLY to make changes.',
    });
    expect((await call(filters)).status).toBe(200);
  });
});
