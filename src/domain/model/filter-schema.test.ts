import { inEnglish } from '@/i18n/test-english';
import { describe, expect, it } from 'vitest';
import { filterCreateSchema, filterUpdateSchema } from './filter-schema';

describe('filterCreateSchema', () => {
  it('fills description and type', () => {
    expect(inEnglish(filterCreateSchema.parse({ name: 'web' }))).toEqual(
      inEnglish({ name: 'web', description: '', type: 'eni' }),
    );
  });

  it.each([
    [{ name: '' }, ['name'], 'Enter a name.'],
    [
      { name: 'a b' },
      ['name'],
      'Names can use only letters, digits, CJK characters, _, - and . (remove " ").',
    ],
    [{ name: 'ok', description: '<b>' }, ['description'], 'Remove < and > from the description.'],
    [{ name: 'ok', type: 'elb' }, ['type'], 'The filter type can only be eni.'],
  ])('refuses %j', (body, path, message) => {
    const issue = filterCreateSchema.safeParse(body).error?.issues[0];
    expect(inEnglish(issue?.path)).toEqual(inEnglish(path));
    expect(inEnglish(issue?.message)).toBe(inEnglish(message));
  });
});

describe('filterUpdateSchema', () => {
  it('takes name and description, both optional, and drops other fields', () => {
    expect(inEnglish(filterUpdateSchema.parse({}))).toEqual(inEnglish({}));
    expect(inEnglish(filterUpdateSchema.parse({ description: 'x', ingress_rules: [] }))).toEqual(
      inEnglish({ description: 'x' }),
    );
    expect(inEnglish(filterUpdateSchema.safeParse({ name: '' }).success)).toBe(false);
  });
});
