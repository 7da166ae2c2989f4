import type { ReactNode } from 'react';
import { useT } from '@/i18n';
import { Alert } from './alert';
import { Button } from './button';
import { ErrorDetails } from './error-details';
import { apiErrorText } from '../results/api-error-text';

/** A page's combined load state (as `useRegionData` returns it). */
export interface LoadView {
  status: 'pending' | 'error' | 'success';
  error: Error | null;
  /** A refresh failed; the data on screen is from `since`. */
  stale: { error: Error; since: number } | null;
  retrying: boolean;
  retryFailed: () => void;
}

interface SingleQuery {
  isPending: boolean;
  error: Error | null;
  retry?: () => void;
}

export type QueryStateProps = {
  /** What is loading, e.g. "network interfaces". */
  what: string;
  children: ReactNode;
} & ({ state: LoadView } | SingleQuery);

const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/**
 * The quiet line shown above data whose refresh failed: the data stays, the line says from
 * when it is and offers Retry.
 */
function RefreshStatus({
  what,
  stale,
  retrying,
  retry,
}: {
  what: string;
  stale: { error: Error; since: number };
  retrying: boolean;
  retry: () => void;
}) {
  const translator = useT();
  const { t, formatDate } = translator;
  return (
    <p
      role="status"
      title={apiErrorText(translator, stale.error)}
      className="mb-3 flex flex-wrap items-center gap-x-1 text-sm text-slate-600"
    >
      <span>{t('load.stale', { what, time: formatDate(stale.since, CLOCK) })}</span>
      <Button variant="ghost" className="h-7 px-1.5" pending={retrying} onClick={retry}>
        {t('load.retry')}
      </Button>
    </p>
  );
}

/**
 * Loading, error (with Retry) or the content: the states of every page's server data. With a
 * combined `state`, a failed refresh keeps the content and adds the quiet `RefreshStatus`.
 */
export function QueryState(props: QueryStateProps) {
  const { what, children } = props;
  const { t } = useT();
  const state: LoadView =
    'state' in props
      ? props.state
      : {
          status: props.error ? 'error' : props.isPending ? 'pending' : 'success',
          error: props.error,
          stale: null,
          retrying: false,
          retryFailed: props.retry ?? (() => undefined),
        };
  const canRetry = 'state' in props || props.retry !== undefined;
  if (state.status === 'error') {
    return (
      <Alert tone="error" title={t('load.failed', { what })}>
        <ErrorDetails error={state.error} />
        {canRetry && (
          <Button className="mt-2" pending={state.retrying} onClick={state.retryFailed}>
            {t('load.retry')}
          </Button>
        )}
      </Alert>
    );
  }
  if (state.status === 'pending') {
    return (
      <p role="status" className="py-6 text-slate-500">
        {t('load.loading', { what })}
      </p>
    );
  }
  return (
    <>
      {state.stale && (
        <RefreshStatus what={what} stale={state.stale} retrying={state.retrying} retry={state.retryFailed} />
      )}
      {children}
    </>
  );
}
