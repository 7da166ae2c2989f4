import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  choiceText,
  creationNote,
  deleteFailureMessage,
  discardedMessage,
  discardSummary,
  filtersPhrase,
  resumeNote,
  withCreatedFilter,
  type CreatedFilterRef,
} from './created-filters';

const web: CreatedFilterRef = { id: 'f-1', name: 'web-in' };
const db: CreatedFilterRef = { id: 'f-2', name: 'db-out' };
const dns: CreatedFilterRef = { id: 'f-3', name: 'dns' };

describe('filtersPhrase', () => {
  it.each([
    [[web], 'the filter “web-in”'],
    [[web, db], 'the filters “web-in” and “db-out”'],
    [[web, db, dns], 'the filters “web-in”, “db-out” and “dns”'],
  ])('%j reads %s', (filters, phrase) => {
    expect(filtersPhrase(filters)).toBe(phrase);
  });
});

describe('what the wizard says about the filters it created', () => {
  const cases: [string, string, string][] = [
    ['review, nothing created', creationNote([]), 'Nothing is created until you select Create session.'],
    [
      'review, one filter created',
      creationNote([web]),
      'The session is created when you select Create session. The filter “web-in” was already created in step 2.',
    ],
    [
      'review, two filters created',
      creationNote([web, db]),
      'The session is created when you select Create session. The filters “web-in” and “db-out” were already created in step 2.',
    ],
    [
      'discard, nothing created',
      discardSummary([]),
      'The choices you made for the new mirror session will be lost. Nothing has been created yet.',
    ],
    [
      'discard, one filter created',
      discardSummary([web]),
      'The choices you made for the new mirror session will be lost. The filter “web-in” was already created in step 2 and exists now.',
    ],
    ['delete choice', choiceText([web], 'delete').label, 'Delete the filter “web-in”'],
    ['delete outcome', choiceText([web], 'delete').outcome, 'Nothing this draft created stays.'],
    ['keep choice', choiceText([web, db], 'keep').label, 'Keep the filters “web-in” and “db-out”'],
    ['keep outcome', choiceText([web], 'keep').outcome, 'The filter “web-in” stays on the Filters page.'],
    [
      'keep outcome, two filters',
      choiceText([web, db], 'keep').outcome,
      'The filters “web-in” and “db-out” stay on the Filters page.',
    ],
    [
      'discarded, deleted',
      discardedMessage([web], 'delete'),
      'The session draft was discarded. The filter “web-in” was deleted.',
    ],
    [
      'discarded, kept',
      discardedMessage([web, db], 'keep'),
      'The session draft was discarded. The filters “web-in” and “db-out” were kept on the Filters page.',
    ],
    ['resume offer, nothing created', resumeNote([]), ''],
    ['resume offer, one filter', resumeNote([web]), ' The filter “web-in” was already created.'],
    [
      'a refused delete, reason without a period',
      deleteFailureMessage(web, 'The server answered 503 Service Unavailable'),
      'The filter “web-in” was not deleted: The server answered 503 Service Unavailable. The draft is kept. Retry, or choose to keep the filter.',
    ],
    [
      'a refused delete, reason with a period',
      deleteFailureMessage(web, 'Filter is used by session "a".'),
      'The filter “web-in” was not deleted: Filter is used by session "a". The draft is kept. Retry, or choose to keep the filter.',
    ],
  ];
  it.each(cases)('%s', (_, actual, expected) => {
    expect(actual).toBe(expected);
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
