import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/i18n/testing';
import {
  choiceText,
  deleteFailureMessage,
  discardedMessage,
  discardSummary,
  namesList,
  resumeText,
  reviewIntro,
  withCreatedFilter,
  type CreatedFilterRef,
} from './created-filters';

const web: CreatedFilterRef = { id: 'f-1', name: 'web-in' };
const db: CreatedFilterRef = { id: 'f-2', name: 'db-out' };
const dns: CreatedFilterRef = { id: 'f-3', name: 'dns' };
const en = translatorFor('en');
const zh = translatorFor('zh-CN');

describe('namesList', () => {
  it.each([
    ['en', ['a'], 'a'],
    ['en', ['a', 'b'], 'a and b'],
    ['en', ['a', 'b', 'c'], 'a, b and c'],
    ['zh-CN', ['a', 'b', 'c'], 'a、b和c'],
  ] as const)('%s %j reads %s', (locale, names, list) => {
    expect(namesList(locale, names)).toBe(list);
  });
});

describe('what the wizard says about the filters it created', () => {
  const cases: [string, string, string][] = [
    [
      'review, nothing created',
      reviewIntro(en, []),
      'Check every choice before the session is created. Nothing is created until you select Create session.',
    ],
    [
      'review, one filter created',
      reviewIntro(en, [web]),
      'Check every choice before the session is created. The session is created when you select Create session. The filter “web-in” was already created in step 2.',
    ],
    [
      'review, three filters created',
      reviewIntro(en, [web, db, dns]),
      'Check every choice before the session is created. The session is created when you select Create session. The filters “web-in”, “db-out” and “dns” were already created in step 2.',
    ],
    [
      'discard, nothing created',
      discardSummary(en, []),
      'The choices you made for the new mirror session will be lost. Nothing has been created yet.',
    ],
    [
      'discard, one filter created',
      discardSummary(en, [web]),
      'The choices you made for the new mirror session will be lost. The filter “web-in” was already created in step 2 and exists now.',
    ],
    [
      'discard, two filters created',
      discardSummary(en, [web, db]),
      'The choices you made for the new mirror session will be lost. The filters “web-in” and “db-out” were already created in step 2 and exist now.',
    ],
    ['delete choice', choiceText(en, [web], 'delete').label, 'Delete the filter “web-in”'],
    ['delete outcome', choiceText(en, [web], 'delete').outcome, 'Nothing this draft created stays.'],
    ['keep choice', choiceText(en, [web, db], 'keep').label, 'Keep the filters “web-in” and “db-out”'],
    ['keep outcome', choiceText(en, [web], 'keep').outcome, 'The filter “web-in” stays on the Filters page.'],
    [
      'keep outcome, two filters',
      choiceText(en, [web, db], 'keep').outcome,
      'The filters “web-in” and “db-out” stay on the Filters page.',
    ],
    ['discarded, nothing created', discardedMessage(en, [], 'delete'), 'The session draft was discarded.'],
    [
      'discarded, deleted',
      discardedMessage(en, [web], 'delete'),
      'The session draft was discarded. The filter “web-in” was deleted.',
    ],
    [
      'discarded, kept',
      discardedMessage(en, [web, db], 'keep'),
      'The session draft was discarded. The filters “web-in” and “db-out” were kept on the Filters page.',
    ],
    [
      'resume offer, nothing created',
      resumeText(en, { name: ' web ', savedAt: 'never', step: 'Select filter', filters: [] }),
      'A draft named “web” was saved earlier, at the step “Select filter”. Resume it, or discard it and start a new session.',
    ],
    [
      'resume offer, one filter',
      resumeText(en, { name: '', savedAt: 'never', step: 'Select target', filters: [web] }),
      'A draft without a name was saved earlier, at the step “Select target”. The filter “web-in” was already created. Resume it, or discard it and start a new session.',
    ],
    [
      'a refused delete, reason without a period',
      deleteFailureMessage(en, web, 'The server answered 503 Service Unavailable'),
      'The filter “web-in” was not deleted: The server answered 503 Service Unavailable. The draft is kept. Retry, or choose to keep the filter.',
    ],
    [
      'a refused delete, reason with a period',
      deleteFailureMessage(en, web, 'Filter is used by session "a".'),
      'The filter “web-in” was not deleted: Filter is used by session "a". The draft is kept. Retry, or choose to keep the filter.',
    ],
    [
      'Chinese: review, two filters created',
      reviewIntro(zh, [web, db]),
      '创建镜像会话前，请检查每项选择。选择“创建镜像会话”时才会创建镜像会话。镜像筛选条件“web-in”和“db-out”已在步骤 2 中创建。',
    ],
    [
      'Chinese: discarded, deleted',
      discardedMessage(zh, [web], 'delete'),
      '镜像会话草稿已放弃。镜像筛选条件“web-in”已删除。',
    ],
    ['Chinese: keep choice', choiceText(zh, [web], 'keep').label, '保留镜像筛选条件“web-in”'],
  ];
  it.each(cases)('%s', (_, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('writes the date a draft was saved the way the language does', () => {
    const savedAt = '2025-03-04T05:06:00Z';
    const draft = { name: 'web', savedAt, step: '选择镜像源', filters: [] };
    const when = zh.formatDate(new Date(savedAt), { dateStyle: 'medium', timeStyle: 'short' });
    expect(resumeText(zh, draft)).toBe(
      `名为“web”的草稿已于${when}保存，停在“选择镜像源”步骤。您可以继续编辑，或放弃草稿并新建镜像会话。`,
    );
    expect(when).toMatch(/2025年3月4日/);
  });
});

describe('withCreatedFilter', () => {
  const ref = fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), name: fc.string() });

  it('keeps each filter once, in the order they were created', () => {
    fc.assert(
      fc.property(fc.array(ref), (refs) => {
        const list = refs.reduce<CreatedFilterRef[]>((acc, f) => withCreatedFilter(acc, f), []);
        const firstOfEach = refs.filter((f, i) => refs.findIndex((g) => g.id === f.id) === i);
        expect(list).toEqual(firstOfEach);
      }),
    );
  });

  it('does not change the list it is given', () => {
    const list = [web];
    withCreatedFilter(list, db);
    expect(list).toEqual([web]);
  });
});
