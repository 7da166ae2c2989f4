import { useCallback } from 'react';
import { resultText, type ResultDescriptor } from '@/i18n/result-text';
import { useT, type MessageId, type Translator } from '@/i18n';

/** The language the API speaks: its own text is shown as it is in this language. */
const API_LANGUAGE = 'en';

/**
 * The console's own words for the refusals it knows by their code (docs/api.md, "Error codes"),
 * shown in another language than the API's when the refusal carries no message id. One table
 * for every screen that shows a refusal.
 */
export const REFUSAL_MESSAGES: Readonly<Record<string, MessageId>> = {
  'TM.0001': 'results.apiError.badBody',
  'TM.0002': 'results.apiError.invalidFields',
  'TM.0003': 'results.apiError.constraint',
  'TM.0004': 'results.apiError.notFound',
  'TM.0005': 'results.apiError.quota',
  'TM.0006': 'results.apiError.conflict',
  'TM.0007': 'results.apiError.region',
  'TM.0405': 'results.apiError.method',
  'TM.0413': 'results.apiError.tooLarge',
  'TM.0500': 'results.apiError.internal',
  'TM.0503': 'results.apiError.unavailable',
  // The cloud mode's console server (its own refusals, before or instead of the cloud's).
  'CONSOLE.0400': 'results.apiError.consoleRequest',
  'CONSOLE.0401': 'results.apiError.consoleAccess',
  'CONSOLE.0403': 'results.apiError.consoleRefused',
  'CONSOLE.0404': 'results.apiError.consoleNotFound',
  'CONSOLE.0405': 'results.apiError.method',
  'CONSOLE.0413': 'results.apiError.tooLarge',
  'CONSOLE.0500': 'results.apiError.internal',
  'CONSOLE.0502': 'results.apiError.cloudUnreachable',
  'CONSOLE.0504': 'results.apiError.cloudTimeout',
};

/** What the demo adds to a refusal: the id and parameters of its whole message and of its fields' messages. */
interface Described {
  code?: unknown;
  described?: { message_id?: unknown; params?: unknown };
  details?: unknown;
}
interface DescribedDetail {
  message?: unknown;
  message_id?: unknown;
  params?: unknown;
}

type Speaker = Pick<Translator, 't' | 'locale'>;

const say = (translator: Speaker, id: unknown, params: unknown) =>
  resultText(translator, { id: id as string, params: params as ResultDescriptor['params'] });

/** The details' messages, when they are the whole `error_msg` and each carries its id. */
function detailsText(translator: Speaker, error: Error & Described): string | undefined {
  const { details } = error;
  if (!Array.isArray(details) || details.length === 0) return undefined;
  const described = details as DescribedDetail[];
  if (!described.every((d) => typeof d.message_id === 'string' && typeof d.message === 'string')) return;
  const english = [...new Set(described.map((d) => d.message as string))];
  if (english.join(' ') !== error.message) return undefined;
  const shown = described.map((d) => say(translator, d.message_id, d.params));
  return [...new Set(shown)].join(translator.locale === 'en' ? ' ' : '');
}

/**
 * An API refusal's message in the console's language: from the message ids the demo sends (of
 * the whole message, else of every field detail); else, in another language than the API's, the
 * console's sentence for the error code ({@link REFUSAL_MESSAGES}); else the API's own text
 * (the real cloud's words in English, or a code the console does not know).
 *
 * @example apiErrorText(translator, error) // '此镜像筛选条件正被镜像会话“a”使用……' for a filter in use, in Chinese
 */
export function apiErrorText(translator: Speaker, error: Error): string {
  const refusal = error as Error & Described;
  const id = refusal.described?.message_id;
  if (typeof id === 'string') return say(translator, id, refusal.described?.params);
  const fromDetails = detailsText(translator, refusal);
  if (fromDetails !== undefined) return fromDetails;
  const known = typeof refusal.code === 'string' ? REFUSAL_MESSAGES[refusal.code] : undefined;
  return known && translator.locale !== API_LANGUAGE ? translator.t(known) : error.message;
}

/**
 * {@link apiErrorText} in the page's language, for any error caught (a thrown non-Error shown as text).
 *
 * @example const refusal = useApiErrorText(); <Alert>{refusal(error)}</Alert>
 */
export function useApiErrorText(): (error: unknown) => string {
  const translator = useT();
  return useCallback(
    (error: unknown) => (error instanceof Error ? apiErrorText(translator, error) : String(error)),
    [translator],
  );
}
