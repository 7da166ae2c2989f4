import { englishResultText } from './english-results';
import { messages } from './messages/results/en';
import type { ResultDescriptor } from './result-text';

const ids = new Set(Object.keys(messages));

function isDescriptor(value: object): value is ResultDescriptor {
  const keys = Object.keys(value);
  return (
    typeof (value as { id?: unknown }).id === 'string' &&
    ids.has(`results.${(value as { id: string }).id}`) &&
    keys.every((key) => key === 'id' || key === 'params')
  );
}

/**
 * A value with every domain message inside it (a descriptor, or a string carrying one) said in
 * English: for tests that compare what the checks say with the words a user reads.
 *
 * @example inEnglish({ code: 'W4', message: { id: 'w4.disabled' } }) // { code: 'W4', message: 'This session is disabled ...' }
 */
export function inEnglish<T>(value: T): T {
  return said(value) as T;
}

function said(value: unknown): unknown {
  if (typeof value === 'string') return englishResultText(value);
  if (Array.isArray(value)) return value.map(said);
  if (typeof value !== 'object' || value === null) return value;
  if (isDescriptor(value)) return englishResultText(value);
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, said(v)]));
}
