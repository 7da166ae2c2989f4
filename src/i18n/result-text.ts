import type { MessageId } from './messages/ids';
import type { MessageParams, Translator } from './translator';

/**
 * A message of the domain's results as the language layer sees it: the domain's
 * `ResultMessage` (src/domain/model/message.ts) without importing it, since the language layer
 * does not know the domain. Its id is `results.<id>` in the catalog.
 */
export interface ResultDescriptor {
  readonly id: string;
  readonly params?: Readonly<Record<string, ResultValue>>;
}
/** A descriptor's parameter: a value, a descriptor rendered first, or a list of them. */
export type ResultValue = string | number | ResultDescriptor | readonly ResultValue[];

/** The text a domain descriptor travels in inside a string (zod issues, form errors). */
const MARK = '{"$result":';

/**
 * A descriptor as the text a form error carries: the domain's `encodeMessage` format
 * (src/domain/model/message.ts), for descriptors that arrive from the API's details.
 *
 * @example encodeResult({ id: 'session.filter' }) // '{"$result":{"id":"session.filter"}}'
 */
export function encodeResult(descriptor: ResultDescriptor): string {
  return `${MARK}${JSON.stringify(descriptor)}}`;
}

function decode(text: string): ResultDescriptor | undefined {
  if (!text.startsWith(MARK)) return undefined;
  try {
    return (JSON.parse(text) as { $result: ResultDescriptor }).$result;
  } catch {
    return undefined;
  }
}

/** Lists as the language writes them in a sentence ("a, b and c", "a、b和c"); English without the serial comma, as the console has always written it. */
function listFormat(locale: string): Intl.ListFormat {
  return new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction', style: 'long' });
}

function value(translator: Pick<Translator, 't' | 'locale'>, param: ResultValue): string | number {
  if (typeof param === 'string' || typeof param === 'number') return param;
  if (Array.isArray(param)) {
    const items = (param as readonly ResultValue[]).map((p) => String(value(translator, p)));
    return listFormat(translator.locale).format(items);
  }
  return resultText(translator, param as ResultDescriptor);
}

/**
 * A result descriptor in the translator's language, whichever part of the domain made it (the
 * model's warnings and checks, the analysis' findings, the matcher's steps, the capture readers'
 * problems): its parameters first (nested descriptors rendered, lists joined the language's
 * way, numbers left as numbers for plurals), then `results.<id>`. A string is a zod or form
 * message: a descriptor encoded in it is rendered, other text (the API's own words) is shown as
 * it is. Why one function: every screen and the mock's English say a result the same way.
 *
 * @example resultText(translator, { id: 'w4.disabled' }) // 'This session is disabled and copies nothing. ...'
 */
export function resultText(
  translator: Pick<Translator, 't' | 'locale'>,
  descriptor: ResultDescriptor | string | undefined,
): string {
  if (descriptor === undefined) return '';
  if (typeof descriptor === 'string') {
    const decoded = decode(descriptor);
    return decoded ? resultText(translator, decoded) : descriptor;
  }
  const params: Record<string, string | number> = {};
  for (const [key, param] of Object.entries(descriptor.params ?? {})) params[key] = value(translator, param);
  return translator.t(`results.${descriptor.id}` as MessageId, params as MessageParams);
}
