import type { RegionDataNeeds } from '@/api/region-data';

/** What the filters list reads: the filters, and the sessions and quotas for their usage. */
export const filtersListNeeds: RegionDataNeeds = { filters: true, sessions: true, quotas: true };

/** What a filter's page reads: the filter, its sessions and their network, for the examples. */
export const filterPageNeeds = (filterId: string): RegionDataNeeds => ({
  filter: filterId,
  filters: true,
  sessions: true,
  quotas: true,
  inventory: true,
});
