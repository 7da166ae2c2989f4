import { useMemo } from 'react';

/**
 * `items.map(compute)`, remembered per item: an item object seen before (with the same `deps`)
 * is not computed again. When one row of a 20,000-row list is replaced, only that row is
 * computed, instead of the whole list on every change. `compute` must depend only on the
 * item and on `deps`; the cache is a pure memo, so filling it while rendering is safe.
 *
 * @example const warnings = useMemoPerItem(sessions, (s) => sessionWarnings(context, s), [context]);
 */
export function useMemoPerItem<T extends object, R>(
  items: readonly T[],
  compute: (item: T) => R,
  deps: readonly unknown[],
): R[] {
  // A new cache whenever a dependency changes; `compute` is read fresh on every render.
  const results = useMemo(() => new WeakMap<T, R>(), deps);
  return items.map((item) => {
    if (results.has(item)) return results.get(item) as R;
    const result = compute(item);
    results.set(item, result);
    return result;
  });
}
