import { createTestBackend, type TestBackend } from './testing/test-backend';
import { afterEach, expect, it } from 'vitest';
import { createBackend } from './backend';
import { MockDb, mirroringRowsOf } from './store/db';
import { CN_NORTH_4 as N4 } from './seed/seed-ids';
import { N4_SESSIONS, sessionBody } from './testing/bodies';

let tab1: TestBackend;
const others: MockDb[] = [];
afterEach(async () => {
  for (const db of others.splice(0)) db.close();
  await tab1.close();
});

it('two tabs creating at the same time never exceed a quota (check and write in one transaction)', async () => {
  tab1 = await createTestBackend({ name: 'two-tabs' });
  await tab1.setQuotas(N4.project, { sessions_per_region: 5 });
  const db2 = new MockDb('two-tabs');
  others.push(db2);
  const tab2 = createBackend({ db: db2, sleep: async () => undefined, onChange: () => undefined });
  const sources = [N4.ports.webProd02, N4.ports.payApi01, N4.ports.payApi02Eth1, N4.ports.batchWorker01];
  const requests = Array.from({ length: 12 }, (_, i) => {
    const body = sessionBody({
      name: `race-${i}`,
      traffic_mirror_sources: [sources[i % 4]],
      priority: 100 + i,
    });
    const request = new Request(`http://localhost/api${N4_SESSIONS}`, {
      method: 'POST',
      body: JSON.stringify(body),
    });
    return i % 2 === 0 ? tab1.backend(request) : tab2(request);
  });
  const statuses = (await Promise.all(requests)).map((response) => response.status);
  expect(statuses.filter((s) => s === 201)).toHaveLength(2);
  expect(statuses.filter((s) => s === 409)).toHaveLength(10);
  expect(await mirroringRowsOf(tab1.db.sessions, N4.project).count()).toBe(5);
});
