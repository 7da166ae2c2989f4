import type { Translator } from './translator';

/** What the words need to know of the console's connection (`ConsoleMode` in `api/console-mode.ts`). */
export interface ConnectionKind {
  mode: 'demo' | 'cloud';
  readOnly?: boolean;
}

/**
 * The connection's name and its one-sentence meaning, in the current language: one home for
 * the header's badge and Settings' connection panel.
 *
 * @example connectionWords(t, { mode: 'demo' }).name // 'Demo data'
 */
export function connectionWords(
  t: Translator['t'],
  kind: ConnectionKind,
): { name: string; description: string } {
  if (kind.mode === 'demo')
    return { name: t('connection.demo'), description: t('connection.demoDescription') };
  return {
    name: t('connection.cloud'),
    description: t(kind.readOnly ? 'connection.readOnlyDescription' : 'connection.cloudDescription'),
  };
}
