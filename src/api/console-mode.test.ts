import { describe, expect, it } from 'vitest';
import { parseConsoleMode } from './console-mode';

describe('parseConsoleMode', () => {
  it.each([
    ['no meta tag', null, { mode: 'demo' }],
    ['empty', '', { mode: 'demo' }],
    ['not JSON', '{mode:cloud', { mode: 'demo' }],
    ['JSON but not an object', '"cloud"', { mode: 'demo' }],
    ['the demo', '{"mode":"demo"}', { mode: 'demo' }],
    [
      'the cloud, read-only',
      '{"mode":"cloud","endpoint":"http://127.0.0.1:8090","readOnly":true,"account":"AKIA…"}',
      { mode: 'cloud', endpoint: 'http://127.0.0.1:8090', readOnly: true, account: 'AKIA…' },
    ],
    [
      'the cloud with fields missing',
      '{"mode":"cloud"}',
      { mode: 'cloud', endpoint: 'Huawei Cloud', readOnly: false, account: '' },
    ],
    [
      'readOnly that is not a boolean true',
      '{"mode":"cloud","endpoint":"e","readOnly":"yes","account":"a"}',
      { mode: 'cloud', endpoint: 'e', readOnly: false, account: 'a' },
    ],
  ])('%s', (_, content, want) => {
    expect(parseConsoleMode(content)).toEqual(want);
  });
});
