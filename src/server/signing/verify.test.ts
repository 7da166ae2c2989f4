import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signRequest, type SignableRequest } from './sign';
import { signWithSdk } from './test-sdk-oracle';
import { parseSdkDate, verifyRequest, type RefusalReason } from './verify';

const AK = 'HPUAEXAMPLEAK0000001';
const SK = 'exampleSecretKey0000000000000000000000001';
const NOW = new Date('2026-03-04T05:06:07Z');
const secretOf = (ak: string) => (ak === AK ? SK : undefined);
const MINUTE = 60_000;

const BASE: SignableRequest = {
  method: 'POST',
  url: 'http://127.0.0.1:8090/v3/p1/vpc/traffic-mirror-filters?limit=2&id=b&id=a',
  headers: { 'Content-Type': 'application/json', 'X-Project-Id': 'p1' },
  body: '{"traffic_mirror_filter":{"name":"f1"}}',
};

/** The request as received: the caller's headers plus the signature and Host. */
function signed(request: SignableRequest, key: { sk?: string; date?: Date; securityToken?: string } = {}) {
  const added = signRequest(request, {
    ak: AK,
    sk: key.sk ?? SK,
    date: key.date ?? NOW,
    securityToken: key.securityToken,
  });
  return { ...request, headers: { ...request.headers, host: new URL(request.url).host, ...added } };
}

function reasonOf(request: SignableRequest, now = NOW): RefusalReason | 'ok' {
  const result = verifyRequest(request, secretOf, now);
  return result.ok ? 'ok' : result.reason;
}

describe('verifyRequest', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('accepts what signRequest makes, with and without a security token', () => {
    expect(verifyRequest(signed(BASE), secretOf, NOW)).toEqual({ ok: true, ak: AK });
    expect(reasonOf(signed(BASE, { securityToken: 'tok' }))).toBe('ok');
    expect(reasonOf(signed({ method: 'GET', url: 'http://h/' }))).toBe('ok');
  });

  it('accepts what the official SDK makes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    const sdk = await signWithSdk(
      {
        method: 'PUT',
        endpoint: 'http://127.0.0.1:8090',
        path: '/v3/{project_id}/vpc/traffic-mirror-sessions/s1',
        projectId: 'p1',
        securityToken: 'temporary-token',
        query: { tag: ['b', 'é'] },
        data: { traffic_mirror_session: { name: 'Ünïcode', priority: 3 } },
      },
      AK,
      SK,
    );
    expect(reasonOf({ method: 'PUT', url: sdk.url, headers: sdk.headers, body: sdk.body })).toBe('ok');
  });

  const tamperings: [string, (r: SignableRequest) => SignableRequest][] = [
    ['the body', (r) => ({ ...r, body: '{"traffic_mirror_filter":{"name":"f2"}}' })],
    ['the query', (r) => ({ ...r, url: String(r.url).replace('limit=2', 'limit=3') })],
    ['an added query key', (r) => ({ ...r, url: `${String(r.url)}&name=x` })],
    ['the path', (r) => ({ ...r, url: String(r.url).replace('/p1/', '/p2/') })],
    ['the method', (r) => ({ ...r, method: 'PUT' })],
    ['a signed header', (r) => ({ ...r, headers: { ...r.headers, 'X-Project-Id': 'p2' } })],
    ['the date header', (r) => ({ ...r, headers: { ...r.headers, 'X-Sdk-Date': '20260304T050608Z' } })],
  ];

  it.each(tamperings)('refuses a change of %s', (_name, tamper) => {
    expect(reasonOf(tamper(signed(BASE)))).toBe('signature-mismatch');
  });

  it('refuses a signature made with another secret key', () => {
    const result = verifyRequest(signed(BASE, { sk: 'wrong' }), secretOf, NOW);
    expect(result).toMatchObject({ ok: false, reason: 'signature-mismatch' });
    expect(result.ok || result.message).toMatch(/signature does not match.*AK\/SK/);
  });

  it.each([
    ['16 minutes old', -16, 'date-skew'],
    ['16 minutes ahead', 16, 'date-skew'],
    ['15 minutes old', -15, 'ok'],
    ['15 minutes ahead', 15, 'ok'],
  ] as const)('a signing time %s: %s', (_name, minutes, expected) => {
    expect(reasonOf(signed(BASE, { date: new Date(NOW.getTime() + minutes * MINUTE) }))).toBe(expected);
  });

  it('says which way the clock is off', () => {
    const old = verifyRequest(signed(BASE, { date: new Date(NOW.getTime() - 60 * MINUTE) }), secretOf, NOW);
    expect(old.ok || old.message).toMatch(/more than 15 minutes older/);
  });

  const malformed: [string, Record<string, string>, RefusalReason][] = [
    ['no Authorization', { Authorization: '' }, 'bad-format'],
    ['another algorithm', { Authorization: 'AWS4-HMAC-SHA256 Credential=x' }, 'bad-format'],
    ['no signature', { Authorization: `SDK-HMAC-SHA256 Access=${AK}, SignedHeaders=host` }, 'bad-format'],
    [
      'an unknown access key',
      { Authorization: `SDK-HMAC-SHA256 Access=OTHER, SignedHeaders=host, Signature=${'0'.repeat(64)}` },
      'unknown-ak',
    ],
    ['no X-Sdk-Date', { 'X-Sdk-Date': '' }, 'date-missing'],
    ['an X-Sdk-Date in another format', { 'X-Sdk-Date': '2026-03-04T05:06:07Z' }, 'date-missing'],
    ['an impossible X-Sdk-Date', { 'X-Sdk-Date': '20260231T050607Z' }, 'date-missing'],
  ];

  it.each(malformed)('refuses %s', (_name, change, expected) => {
    const request = signed(BASE);
    const headers = Object.fromEntries(
      Object.entries({ ...request.headers, ...change }).filter(([, value]) => value !== ''),
    );
    expect(reasonOf({ ...request, headers })).toBe(expected);
  });

  it('refuses a request that lacks a signed header', () => {
    const request = signed(BASE);
    const { 'X-Project-Id': _dropped, ...headers } = request.headers as Record<string, string>;
    const result = verifyRequest({ ...request, headers }, secretOf, NOW);
    expect(result).toMatchObject({ ok: false, reason: 'header-missing' });
    expect(result.ok || result.message).toContain('x-project-id');
  });

  it('holds the body to X-Sdk-Content-Sha256 unless it is UNSIGNED-PAYLOAD', () => {
    const unsigned = signed({
      ...BASE,
      headers: { ...BASE.headers, 'X-Sdk-Content-Sha256': 'UNSIGNED-PAYLOAD' },
    });
    expect(reasonOf({ ...unsigned, body: 'anything' })).toBe('ok');
    const declared = signed({
      ...BASE,
      headers: { ...BASE.headers, 'X-Sdk-Content-Sha256': 'ab'.repeat(32) },
    });
    expect(reasonOf(declared)).toBe('signature-mismatch');
  });

  it('accepts any signed request and refuses it once a byte of the body changes (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }), fc.nat(), (body, at) => {
        const request = signed({ ...BASE, body });
        expect(reasonOf(request)).toBe('ok');
        const bytes = new TextEncoder().encode(body);
        const index = at % bytes.length;
        bytes[index] = (bytes[index] ?? 0) ^ 1;
        expect(reasonOf({ ...request, body: bytes })).toBe('signature-mismatch');
      }),
    );
  });
});

describe('parseSdkDate', () => {
  it.each([
    ['20260102T030405Z', '2026-01-02T03:04:05.000Z'],
    ['20240229T000000Z', '2024-02-29T00:00:00.000Z'],
    ['20230229T000000Z', undefined],
    ['20260102T030405', undefined],
    ['2026-01-02T03:04:05Z', undefined],
  ])('%s -> %s', (value, expected) => {
    expect(parseSdkDate(value)?.toISOString()).toBe(expected);
  });
});
