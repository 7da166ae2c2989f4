import type { ReactNode } from 'react';
import { Alert } from './alert';
import { Button } from './button';

export interface QueryStateProps {
  isPending: boolean;
  error: Error | null;
  retry?: () => void;
  /** What is loading, e.g. "network interfaces". */
  what: string;
  children: ReactNode;
}

/** Loading, error (with Retry) or the content: the three states of every server list. */
export function QueryState({ isPending, error, retry, what, children }: QueryStateProps) {
  if (error) {
    return (
      <Alert tone="error" title={`The ${what} could not be loaded`}>
        <p>{error.message}</p>
        {retry && (
          <Button className="mt-2" onClick={retry}>
            Retry
          </Button>
        )}
      </Alert>
    );
  }
  if (isPending) {
    return (
      <p role="status" className="py-6 text-slate-500">
        Loading {what}…
      </p>
    );
  }
  return <>{children}</>;
}
