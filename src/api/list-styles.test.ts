/**
 * Each paging style followed to its last page against the mock backend (which pages as the
 * real services do), with pages small enough that every list needs several requests.
 */
import { createTestBackend, type TestBackend } from '@/mock-api/testing/test-backend';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listByLastId, listByNextLink, listByPageNumber, nextLinkMarker } from './list-styles';

let t: TestBackend;
/** The first region's project, as a client learns it: from `GET /v3/projects`. */
let P = '';
const requests: string[] = [];
beforeAll(async () => {
  t = await createTestBackend();
  P = ((await t.call('GET', '/v3/projects')).body.projects as { id: string }[])[0]!.id;
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
    requests.push(input);
    return t.backend(new Request(new URL(input, 'http://localhost'), init));
  });
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await t.close();
});

const idsOf = (items: { id: string }[]) => items.map((item) => item.id);

describe('paging styles', () => {
  it('VPC v1: follows the last id until a short page', async () => {
    const all = (await t.call('GET', `/v1/${P}/ports`)).body.ports as { id: string }[];
    requests.length = 0;
    const read = await listByLastId<{ id: string }>(`/v1/${P}/ports`, 'ports', undefined, {}, 4);
    expect(idsOf(read)).toEqual(idsOf(all));
    expect(requests.length).toBe(Math.floor(all.length / 4) + 1);
  });

  it('ECS: asks page after page until it has count servers', async () => {
    const count = (await t.call('GET', `/v1/${P}/cloudservers/detail`)).body.count as number;
    requests.length = 0;
    const read = await listByPageNumber<{ id: string }>(
      `/v1/${P}/cloudservers/detail`,
      'servers',
      undefined,
      2,
    );
    expect(read.length).toBe(count);
    expect(new Set(idsOf(read)).size).toBe(count);
    expect(requests[1]).toContain('offset=2');
  });

  it('peerings: follows the next link', async () => {
    const all = (await t.call('GET', '/v2.0/vpc/peerings')).body.peerings as { id: string }[];
    expect(all.length).toBeGreaterThan(1);
    requests.length = 0;
    const read = await listByNextLink<{ id: string }>('/v2.0/vpc/peerings', 'peerings', undefined, 1);
    expect(idsOf(read)).toEqual(idsOf(all));
    expect(requests.length).toBe(all.length);
  });

  it.each([
    [[{ rel: 'next', href: 'https://vpc.example/v2.0/vpc/peerings?limit=1&marker=abc' }], 'abc'],
    [[{ rel: 'previous', href: 'https://vpc.example/v2.0/vpc/peerings?marker=abc' }], undefined],
    [[], undefined],
    [undefined, undefined],
    [[{ rel: 'next', href: 42 }], undefined],
  ])('the marker of the next link in %j is %s', (links, marker) => {
    expect(nextLinkMarker(links)).toBe(marker);
  });
});
