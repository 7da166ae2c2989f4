import { resultText, type ResultDescriptor } from '@/i18n/result-text';
import type { Translator } from '@/i18n';

interface DescribedDetail {
  message?: unknown;
  message_id?: unknown;
  params?: unknown;
}

/**
 * An API refusal's message in the console's language when the console knows every part of it:
 * the demo's answers carry each field message's id (`details[].message_id`), and when those
 * messages are the whole `error_msg` the console says them itself. Otherwise (the real cloud, a
 * message about no field) the API's own text is shown.
 *
 * @example apiErrorText(translator, error) // '镜像会话“a”已以优先级 1 镜像 …' for a C4 refusal in Chinese
 */
export function apiErrorText(translator: Pick<Translator, 't' | 'locale'>, error: Error): string {
  const details = (error as Error & { details?: unknown }).details;
  if (!Array.isArray(details) || details.length === 0) return error.message;
  const described = details as DescribedDetail[];
  if (!described.every((d) => typeof d.message_id === 'string' && typeof d.message === 'string'))
    return error.message;
  const english = [...new Set(described.map((d) => d.message as string))];
  if (english.join(' ') !== error.message) return error.message;
  const shown = described.map((d) =>
    resultText(translator, { id: d.message_id as string, params: d.params as ResultDescriptor['params'] }),
  );
  return [...new Set(shown)].join(translator.locale === 'en' ? ' ' : '');
}
