/**
 * Where focus goes when a step has problems: to the first one shown, once it is drawn, and
 * never left behind on a button that a blur's message pushed from under the pointer.
 */
import { useCallback, useEffect, useState, type MouseEvent, type RefObject } from 'react';

/** A field marked invalid, or a message that stands for a choice made elsewhere (a table). */
const PROBLEM = '[aria-invalid="true"], [data-problem]';

/**
 * Returns a request to focus the first problem shown in `container`, in reading order. Focus
 * moves after React has drawn the messages that a validation just set, so a screen reader
 * reads the field together with its message, and a blur that validated just before does not
 * leave focus behind.
 */
export function useFocusFirstProblem(container: RefObject<HTMLElement | null>): () => void {
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests > 0) container.current?.querySelector<HTMLElement>(PROBLEM)?.focus();
  }, [requests, container]);
  return useCallback(() => setRequests((n) => n + 1), []);
}

/** Marks an element that `useFocusFirstProblem` may focus: a step's message about its choice. */
export const problemMark = { 'data-problem': true, tabIndex: -1 } as const;

/**
 * For the buttons that check a step (Next, Previous, Cancel, Create filter and use it): a
 * press leaves focus in the field being edited. Otherwise the field's blur would validate it
 * first, its message would push the button down under the pointer, and the click would land
 * beside it: the step would neither move on nor move focus.
 */
export const keepFocusOnPress = (event: MouseEvent) => event.preventDefault();
