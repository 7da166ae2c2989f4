import { useT } from '@/i18n';
import { apiErrorText } from '../results/api-error-text';

/** What the cloud adds to an error it answered: its code and the id of the request (API errors carry both). */
interface Traceable {
  code?: unknown;
  requestId?: unknown;
}

function given(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

/**
 * An error's message and, when the cloud answered it, its code and request id: what an operator
 * quotes to support, and what tells a throttled (429) or failing (5xx) cloud from a refusal.
 */
export function ErrorDetails({ error }: { error: Error | null | undefined }) {
  const translator = useT();
  if (!error) return null;
  const { code, requestId } = error as Error & Traceable;
  const shownCode = given(code);
  const shownId = given(requestId);
  return (
    <>
      <p>{apiErrorText(translator, error)}</p>
      {(shownCode ?? shownId) && (
        <p className="mt-1 flex flex-wrap gap-x-3 text-xs">
          {shownCode && (
            <span>
              {translator.t('results.apiError.code')} <span className="font-mono">{shownCode}</span>
            </span>
          )}
          {shownId && (
            <span>
              {translator.t('results.apiError.requestId')}{' '}
              <span className="font-mono select-all">{shownId}</span>
            </span>
          )}
        </p>
      )}
    </>
  );
}
