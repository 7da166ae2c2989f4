import { useMemo } from 'react';
import { useFilters } from '@/api/filters';
import { useInventory } from '@/api/inventory';
import { useSessions } from '@/api/sessions';
import type { Inventory, MirrorConfig } from '@/domain/model/types';

/** A region's configuration with its inventory, as the matcher takes it. */
export type FullConfig = MirrorConfig & { inventory: Inventory };

/**
 * Loads the sessions, filters and network inventory of the current region and puts them
 * together for the matcher; `data` is undefined until all have arrived.
 */
export function useTesterConfig() {
  const sessions = useSessions();
  const filters = useFilters();
  const inventory = useInventory();
  const data = useMemo<FullConfig | undefined>(
    () =>
      sessions.data && filters.data && inventory.data
        ? { sessions: sessions.data, filters: filters.data, inventory: inventory.data }
        : undefined,
    [sessions.data, filters.data, inventory.data],
  );
  const error = sessions.error ?? filters.error ?? inventory.error;
  const retry = () => {
    void sessions.refetch();
    void filters.refetch();
  };
  return { data, isPending: !data && !error, error, retry };
}
