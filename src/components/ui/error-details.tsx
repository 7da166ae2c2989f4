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
  if (!error) return null;
  const { code, requestId } = error as Error & Traceable;
  const shownCode = given(code);
  const shownId = given(requestId);
  return (
    <>
      <p>{error.message}</p>
      {(shownCode ?? shownId) && (
        <p className="mt-1 flex flex-wrap gap-x-3 text-xs">
          {shownCode && (
            <span>
              Error code <span className="font-mono">{shownCode}</span>
            </span>
          )}
          {shownId && (
            <span>
              Request ID <span className="font-mono select-all">{shownId}</span>
            </span>
          )}
        </p>
      )}
    </>
  );
}
