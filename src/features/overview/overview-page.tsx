import { useCurrentProject } from '@/api/project-context';
import { useRegionData } from '@/api/region-data';
import { useMemo } from 'react';
import { quotaUsage } from '@/domain/model/quotas';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { QuotaUsagePanel } from './quota-usage-panel';
import { SessionCounts } from './session-counts';
import { RegionWarnings } from './region-warnings';
import { overviewNeeds } from './data-needs';

/** The landing page of a region: what exists, how close to the quotas, what needs attention. */
export function OverviewPage() {
  const region = useRegionData(useCurrentProject().id, overviewNeeds);
  const { sessions = [], filters = [], inventory, quotas = [] } = region.data;
  const usage = useMemo(() => quotaUsage(quotas, sessions, filters), [quotas, sessions, filters]);

  return (
    <>
      <PageHeader
        title="Overview"
        description="Mirror sessions of this region at a glance, usage against each quota, and the warnings that need attention."
      />
      <QueryState what="region overview" state={region}>
        <div className="grid gap-4">
          <SessionCounts sessions={sessions} filters={filters} />
          <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-4">
            <QuotaUsagePanel usage={usage} />
            {inventory && <RegionWarnings sessions={sessions} filters={filters} inventory={inventory} />}
          </div>
        </div>
      </QueryState>
    </>
  );
}
