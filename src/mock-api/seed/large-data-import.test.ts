import { createTestBackend, type TestBackend } from '../testing/test-backend';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStoreExport, type StoreExport } from '../services/store-transfer';
import { readSettings } from '../store/settings';

let t: TestBackend;
let exported: StoreExport;

beforeAll(async () => {
  t = await createTestBackend();
  expect((await t.call('POST', '/mock-admin/large-data-set')).status).toBe(200);
  exported = (await t.call('GET', '/mock-admin/export')).body as unknown as StoreExport;
  expect(exported.data.sessions.length).toBeGreaterThan(20000);
}, 120_000);
afterAll(() => t.close());

describe('the large data set, exported and imported back', () => {
  it('passes every import check; the figure is printed', async () => {
    const settings = await readSettings(t.db);
    const started = performance.now();
    const { data } = parseStoreExport(structuredClone(exported), settings);
    const elapsed = performance.now() - started;
    console.log(
      `import checks of ${data.sessions.length} sessions (${data.ports.length} interfaces): ${Math.round(elapsed)} ms`,
    );
    expect(data.sessions.length).toBe(exported.data.sessions.length);
  });

  it('is accepted and the store becomes the same again', async () => {
    const answer = await t.call('POST', '/mock-admin/import', exported);
    expect(answer.status, JSON.stringify(answer.body).slice(0, 500)).toBe(200);
    expect((await t.call('GET', '/mock-admin/export')).body.data).toEqual(exported.data);
  }, 120_000);
});
