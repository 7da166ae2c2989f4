import { inEnglish } from '@/i18n/test-english';
import { describe, expect, it } from 'vitest';
import { describeDescriptionProblem, describeNameProblem, nameSchema, descriptionSchema } from './fields';

describe('describeNameProblem', () => {
  it.each([
    ['a', null],
    ['web-server_01.prod', null],
    ['镜像会话', null],
    ['ミラー', null],
    ['미러', null],
    ['x'.repeat(64), null],
    ['𠀀'.repeat(64), null],
  ])('accepts %j', (name, expected) => {
    expect(inEnglish(describeNameProblem(name))).toBe(inEnglish(expected));
  });

  it.each([
    ['', 'Enter a name.'],
    ['x'.repeat(65), 'Shorten the name to 64 characters or fewer (it has 65).'],
    ['web server', 'Names can use only letters, digits, CJK characters, _, - and . (remove " ").'],
    ['a/b<c', 'Names can use only letters, digits, CJK characters, _, - and . (remove "/" and "<").'],
    ['café', 'Names can use only letters, digits, CJK characters, _, - and . (remove "é").'],
    ['a\u0000', 'Names can use only letters, digits, CJK characters, _, - and . (remove "\u0000").'],
  ])('refuses %j', (name, message) => {
    expect(inEnglish(describeNameProblem(name))).toBe(inEnglish(message));
  });
});

describe('describeDescriptionProblem', () => {
  it.each([
    ['', null],
    ['Copies web traffic to the IDS.', null],
    ['x'.repeat(255), null],
    ['x'.repeat(256), 'Shorten the description to 255 characters or fewer (it has 256).'],
    ['<script>', 'Remove < and > from the description.'],
    ['a > b', 'Remove < and > from the description.'],
  ])('%j -> %j', (text, message) => {
    expect(inEnglish(describeDescriptionProblem(text))).toBe(inEnglish(message));
  });
});

describe('nameSchema and descriptionSchema', () => {
  it('gives the name message for a non-string', () => {
    const result = nameSchema.safeParse(42);
    expect(inEnglish(result.success)).toBe(false);
    expect(inEnglish(result.error?.issues[0]?.message)).toBe(inEnglish('Enter a name.'));
  });

  it('turns a null description into ""', () => {
    expect(inEnglish(descriptionSchema.parse(null))).toBe(inEnglish(''));
  });

  it('refuses a numeric description with a message', () => {
    expect(inEnglish(descriptionSchema.safeParse(5).error?.issues[0]?.message)).toBe(
      inEnglish('Enter the description as text.'),
    );
  });
});
