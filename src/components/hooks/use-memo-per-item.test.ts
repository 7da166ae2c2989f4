// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useMemoPerItem } from './use-memo-per-item';

describe('useMemoPerItem', () => {
  const a = { n: 1 };
  const b = { n: 2 };

  it('computes an item again only when it is a new object or a dependency changed', () => {
    const computed: number[] = [];
    const double = (item: { n: number }) => (computed.push(item.n), item.n * 2);
    const { result, rerender } = renderHook(
      ({ items, factor }) => useMemoPerItem(items, (item) => double(item) * factor, [factor]),
      { initialProps: { items: [a, b], factor: 1 } },
    );
    expect(result.current).toEqual([2, 4]);

    const replaced = { n: 3 };
    rerender({ items: [a, replaced], factor: 1 });
    expect(result.current).toEqual([2, 6]);
    expect(computed).toEqual([1, 2, 3]);

    rerender({ items: [a, replaced], factor: 10 });
    expect(result.current).toEqual([20, 60]);
    expect(computed).toEqual([1, 2, 3, 1, 3]);
  });
});
