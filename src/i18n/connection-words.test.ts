import { describe, expect, it } from 'vitest';
import { connectionWords } from './connection-words';
import { translatorFor } from './testing';

describe('connectionWords', () => {
  const english = translatorFor('en').t;
  const chinese = translatorFor('zh-CN').t;

  it.each([
    [{ mode: 'demo' }, 'Demo data', /nothing here reaches a real cloud/],
    [{ mode: 'cloud', readOnly: false }, 'Huawei Cloud', /changes made here are made in the cloud/],
    [{ mode: 'cloud', readOnly: true }, 'Huawei Cloud', /read-only.*every change is refused/],
  ] as const)('%o is named %s', (kind, name, description) => {
    expect(connectionWords(english, kind).name).toBe(name);
    expect(connectionWords(english, kind).description).toMatch(description);
  });

  it('speaks Chinese with the Chinese catalog', () => {
    expect(connectionWords(chinese, { mode: 'demo' }).name).toBe('演示数据');
    expect(connectionWords(chinese, { mode: 'cloud', readOnly: true }).description).toMatch(/只读/);
  });
});
