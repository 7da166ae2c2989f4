import type { RegionDataNeeds } from '@/api/region-data';

/** What the wizard reads: the region as the domain's eligibility checks take it. */
export const wizardNeeds: RegionDataNeeds = { sessions: true, filters: true, inventory: true, quotas: true };
