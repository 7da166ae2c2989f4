import type { RegionDataNeeds } from '@/api/region-data';

/** What the sessions list reads (the list shows as it arrives; target names come second). */
export const sessionsListNeeds: RegionDataNeeds = {
  sessions: 'as-they-load',
  filters: true,
  inventory: 'targets',
};

/** What a session's page reads: the session and its region, for the checks and the warnings. */
export const sessionPageNeeds = (sessionId: string): RegionDataNeeds => ({
  session: sessionId,
  sessions: true,
  filters: true,
  inventory: true,
  quotas: true,
});
