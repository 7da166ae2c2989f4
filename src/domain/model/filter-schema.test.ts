import { describe, expect, it } from 'vitest';
import { filterCreateSchema, filterUpdateSchema } from './filter-schema';

describe('filterCreateSchema', () => {
  it('fills description and type', () => {
    expect(filterCreateSchema.parse({ name: 'web' })).toEqual({ name: 'web', description: '', type: 'eni' });
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
    expect(issue?.path).toEqual(path);
    expect(issue?.message).toBe(message);
  });
});

describe('filterUpdateSchema', () => {
  it('takes name and description, both optional, and drops other fields', () => {
    expect(filterUpdateSchema.parse({})).toEqual({});
    expect(filterUpdateSchema.parse({ description: 'x', ingress_rules: [] })).toEqual({ description: 'x' });
    expect(filterUpdateSchema.safeParse({ name: '' }).success).toBe(false);
  });
});
