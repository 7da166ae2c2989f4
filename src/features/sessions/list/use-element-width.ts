import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The inner width (without borders and scroll bar) of an element, in pixels, kept current as
 * it resizes: read before the first paint, so that a layout chosen by width never flickers.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
