import { useCurrentProject } from '@/api/project-context';
import { useRegionData } from '@/api/region-data';
import { useMemo } from 'react';
import { quotaUsage } from '@/domain/model/quotas';
import { PageHeader } from '@/components/ui/page-header';
import { useT } from '@/i18n';
import { QueryState } from '@/components/ui/query-state';
import { QuotaUsagePanel } from './quota-usage-panel';
import { SessionCounts } from './session-counts';
import { RegionWarnings } from './region-warnings';
import { overviewNeeds } from './data-needs';

/** The landing page of a region: what exists, how close to the quotas, what needs attention. */
export function OverviewPage() {
  const { t } = useT();
  const region = useRegionData(useCurrentProject().id, overviewNeeds);
  const { sessions = [], filters = [], inventory, quotas = [] } = region.data;
  const usage = useMemo(() => quotaUsage(quotas, sessions, filters), [quotas, sessions, filters]);

  return (
    <>
      <PageHeader title={t('overview.title')} description={t('overview.description')} />
      <QueryState what={t('overview.what')} state={region}>
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
