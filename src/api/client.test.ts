import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  apiRequest,
  rememberProjectRegions,
  REGION_HEADER,
  sendRequestsThrough,
  setRequestRegion,
} from './client';

let sent: { url: string; headers: Headers }[];

beforeEach(() => {
  sent = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ url, headers: new Headers(init.headers) });
    return Response.json({});
  });
  rememberProjectRegions([
    { id: 'p-beijing', name: 'cn-north-4' },
    { id: 'p-hongkong', name: 'ap-southeast-1' },
  ]);
  setRequestRegion('cn-north-4');
});
afterEach(() => vi.unstubAllGlobals());

describe('the region header', () => {
  it.each([
    ['a path without a project id (peerings) names the current region', '/v2.0/vpc/peerings', 'cn-north-4'],
    [
      'a path of another project names that project',
      '/v3/p-hongkong/vpc/traffic-mirror-sessions',
      'ap-southeast-1',
    ],
    ['a quota path of a project names it', '/v1/p-hongkong/quotas', 'ap-southeast-1'],
    ['an unknown project falls back to the current region', '/v3/p-other/vpc/ports', 'cn-north-4'],
  ])('%s', async (_, path, region) => {
    await apiRequest(path);
    expect(sent[0]?.headers.get(REGION_HEADER)).toBe(region);
  });

  it('is sent with writes too, beside the JSON content type', async () => {
    await apiRequest('/v3/p-beijing/vpc/traffic-mirror-filters', { method: 'POST', body: {} });
    expect(sent[0]?.headers.get(REGION_HEADER)).toBe('cn-north-4');
    expect(sent[0]?.headers.get('Content-Type')).toBe('application/json');
  });
});

describe('sendRequestsThrough', () => {
  afterEach(() => sendRequestsThrough((url, init) => fetch(url, init)));

  it('hands every request to the given sender instead of the network, as fetch would get it', async () => {
    const handed: { url: string; method?: string; body?: unknown }[] = [];
    sendRequestsThrough(async (url, init) => {
      handed.push({ url, method: init.method, body: init.body });
      return Response.json({ ok: true });
    });
    const answer = await apiRequest('/v3/p-beijing/vpc/traffic-mirror-filters', {
      method: 'POST',
      body: { a: 1 },
    });
    expect(answer).toEqual({ ok: true });
    expect(handed).toEqual([
      { url: '/api/v3/p-beijing/vpc/traffic-mirror-filters', method: 'POST', body: '{"a":1}' },
    ]);
    expect(sent).toEqual([]);
  });
});
