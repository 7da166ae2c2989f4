import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../scripts/vite/content-security-policy';
import { MODE_META_NAME } from './mode-meta';
import { raw, startHarness, TEST_AK, type CloudHarness } from './test-cloud-server';

let harness: CloudHarness;
beforeAll(async () => {
  harness = await startHarness({ readOnly: true });
});
afterAll(() => harness.close());

const get = (path: string, method = 'GET') => raw(harness.cloud.url, path, { method });

function modeOf(html: string): unknown {
  const meta = new RegExp(`<head>\\s*<meta name="${MODE_META_NAME}" content="([^"]*)">`).exec(html);
  const text = (meta?.[1] ?? '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return JSON.parse(text);
}

describe('the console page', () => {
  it('tells the page its mode in a meta tag, the first child of <head>, with the AK masked', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(modeOf(page.text)).toEqual({
      mode: 'cloud',
      endpoint: harness.mock.url,
      readOnly: true,
      account: `${TEST_AK.slice(0, 4)}…`,
    });
    expect(page.text).not.toContain(TEST_AK);
  });

  it("sends the build's Content-Security-Policy as a header", async () => {
    for (const path of ['/', '/assets/index-abc123.js', '/api/v3/projects'])
      expect((await get(path)).headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each(['/sessions', '/sessions/abc/edit', '/filters?x=1', '/docs/'])(
    'answers the page path %s with index.html (deep links)',
    async (path) => {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(modeOf(page.text)).toMatchObject({ mode: 'cloud' });
    },
  );

  it.each([
    ['/assets/index-abc123.js', 'text/javascript; charset=utf-8', 'console.log'],
    ['/favicon.svg', 'image/svg+xml', '<svg'],
    ['/docs/notes.txt', 'text/plain; charset=utf-8', 'notes'],
  ])('serves %s as %s', async (path, type, start) => {
    const file = await get(path);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe(type);
    expect(file.text).toContain(start);
  });

  it.each(['/assets/missing.js', '/assets/', '/nothing.css'])(
    'answers a missing asset %s with 404',
    async (path) => {
      const answer = await get(path);
      expect(answer.status).toBe(404);
      expect(answer.text).not.toContain('index-abc123.js');
    },
  );

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/assets/%2E%2E/%2e%2e/package.json',
    '/assets/..%2f..%2fpackage.json',
    '/assets/..%5c..%5cpackage.json',
  ])('refuses the traversal %s with 404', async (path) => {
    const answer = await get(path);
    expect(answer.status).toBe(404);
    expect(answer.text).not.toContain('"devDependencies"');
  });

  it('takes only GET and HEAD', async () => {
    expect((await get('/', 'POST')).status).toBe(405);
    expect((await get('/favicon.svg', 'HEAD')).status).toBe(200);
  });
});
