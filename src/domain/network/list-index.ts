/**
 * Lookups by id over the inventory's lists in constant time: a map from key to the first item
 * with that key, built once per list and kept while the list lives (a WeakMap keyed by the
 * list). A list that grew since (items pushed while it is built) gets a new map; an item
 * replaced in place is not seen, which is why the lists are treated as snapshots (the console's
 * and the mock's inventories are read whole and never edited in place).
 */

/** A list's map and the length it was built at. */
interface Built<T> {
  length: number;
  byKey: Map<string, T>;
}

/**
 * A lookup by key over lists of `T`: `find(list, key)` is the first item of `list` among whose
 * keys (`keysOf`, undefined ones skipped) is `key`, the same item `list.find(...)` gives.
 * Why: the warnings of 20,000 sessions look their ports up by id tens of thousands of times in
 * a region of thousands of ports; a scan of the list each time took seconds.
 *
 * @example const findPort = listIndex((port: Port) => [port.id]); findPort(inventory.ports, 'port-b')
 */
export function listIndex<T>(keysOf: (item: T) => readonly (string | undefined)[]) {
  const built = new WeakMap<readonly T[], Built<T>>();
  return (list: readonly T[], key: string): T | undefined => {
    let index = built.get(list);
    if (!index || index.length !== list.length) {
      const byKey = new Map<string, T>();
      for (const item of list)
        for (const k of keysOf(item)) if (k !== undefined && !byKey.has(k)) byKey.set(k, item);
      index = { length: list.length, byKey };
      built.set(list, index);
    }
    return index.byKey.get(key);
  };
}
