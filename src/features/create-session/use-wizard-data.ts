import { useMemo } from 'react';
import { useCurrentProject } from '@/api/project-context';
import { useRegionData, type RegionDataResult } from '@/api/region-data';
import type { QuotaValues } from '@/domain/model/quotas';
import type { Snapshot } from '@/domain/model/violations';
import { wizardNeeds } from './data-needs';

/** The wizard's server data: its combined load state and, once loaded, one snapshot. */
export interface WizardData {
  region: RegionDataResult;
  /** Sessions, filters, inventory and quotas: what the domain's eligibility checks read. */
  snapshot: (Snapshot & { quotas: QuotaValues }) | undefined;
}

/**
 * Everything the wizard reads from the API, as one snapshot for the domain checks. Once
 * loaded, a failed refresh keeps the last data (the wizard stays usable).
 */
export function useWizardData(): WizardData {
  const region = useRegionData(useCurrentProject().id, wizardNeeds);
  const { sessions, filters, inventory, quotaValues } = region.data;
  const snapshot = useMemo(
    () =>
      sessions && filters && inventory && quotaValues
        ? { sessions, filters, inventory, quotas: quotaValues }
        : undefined,
    [sessions, filters, inventory, quotaValues],
  );
  return { region, snapshot };
}
