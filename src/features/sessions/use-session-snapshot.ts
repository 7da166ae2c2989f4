import { useMemo } from 'react';
import { useFilters } from '@/api/filters';
import { useInventory } from '@/api/inventory';
import { useQuotaValues } from '@/api/quotas';
import { useSessions } from '@/api/sessions';
import type { Snapshot } from '@/domain/model/violations';

/** The region as the domain's checks and warnings read it, once everything has loaded. */
export interface SnapshotState {
  snapshot: Snapshot | undefined;
  isPending: boolean;
  error: Error | null;
  retry: () => void;
}

/**
 * Sessions, filters, inventory and quotas of the region in one snapshot, for the constraint
 * checks (before a change is sent), the eligibility of sources and targets, and the warnings.
 */
export function useSessionSnapshot(): SnapshotState {
  const sessions = useSessions();
  const filters = useFilters();
  const inventory = useInventory();
  const quotas = useQuotaValues();
  const parts = inventory.data;
  // useInventory builds a new object each render; keep one per set of loaded lists.
  const stableInventory = useMemo(
    () => parts,
    [
      parts?.vpcs,
      parts?.subnets,
      parts?.peerings,
      parts?.servers,
      parts?.ports,
      parts?.load_balancers,
      parts?.security_groups,
      parts?.security_group_rules,
      parts?.network_acls,
    ],
  );
  const snapshot = useMemo<Snapshot | undefined>(
    () =>
      sessions.data && filters.data && stableInventory
        ? { sessions: sessions.data, filters: filters.data, inventory: stableInventory, quotas }
        : undefined,
    [sessions.data, filters.data, stableInventory, quotas],
  );
  return {
    snapshot,
    isPending: snapshot === undefined && !(sessions.error ?? filters.error ?? inventory.error),
    // A failed refresh keeps the data on screen; only a first load that fails is an error.
    error: snapshot ? null : (sessions.error ?? filters.error ?? inventory.error),
    retry: () => void Promise.all([sessions.refetch(), filters.refetch()]),
  };
}
