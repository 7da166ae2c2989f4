import { useMemo } from 'react';
import { useCurrentProject } from '@/api/project-context';
import { useRegionData, type RegionDataResult } from '@/api/region-data';
import type { TrafficMirrorSession } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { sessionPageNeeds } from '../data-needs';

/** One session, the region as the domain reads it, and their combined load state. */
export interface SessionSnapshot {
  region: RegionDataResult;
  session: TrafficMirrorSession | undefined;
  snapshot: Snapshot | undefined;
}

/**
 * A session with the sessions, filters, inventory and quotas of its region in one snapshot,
 * for the constraint checks (before a change is sent), the eligibility of sources and
 * targets, and the warnings.
 */
export function useSessionSnapshot(sessionId: string): SessionSnapshot {
  const region = useRegionData(useCurrentProject().id, sessionPageNeeds(sessionId));
  const { sessions, filters, inventory, quotaValues } = region.data;
  const snapshot = useMemo<Snapshot | undefined>(
    () =>
      sessions && filters && inventory ? { sessions, filters, inventory, quotas: quotaValues } : undefined,
    [sessions, filters, inventory, quotaValues],
  );
  return { region, session: region.data.session, snapshot };
}
