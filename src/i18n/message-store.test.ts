import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_MESSAGES } from './testing';
import { createTranslator } from './translator';

/** A fresh store, as the console starts with it: English core only (the test setup's preload is not in it). */
async function freshStore() {
  vi.resetModules();
  return import('./message-store');
}

describe('message store', () => {
  beforeEach(() => vi.resetModules());

  it('starts with English core only; other areas arrive when loaded', async () => {
    const store = await freshStore();
    expect(store.loadedMessages('en')).toEqual(ALL_MESSAGES.en.core);
    expect(store.loadedMessages('zh-CN')).toEqual({});
  });

  it('a translator sees an area loaded after it was made', async () => {
    const store = await freshStore();
    const chinese = createTranslator('zh-CN', store.loadedMessages('zh-CN'));
    await store.loadMessages('zh-CN', ['core']);
    expect(chinese.t('nav.overview')).toBe('总览');
  });

  it('switching language loads every area the old language had, so open pages keep their words', async () => {
    const store = await freshStore();
    await store.loadMessages('en', ['tester']);
    await store.activateLocale('zh-CN');
    expect(store.loadedMessages('zh-CN')).toMatchObject({
      ...ALL_MESSAGES['zh-CN'].core,
      ...ALL_MESSAGES['zh-CN'].results,
      ...ALL_MESSAGES['zh-CN'].tester,
    });
    await store.loadPageMessages('inventory');
    expect(store.loadedMessages('zh-CN')).toMatchObject(ALL_MESSAGES['zh-CN'].inventory);
  });

  it('a message that is not loaded fails loudly outside production, naming the id', () => {
    expect(() => createTranslator('en', {}).t('nav.overview')).toThrow(/"nav.overview" is not loaded in en/);
  });
});
