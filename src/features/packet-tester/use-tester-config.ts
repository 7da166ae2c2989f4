import { useMemo } from 'react';
import { useCurrentProject } from '@/api/project-context';
import { useRegionData } from '@/api/region-data';
import type { Inventory, MirrorConfig } from '@/domain/model/types';
import { packetTesterNeeds } from './data-needs';

/** A region's configuration with its inventory, as the matcher takes it. */
export type FullConfig = MirrorConfig & { inventory: Inventory };

/**
 * Loads the sessions, filters and network inventory of the current region and puts them
 * together for the matcher; `config` is undefined until all have arrived.
 */
export function useTesterConfig() {
  const region = useRegionData(useCurrentProject().id, packetTesterNeeds);
  const { sessions, filters, inventory } = region.data;
  const config = useMemo<FullConfig | undefined>(
    () => (sessions && filters && inventory ? { sessions, filters, inventory } : undefined),
    [sessions, filters, inventory],
  );
  return { region, config };
}
