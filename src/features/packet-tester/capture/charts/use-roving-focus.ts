import { useRef, useState, type KeyboardEvent } from 'react';

const STEPS: Record<string, (i: number, last: number) => number> = {
  ArrowRight: (i, last) => Math.min(last, i + 1),
  ArrowDown: (i, last) => Math.min(last, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * One tab stop per picture: the arrow keys, Home and End move the focus between its `count`
 * parts. `shown` is the part focused or pointed at (null: none), for the line that spells it out.
 * Why: a picture of 48 bars must not cost 48 presses of Tab.
 */
export function useRovingFocus(count: number) {
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<number | null>(null);
  const parts = useRef<(SVGElement | null)[]>([]);
  const partProps = (i: number) => ({
    ref: (element: SVGElement | null) => {
      parts.current[i] = element;
    },
    tabIndex: i === Math.min(active, count - 1) ? 0 : -1,
    onFocus: () => {
      setActive(i);
      setShown(i);
    },
    onBlur: () => setShown(null),
    onMouseEnter: () => setShown(i),
    onMouseLeave: () => setShown(null),
    onKeyDown: (event: KeyboardEvent) => {
      const step = STEPS[event.key];
      if (!step) return;
      event.preventDefault();
      parts.current[step(i, count - 1)]?.focus();
    },
  });
  return { shown, partProps };
}
