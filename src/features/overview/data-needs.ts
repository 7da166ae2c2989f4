import type { RegionDataNeeds } from '@/api/region-data';

/** What the Overview reads: its page and its route loader share this one list. */
export const overviewNeeds: RegionDataNeeds = {
  sessions: true,
  filters: true,
  inventory: true,
  quotas: true,
};
