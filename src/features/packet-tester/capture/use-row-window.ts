import { useCallback, useEffect, useRef, useState } from 'react';
import type { PacketRow } from '@/domain/capture/packet-rows';

/** Rows are asked for in aligned blocks of this many. */
const BLOCK = 64;
/** At most this many rows are kept in the page; the rest are asked for again when scrolled back to. */
const KEEP = 4096;

/** Reads rows [from, to) of the table (from the worker). */
export type RowLoader = (from: number, to: number) => Promise<PacketRow[]>;

/**
 * The rows of a long table around the window in view, asked for as the window moves and
 * kept (a few thousand at most) until they are far away.
 * Why: the packets of a big capture live in the worker; the page holds the rows in view only.
 *
 * @example const { rowAt, show } = useRowWindow(load); show(0, 30); rowAt(3) // undefined, then the row
 */
export function useRowWindow(load: RowLoader) {
  const [rows, setRows] = useState(() => new Map<number, PacketRow>());
  const asked = useRef(new Set<number>());
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const show = useCallback(
    (first: number, last: number) => {
      for (let block = Math.floor(first / BLOCK); block * BLOCK <= last; block++) {
        if (asked.current.has(block)) continue;
        asked.current.add(block);
        const from = block * BLOCK;
        void load(from, from + BLOCK).then((loaded) => {
          if (!alive.current) return;
          setRows((previous) => {
            const next = new Map(previous);
            loaded.forEach((row, k) => next.set(from + k, row));
            if (next.size > KEEP) {
              // Forget the rows farthest from this block.
              const far = [...next.keys()].sort((a, b) => Math.abs(b - from) - Math.abs(a - from));
              for (const key of far.slice(0, next.size - KEEP)) {
                next.delete(key);
                asked.current.delete(Math.floor(key / BLOCK));
              }
            }
            return next;
          });
        });
      }
    },
    [load],
  );

  const rowAt = useCallback((i: number) => rows.get(i), [rows]);
  return { rowAt, show };
}
