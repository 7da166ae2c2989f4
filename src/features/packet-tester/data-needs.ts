import type { RegionDataNeeds } from '@/api/region-data';

/** What the packet tester reads: every session with its filter and network. */
export const packetTesterNeeds: RegionDataNeeds = { sessions: true, filters: true, inventory: true };
