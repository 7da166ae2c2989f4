import { useState } from 'react';
import { ApiError } from '@/api/client';
import { useDeleteFilter } from '@/api/filters';
import { useApiErrorText } from '@/components/results/api-error-text';
import { useT } from '@/i18n';
import { deleteFailureMessage, type CreatedFilterRef } from './created-filters';

/**
 * Deletes the filters the wizard created, one at a time, forgetting each once it is gone (a
 * filter deleted meanwhile, elsewhere, counts as gone). The first refusal stops and is kept
 * as `failure`; the draft is untouched, so a retry deletes only what is left.
 */
export function useDeleteCreatedFilters(forget: (id: string) => void) {
  const words = useT();
  const refused = useApiErrorText();
  const remove = useDeleteFilter();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  /** True when every filter is gone. */
  const run = async (filters: readonly CreatedFilterRef[]): Promise<boolean> => {
    setPending(true);
    setFailure(null);
    try {
      for (const filter of filters) {
        try {
          await remove.mutateAsync(filter.id);
        } catch (error) {
          if (!(error instanceof ApiError && error.status === 404)) {
            setFailure(deleteFailureMessage(words, filter, refused(error)));
            return false;
          }
        }
        forget(filter.id);
      }
      return true;
    } finally {
      setPending(false);
    }
  };

  return { run, pending, failure, reset: () => setFailure(null) };
}
