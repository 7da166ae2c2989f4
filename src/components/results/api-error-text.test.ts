import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseApiError } from '@/api/api-error';
import { translatorFor } from '@/i18n/testing';
import { apiErrorText, REFUSAL_MESSAGES } from './api-error-text';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');

/** A refusal as the console reads it from an error body. */
const refusal = (body: object, status = 409) =>
  parseApiError(status, '', new Headers(), JSON.stringify({ request_id: 'r-1', ...body }));

const filterInUse = {
  error_code: 'TM.0006',
  error_msg: 'This filter is used by session "web". Delete the session or give it another filter first.',
  message_id: 'filter.inUse',
  params: { count: 1, names: [{ id: 'label.quoted', params: { name: 'web' } }] },
};

describe('apiErrorText', () => {
  it('says a refusal that carries its message id in the console language, and as the API said it in English', () => {
    expect(apiErrorText(zh, refusal(filterInUse))).toBe(
      '此镜像筛选条件正被镜像会话“web”使用。请先删除该镜像会话，或为其更换镜像筛选条件。',
    );
    expect(apiErrorText(en, refusal(filterInUse))).toBe(filterInUse.error_msg);
  });

  it.each(Object.entries(REFUSAL_MESSAGES))(
    'says a known code (%s) without message ids in Chinese, and keeps the API text in English',
    (code, id) => {
      const error = refusal({ error_code: code, error_msg: 'Something the real cloud said.' });
      const chinese = apiErrorText(zh, error);
      expect(chinese).toBe(zh.t(id));
      expect(chinese).toMatch(/^[^A-Za-z]*[\u4e00-\u9fff][^a-z]*$/);
      expect(apiErrorText(en, error)).toBe('Something the real cloud said.');
    },
  );

  it('knows every code the cloud mode console server refuses with', () => {
    const server = readFileSync(resolve(__dirname, '../../server/cloud/console-errors.ts'), 'utf8');
    const codes = new Set(server.match(/CONSOLE\.\d{4}/g));
    expect(codes.size).toBeGreaterThan(5);
    for (const code of codes) expect(REFUSAL_MESSAGES, code).toHaveProperty([code]);
  });

  it("shows the API's text for a code it does not know, in every language", () => {
    const error = refusal({ error_code: 'VPC.0114', error_msg: 'The VNI is already in use.' });
    expect(apiErrorText(zh, error)).toBe('The VNI is already in use.');
    expect(apiErrorText(en, error)).toBe('The VNI is already in use.');
  });

  it('says a quota refusal with its numbers and the quota name in Chinese', () => {
    const label = { id: 'quota.sessions_per_region' };
    const error = refusal({
      error_code: 'TM.0005',
      error_msg: 'This region already has 12 mirror sessions …',
      message_id: 'quota.sessionsPerRegion',
      params: { label, value: 12, used: 12 },
    });
    expect(apiErrorText(zh, error)).toContain('配额“每个区域的镜像会话数”：12，已使用：12');
  });
});
