import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeSession } from '@/domain/model/test-fixtures';
import type { TrafficMirrorSession } from '@/domain/model/types';
import {
  applyChangeNotice,
  applyChangeNotices,
  queueChangeNotices,
  type ChangeNotice,
} from './change-notices';
import { filterKeys } from './filters';
import { inventoryKeys } from './inventory';
import { quotaKeys } from './quotas';
import { sessionKeys } from './sessions-keys';

const P = 'project-1';
const a = makeSession({ id: 'a', name: 'a', description: 'old' });
const b = makeSession({ id: 'b', name: 'b' });

let client: QueryClient;
const list = () => client.getQueryData<TrafficMirrorSession[]>(sessionKeys.list(P));
const stale = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated ?? false;
const notice = (change: Partial<ChangeNotice>): ChangeNotice => ({
  project_id: P,
  resource: 'traffic_mirror_sessions',
  ...change,
});

beforeEach(() => {
  client = new QueryClient();
  client.setQueryData(sessionKeys.list(P), [a, b]);
  client.setQueryData(quotaKeys.all(P), []);
  client.setQueryData(filterKeys.list(P), []);
  client.setQueryData(inventoryKeys.list(P, 'ports'), []);
});

describe('applyChangeNotice', () => {
  it("replaces the one session a PUT answered, in the list and in the session's own entry", async () => {
    const changed = { ...a, description: 'new' };
    await applyChangeNotice(client, notice({ method: 'PUT', id: 'a', item: { ...changed } }));
    expect(list()?.map((s) => s.description)).toEqual(['new', b.description]);
    expect(list()?.[1]).toBe(b);
    expect(client.getQueryData(sessionKeys.detail(P, 'a'))).toEqual(changed);
    expect(stale(sessionKeys.list(P))).toBe(false);
  });

  it('refreshes the quotas only when the usage they count changed', async () => {
    await applyChangeNotice(client, notice({ method: 'PUT', id: 'a', item: { ...a, enabled: false } }));
    expect(stale(quotaKeys.all(P))).toBe(false);
    await applyChangeNotice(
      client,
      notice({ method: 'PUT', id: 'a', item: { ...a, traffic_mirror_target_id: 'other' } }),
    );
    expect(stale(quotaKeys.all(P))).toBe(true);
  });

  it('appends a created session and refreshes the quotas', async () => {
    const c = makeSession({ id: 'c', name: 'c' });
    await applyChangeNotice(client, notice({ method: 'POST', id: 'c', item: { ...c } }));
    expect(list()?.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(stale(quotaKeys.all(P))).toBe(true);
  });

  it('removes a deleted session without listing again', async () => {
    client.setQueryData(sessionKeys.detail(P, 'b'), b);
    await applyChangeNotice(client, notice({ method: 'DELETE', id: 'b' }));
    expect(list()?.map((s) => s.id)).toEqual(['a']);
    expect(stale(sessionKeys.detail(P, 'b'))).toBe(true);
    expect(stale(sessionKeys.list(P))).toBe(false);
    expect(stale(quotaKeys.all(P))).toBe(true);
  });

  it('refreshes the sessions when a session notice carries no item', async () => {
    await applyChangeNotice(client, notice({ method: 'PUT', id: 'a' }));
    expect(stale(sessionKeys.list(P))).toBe(true);
  });

  it.each([
    ['traffic_mirror_filters', [filterKeys.list(P), quotaKeys.all(P)], [sessionKeys.list(P)]],
    ['traffic_mirror_filter_rules', [filterKeys.list(P)], [sessionKeys.list(P)]],
    ['security_group_rules', [inventoryKeys.list(P, 'ports')], [sessionKeys.list(P), filterKeys.list(P)]],
    ['firewalls', [inventoryKeys.list(P, 'ports')], [quotaKeys.all(P)]],
  ])('a %s write refreshes what it can change and nothing else', async (resource, changed, kept) => {
    await applyChangeNotice(client, { project_id: P, resource, method: 'POST' });
    for (const key of changed) expect(stale(key)).toBe(true);
    for (const key of kept) expect(stale(key)).toBe(false);
  });

  it('refreshes everything after a store-wide write (reset, import, large data set)', async () => {
    await applyChangeNotice(client, { project_id: '*', resource: 'all', method: 'POST' });
    for (const key of [sessionKeys.list(P), filterKeys.list(P), quotaKeys.all(P)])
      expect(stale(key)).toBe(true);
  });
});

describe('notices in batches', () => {
  afterEach(() => vi.useRealTimers());

  it("keeps each session's last change: saved then deleted is gone, deleted is not brought back", async () => {
    await applyChangeNotices(client, [
      notice({ method: 'PUT', id: 'a', item: { ...a, name: 'renamed' } }),
      notice({ method: 'DELETE', id: 'a' }),
      notice({ method: 'PUT', id: 'b', item: { ...b, enabled: false } }),
    ]);
    expect(list()?.map((s) => [s.id, s.enabled])).toEqual([['b', false]]);
  });

  it('looks the sessions of a batch up in one pass over the cached list, not one per notice', async () => {
    const many = Array.from({ length: 50 }, (_, i) => makeSession({ id: `s${i}`, name: `s${i}` }));
    client.setQueryData(sessionKeys.list(P), many);
    const read = vi.spyOn(client, 'getQueryData');
    const disabled = many.map((s) => notice({ method: 'PUT', id: s.id, item: { ...s, enabled: false } }));
    await applyChangeNotices(client, disabled);
    const listKey = JSON.stringify(sessionKeys.list(P));
    expect(read.mock.calls.filter(([key]) => JSON.stringify(key) === listKey)).toHaveLength(1);
    expect(list()?.map((s) => s.enabled)).toEqual(many.map(() => false));
    expect(stale(quotaKeys.all(P))).toBe(false);
  });

  it("marks the deleted sessions' own entries stale in one pass over the cache, not one per delete", async () => {
    const many = Array.from({ length: 60 }, (_, i) => makeSession({ id: `s${i}`, name: `s${i}` }));
    client.setQueryData(sessionKeys.list(P), many);
    for (const s of many) client.setQueryData(sessionKeys.detail(P, s.id), s);
    const scans = vi.spyOn(client.getQueryCache(), 'findAll');
    const gone = many.slice(0, 50);
    await applyChangeNotices(
      client,
      gone.map((s) => notice({ method: 'DELETE', id: s.id })),
    );
    expect(scans.mock.calls.length).toBeLessThan(10);
    expect(many.map((s) => stale(sessionKeys.detail(P, s.id)))).toEqual(many.map((_, i) => i < 50));
    expect(list()?.map((s) => s.id)).toEqual(many.slice(50).map((s) => s.id));
  });

  it('a burst of notices changes the list once, after the interval', async () => {
    vi.useFakeTimers();
    const writes = vi.fn();
    client.getQueryCache().subscribe((event) => {
      if (
        event.type === 'updated' &&
        event.action.type === 'success' &&
        event.query.queryKey.at(-1) === 'list'
      )
        writes();
    });
    const give = queueChangeNotices(client, 100);
    for (let i = 0; i < 50; i++)
      give(notice({ method: 'PUT', id: 'a', item: { ...a, description: `d${i}` } }));
    expect(list()?.[0]?.description).toBe('old');
    await vi.advanceTimersByTimeAsync(100);
    expect(list()?.[0]?.description).toBe('d49');
    expect(writes).toHaveBeenCalledTimes(1);
  });
});

describe('notices during a bulk change', () => {
  afterEach(() => vi.useRealTimers());

  it('wait until the bulk change ends, then apply at once', async () => {
    vi.useFakeTimers();
    let finish = () => undefined as void;
    const running = client
      .getMutationCache()
      .build(client, {
        mutationKey: sessionKeys.bulkChange(),
        mutationFn: () => new Promise<void>((resolve) => (finish = resolve)),
      })
      .execute(undefined);
    const give = queueChangeNotices(client, 100);
    give(notice({ method: 'PUT', id: 'a', item: { ...a, description: 'during the run' } }));
    await vi.advanceTimersByTimeAsync(500);
    expect(list()?.[0]?.description).toBe('old');
    finish();
    await running;
    await vi.advanceTimersByTimeAsync(100);
    expect(list()?.[0]?.description).toBe('during the run');
  });
});
