import { describe, expect, it } from 'vitest';
import type { ApiError } from './api-error';
import { apiPathOf, findRoute, type Route } from './router';
import { parseListQuery, rowMatches, toPage } from './paging';

describe('apiPathOf', () => {
  it.each([
    ['/v3/projects', '/v3/projects'],
    ['/api/v3/projects', '/v3/projects'],
    ['/console/api/v1/p/vpcs', '/v1/p/vpcs'],
    ['/console/api/v2.0/vpc/peerings/', '/v2.0/vpc/peerings'],
    ['/api/mock-admin/settings', '/mock-admin/settings'],
    ['/v3', '/v3'],
    ['/console/v3/projects', null],
    ['/assets/index.js', null],
    ['/apiv3/projects', null],
    ['/v30/projects', null],
  ])('%s -> %s', (pathname, expected) => {
    expect(apiPathOf(pathname)).toBe(expected);
  });
});

describe('findRoute', () => {
  const handler = async () => ({ status: 200 as const, body: {} });
  const routes: Route[] = [
    { method: 'GET', pattern: '/v3/:project_id/things', handler },
    { method: 'POST', pattern: '/v3/:project_id/things', handler },
    { method: 'GET', pattern: '/v3/:project_id/things/:id', handler },
  ];
  it('matches parameters, decoded', () => {
    expect(findRoute(routes, 'GET', '/v3/p%201/things/x').params).toEqual({ project_id: 'p 1', id: 'x' });
  });
  it('404 for an unknown path or a bad escape, 405 with the allowed methods', () => {
    const thrown = (method: string, path: string) => {
      try {
        findRoute(routes, method, path);
      } catch (error) {
        return error as ApiError;
      }
      throw new Error('expected an error');
    };
    expect(thrown('GET', '/v3/p/other').status).toBe(404);
    expect(thrown('GET', '/v3/%E0%A4%A/things').status).toBe(404);
    const wrong = thrown('DELETE', '/v3/p/things');
    expect([wrong.status, wrong.headers.Allow]).toEqual([405, 'GET, POST']);
  });
});

describe('paging helpers', () => {
  it('parses limit (0 = default 2000) and marker, collects repeated filters', () => {
    const query = parseListQuery(new URLSearchParams('limit=0&marker=m&name=a&name=b'));
    expect(query).toEqual({ limit: 2000, marker: 'm', filters: new Map([['name', ['a', 'b']]]) });
  });
  it('matches numbers, booleans, arrays and dotted fields; ignores unknown keys', () => {
    const row = { n: 5, on: true, list: ['x', 'y'], flavor: { id: 'c7t.large.2' } };
    expect(
      rowMatches(
        row,
        new Map([
          ['n', ['5']],
          ['on', ['true']],
          ['list', ['y']],
          ['flavor.id', ['c7t.large.2']],
        ]),
      ),
    ).toBe(true);
    expect(rowMatches(row, new Map([['unknown', ['1']]]))).toBe(true);
    expect(rowMatches(row, new Map([['n', ['6']]]))).toBe(false);
    expect(rowMatches(row, new Map([['flavor.id', ['s6.large.2']]]))).toBe(false);
  });
  it('builds page_info from limit + 1 rows', () => {
    expect(toPage([{ id: 'a' }, { id: 'b' }, { id: 'c' }], 2).page_info).toEqual({
      previous_marker: 'a',
      current_count: 2,
      next_marker: 'b',
    });
    expect(toPage([], 2).page_info).toEqual({ current_count: 0 });
  });
});
