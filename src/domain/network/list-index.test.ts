import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listIndex } from './list-index';

interface Item {
  id: string;
  other?: string;
  n: number;
}

const byEither = listIndex((item: Item) => [item.id, item.other]);
const linear = (list: readonly Item[], key: string) => list.find((i) => i.id === key || i.other === key);

const key = fc.constantFrom('a', 'b', 'c', 'd', 'e');
const item = fc.record({ id: key, other: fc.option(key, { nil: undefined }), n: fc.nat() });

describe('listIndex', () => {
  it.each([
    { list: [], key: 'a', expected: undefined },
    { list: [{ id: 'a', n: 1 }], key: 'a', expected: 1 },
    { list: [{ id: 'a', n: 1 }], key: 'b', expected: undefined },
    {
      list: [
        { id: 'a', other: 'b', n: 1 },
        { id: 'b', n: 2 },
      ],
      key: 'b',
      expected: 1,
    },
    {
      list: [
        { id: 'a', n: 1 },
        { id: 'a', n: 2 },
      ],
      key: 'a',
      expected: 1,
    },
  ])('finds $key in a list of $list.length as find() does', ({ list, key, expected }) => {
    expect(byEither(list, key)?.n).toBe(expected);
  });

  it('gives the item a scan of the list gives, also after items are pushed', () => {
    fc.assert(
      fc.property(fc.array(item), fc.array(item), fc.array(key), (first, more, keys) => {
        const list = [...first];
        for (const k of keys) expect(byEither(list, k)).toBe(linear(list, k));
        list.push(...more);
        for (const k of keys) expect(byEither(list, k)).toBe(linear(list, k));
      }),
    );
  });
});
