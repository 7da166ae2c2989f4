import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MockDb, SCHEMA_VERSIONS, mirroringRowsOf } from './db';
import { demoData } from '../seed/demo-data';
import { CN_NORTH_4 as N4 } from '../seed/seed-ids';
import { readStoreData, replaceStoreData } from './store-data';
import type { SessionRow } from './rows';
import { CHANGES_CHANNEL, postChange, subscribeToChanges, type MockChange } from './changes';

const opened: MockDb[] = [];
const open = (name: string, versions = SCHEMA_VERSIONS) => {
  const db = new MockDb(name, versions);
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('the store', () => {
  it('keeps its data when reopened (a reload)', async () => {
    const first = open('db-reload');
    await replaceStoreData(first, demoData());
    first.close();
    const second = open('db-reload');
    expect(await second.sessions.count()).toBe(4);
    expect((await readStoreData(second)).sessions.map((s) => s.id)).toContain(N4.sessions.figure1);
  });

  it('migrates a version 1 database: rows kept, project queries served by the compound index', async () => {
    const v1 = open('db-migrate', SCHEMA_VERSIONS.slice(0, 1));
    await replaceStoreData(v1, demoData());
    v1.close();
    const latest = open('db-migrate');
    expect(latest.verno).toBe(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version);
    const indexes = (await latest.open()).tables.find((table) => table.name === 'sessions')?.schema.indexes;
    expect(indexes?.map((index) => index.name)).toEqual([
      '[project_id+created_at+id]',
      'traffic_mirror_sources',
      'traffic_mirror_target_id',
      'traffic_mirror_filter_id',
    ]);
    const mine = await mirroringRowsOf(latest.sessions, N4.project).toArray();
    expect(mine.map((s) => s.id)).toEqual([N4.sessions.figure1, N4.sessions.idsEni, N4.sessions.paused]);
    expect(await latest.rules.where('traffic_mirror_filter_id').equals(N4.filters.web).count()).toBe(6);
  });

  it('upgrades a version 4 database with session lookups by source, target and filter over the rows already there', async () => {
    const v4 = open('db-lookups', SCHEMA_VERSIONS.slice(0, 4));
    await replaceStoreData(v4, demoData());
    v4.close();
    const latest = open('db-lookups');
    const figure1 = (await latest.sessions.get(N4.sessions.figure1))!;
    const [source] = figure1.traffic_mirror_sources;
    const all = await latest.sessions.toArray();
    const lookups: [string, string, (s: SessionRow) => boolean][] = [
      ['traffic_mirror_sources', source!, (s) => s.traffic_mirror_sources.includes(source!)],
      [
        'traffic_mirror_target_id',
        figure1.traffic_mirror_target_id,
        (s) => s.traffic_mirror_target_id === figure1.traffic_mirror_target_id,
      ],
      [
        'traffic_mirror_filter_id',
        figure1.traffic_mirror_filter_id,
        (s) => s.traffic_mirror_filter_id === figure1.traffic_mirror_filter_id,
      ],
    ];
    for (const [index, value, matches] of lookups) {
      const found = await latest.sessions.where(index).equals(value).primaryKeys();
      expect(found.sort(), index).toEqual(
        all
          .filter(matches)
          .map((s) => s.id)
          .sort(),
      );
    }
    expect(await latest.sessions.count()).toBe(4);
  });

  it('replaces everything or nothing', async () => {
    const db = open('db-atomic');
    await replaceStoreData(db, demoData());
    const broken = demoData();
    broken.vpcs.push({ ...broken.vpcs[0]!, name: 'duplicate id' });
    await expect(replaceStoreData(db, broken)).rejects.toThrow();
    expect(await db.vpcs.count()).toBe(demoData().vpcs.length);
    expect(await db.sessions.count()).toBe(4);
  });
});

describe('change notices', () => {
  it('reach every subscriber on the channel, and no longer reach one that stopped listening', async () => {
    expect(CHANGES_CHANNEL).toBe('traffic-mirror-console:mock-api:changes');
    const received: MockChange[] = [];
    const stop = subscribeToChanges((change) => received.push(change));
    postChange('p-1', 'traffic_mirror_sessions');
    await expect.poll(() => received.length).toBe(1);
    expect(received[0]).toMatchObject({
      type: 'mock-api-change',
      project_id: 'p-1',
      resource: 'traffic_mirror_sessions',
    });
    stop();
    // A subscriber still listening hears the next notice; by then the stopped one would have too.
    const after: MockChange[] = [];
    const stopAfter = subscribeToChanges((change) => after.push(change));
    postChange('p-1', 'traffic_mirror_filters');
    await expect.poll(() => after.length).toBe(1);
    stopAfter();
    expect(received).toHaveLength(1);
  });
});
