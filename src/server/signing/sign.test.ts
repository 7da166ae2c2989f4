import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatSdkDate, signRequest } from './sign';
import { signWithSdk, type SdkRequestSpec } from './test-sdk-oracle';

const AK = 'HPUAEXAMPLEAK0000001';
const SK = 'exampleSecretKey0000000000000000000000001';
const DATE = new Date('2026-03-04T05:06:07Z');
const ENDPOINT = 'http://127.0.0.1:8090';
const SESSIONS = '/v3/{project_id}/vpc/traffic-mirror-sessions';

/** The headers the caller set before signing: what the SDK signed minus what signing adds. */
function callerHeaders(headers: Record<string, string>): Record<string, string> {
  const added = new Set(['authorization', 'x-sdk-date', 'host', 'x-security-token']);
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !added.has(name.toLowerCase())));
}

async function bothSignatures(spec: SdkRequestSpec, date = DATE) {
  vi.setSystemTime(date);
  const sdk = await signWithSdk(spec, AK, SK);
  const ours = signRequest(
    { method: spec.method, url: sdk.url, headers: callerHeaders(sdk.headers), body: sdk.body },
    { ak: AK, sk: SK, securityToken: spec.securityToken, date },
  );
  return { sdk, ours };
}

const big = { traffic_mirror_filter: { name: 'f', description: 'x'.repeat(200_000) } };

const CASES: [string, SdkRequestSpec][] = [
  ['GET a list', { method: 'GET', endpoint: ENDPOINT, path: SESSIONS, projectId: 'p1' }],
  [
    'GET with limit and marker',
    { method: 'GET', endpoint: ENDPOINT, path: SESSIONS, query: { limit: '2', marker: 'abc' } },
  ],
  [
    'GET with a repeated key',
    { method: 'GET', endpoint: ENDPOINT, path: SESSIONS, query: { id: ['b', 'a', 'c'], name: 'x' } },
  ],
  [
    'GET with unicode keys and values',
    { method: 'GET', endpoint: ENDPOINT, path: SESSIONS, query: { 名前: ['é ü', '😀+&='], 'a b': "!'()*" } },
  ],
  [
    'POST with a body',
    {
      method: 'POST',
      endpoint: ENDPOINT,
      path: SESSIONS,
      data: { traffic_mirror_session: { name: 's1', priority: 1 } },
    },
  ],
  ['POST with an empty object', { method: 'POST', endpoint: ENDPOINT, path: SESSIONS, data: {} }],
  ['POST with a large body', { method: 'POST', endpoint: ENDPOINT, path: SESSIONS, data: big }],
  [
    'PUT with a body',
    {
      method: 'PUT',
      endpoint: ENDPOINT,
      path: `${SESSIONS}/s1`,
      data: { traffic_mirror_session: { enabled: false } },
    },
  ],
  ['DELETE without body', { method: 'DELETE', endpoint: ENDPOINT, path: `${SESSIONS}/s1` }],
  ['path with a trailing slash', { method: 'GET', endpoint: ENDPOINT, path: `${SESSIONS}/` }],
  ['path at the root', { method: 'GET', endpoint: ENDPOINT, path: '/' }],
  [
    'temporary credentials',
    { method: 'GET', endpoint: ENDPOINT, path: SESSIONS, securityToken: 'token/with+symbols==' },
  ],
  [
    'extra headers, names sorting differently by locale',
    {
      method: 'GET',
      endpoint: ENDPOINT,
      path: SESSIONS,
      headers: { 'X-Custom': 'v', x_b: '1', x1: '2', 'X-Request-Trace': 'a b' },
    },
  ],
  [
    'endpoint on a default port',
    {
      method: 'GET',
      endpoint: 'https://vpc.cn-north-4.myhuaweicloud.com',
      path: '/v3/p1/vpc/traffic-mirror-filters',
    },
  ],
];

describe('signRequest agrees with the official SDK signer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each(CASES)('%s', async (_name, spec) => {
    const { sdk, ours } = await bothSignatures(spec);
    expect(ours.Authorization).toBe(sdk.headers.Authorization);
    expect(ours['X-Sdk-Date']).toBe(sdk.headers['X-Sdk-Date']);
    expect(ours['X-Security-Token']).toBe(spec.securityToken);
  });

  it('for any method, query, headers and body (property)', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    const headerName = fc.stringMatching(/^x-[a-z0-9_-]{1,12}$/);
    const headerText = fc.stringMatching(/^[!-~]([ -~]{0,20}[!-~])?$/);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<SdkRequestSpec['method']>('GET', 'POST', 'PUT', 'DELETE'),
        // Dot segments (`.`, `..`) are left out: URLs resolve them before sending.
        fc.array(fc.stringMatching(/^[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,9}$/), { maxLength: 4 }),
        fc.dictionary(text, fc.oneof(text, fc.array(text, { minLength: 1, maxLength: 3 })), { maxKeys: 4 }),
        fc.dictionary(headerName, headerText, { maxKeys: 3 }),
        fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        async (method, segments, query, headers, body, date) => {
          const data = body === undefined ? undefined : { value: body };
          const path = `/${segments.join('/')}`;
          const second = new Date(Math.floor(date.getTime() / 1000) * 1000);
          const { sdk, ours } = await bothSignatures(
            { method, endpoint: ENDPOINT, path, query, headers, data },
            second,
          );
          expect(ours.Authorization).toBe(sdk.headers.Authorization);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('formatSdkDate', () => {
  it.each([
    ['2026-01-02T03:04:05.678Z', '20260102T030405Z'],
    ['1999-12-31T23:59:59Z', '19991231T235959Z'],
  ])('%s -> %s', (iso, expected) => {
    expect(formatSdkDate(new Date(iso))).toBe(expected);
  });
});
