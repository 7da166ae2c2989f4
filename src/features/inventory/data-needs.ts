import type { RegionDataNeeds } from '@/api/region-data';

/** What the inventory pages read: the network, and the sessions that use each resource. */
export const inventoryNeeds: RegionDataNeeds = { inventory: true, sessions: true };
