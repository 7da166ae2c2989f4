import { useEffect, useState, type RefObject } from 'react';

/** Browsers cap an element's height (Chromium near 33 million px): taller tables are scaled down. */
const MAX_HEIGHT = 8_000_000;

/** The rows to draw and the space before and after them. */
export interface RowWindow {
  first: number;
  last: number;
  before: number;
  after: number;
}

/**
 * The window of rows in view of a scrolling table of `count` rows of `rowHeight` px, with
 * `overscan` rows around it. Nothing is kept per row, and past MAX_HEIGHT the scroll range
 * stands for the rows proportionally, so that ten million rows scroll from end to end.
 * Why: a list virtualiser keeps an object per row, and the browser cannot draw a table that tall.
 *
 * @example const { first, last, before, after } = useScaledWindow(ref, 1e7, 30, 16);
 */
export function useScaledWindow(
  ref: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan: number,
): RowWindow {
  const [view, setView] = useState({ top: 0, height: 448 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setView({ top: element.scrollTop, height: element.clientHeight || 448 });
    update();
    element.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [ref]);
  const natural = count * rowHeight;
  const total = Math.min(natural, MAX_HEIGHT);
  const ratio = total > view.height ? Math.max(1, (natural - view.height) / (total - view.height)) : 1;
  const top = Math.min(view.top, Math.max(0, total - view.height));
  const virtualTop = top * ratio;
  const first = Math.max(0, Math.floor(virtualTop / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((virtualTop + view.height) / rowHeight) + overscan);
  const before = Math.max(0, top - (virtualTop - first * rowHeight));
  const after = Math.max(0, total - before - (last - first + 1) * rowHeight);
  return { first, last, before, after };
}
