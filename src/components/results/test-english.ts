/**
 * Test support: a result message in English, as the console shows it, so that tests can
 * read the words a finding, a step or a capture problem says (docs/architecture.md, "Languages").
 */
import { allMessagesOf, translatorFor } from '@/i18n/testing';
import { resultText, type ResultDescriptor as ResultMessage } from '@/i18n/result-text';

const translator = translatorFor('en');

/** The message in English. */
export function english(d: ResultMessage): string {
  return resultText(translator, d);
}

const IDS = new Set(Object.keys(allMessagesOf('en')));

function isMessage(value: object): value is ResultMessage {
  const keys = Object.keys(value);
  return (
    'id' in value &&
    typeof value.id === 'string' &&
    IDS.has(`results.${value.id}`) &&
    keys.every((k) => k === 'id' || k === 'params')
  );
}

/**
 * The value with every analysis message in it replaced by its English text, so that a test
 * compares a finding, a verdict or an example result with the words an operator reads.
 */
export function readable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(readable);
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, readable(v)]));
  if (value === null || typeof value !== 'object') return value;
  if (isMessage(value)) return english(value);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, readable(v)]));
}
