import type { MirrorWarning } from '@/domain/model/warnings';

/** A warning's stable key: its code, direction and the resources it names. */
export function warningKey(w: MirrorWarning): string {
  return `${w.code}-${w.direction ?? ''}-${w.resources.join(',')}`;
}

/** The element id of a warning's row in the session's warnings list, which the picture's marks lead to. */
export function warningAnchorId(w: MirrorWarning): string {
  return `warning-${warningKey(w).replace(/[^A-Za-z0-9-]/g, '-')}`;
}

/**
 * Brings a warning's explanation and fix into view and gives it the keyboard focus, so that
 * the next Tab reaches its fix.
 */
export function showWarning(w: MirrorWarning): void {
  const row = document.getElementById(warningAnchorId(w));
  if (!row) return;
  row.scrollIntoView({ block: 'center' });
  row.focus({ preventScroll: true });
}
