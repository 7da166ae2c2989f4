import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useFilters } from '@/api/filters';
import { useInventory } from '@/api/inventory';
import { useQuotas, useQuotaValues } from '@/api/quotas';
import { useSessions } from '@/api/sessions';
import type { QuotaValues } from '@/domain/model/quotas';
import type { Snapshot } from '@/domain/model/violations';

/** The wizard's server data: loading, failed (with a retry) or one snapshot. */
export interface WizardData {
  isPending: boolean;
  error: Error | null;
  retry: () => void;
  /** Sessions, filters, inventory and quotas: what the domain's eligibility checks read. */
  snapshot: (Snapshot & { quotas: QuotaValues }) | undefined;
}

/**
 * Everything the wizard reads from the API, as one snapshot for the domain checks. Once
 * loaded, a failed refresh keeps the last data (the wizard stays usable).
 */
export function useWizardData(): WizardData {
  const sessions = useSessions();
  const filters = useFilters();
  const inventory = useInventory();
  const quotaQuery = useQuotas();
  const quotas = useQuotaValues();
  const queryClient = useQueryClient();
  const snapshot = useMemo(
    () =>
      sessions.data && filters.data && inventory.data && quotas
        ? { sessions: sessions.data, filters: filters.data, inventory: inventory.data, quotas }
        : undefined,
    [sessions.data, filters.data, inventory.data, quotas],
  );
  const error = sessions.error ?? filters.error ?? inventory.error ?? quotaQuery.error;
  return {
    snapshot,
    error: snapshot ? null : error,
    isPending: !snapshot && !error,
    retry: () =>
      void queryClient.refetchQueries({ type: 'active', predicate: (q) => q.state.status === 'error' }),
  };
}
