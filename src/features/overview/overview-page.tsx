import { useCurrentProject } from '@/api/project-context';
import { useRegionData } from '@/api/region-data';
import { useMemo } from 'react';
import { quotaUsage } from '@/domain/model/quotas';
import { sessionWarnings } from '@/domain/model/warnings';
import { useMemoPerItem } from '@/components/hooks/use-memo-per-item';
import { PageHeader } from '@/components/ui/page-header';
import { useT } from '@/i18n';
import { QueryState } from '@/components/ui/query-state';
import { QuotaUsagePanel } from './quota-usage-panel';
import { SessionCounts } from './session-counts';
import { RegionWarnings } from './region-warnings';
import { RegionFlowsPanel } from './region-flows/region-flows-panel';
import { overviewNeeds } from './data-needs';

/** The landing page of a region: what exists, how its copies flow, how close to the quotas, what needs attention. */
export function OverviewPage() {
  const { t } = useT();
  const region = useRegionData(useCurrentProject().id, overviewNeeds);
  const { sessions = [], filters = [], inventory, quotas = [] } = region.data;
  const usage = useMemo(() => quotaUsage(quotas, sessions, filters), [quotas, sessions, filters]);
  // Per session, so that a change notice replacing one session re-checks that one only.
  const perSession = useMemoPerItem(
    sessions,
    (session) => (inventory ? sessionWarnings({ filters, inventory }, session) : []),
    [filters, inventory],
  );
  // The same array while they are the same warnings, so that the picture is not redrawn for nothing.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `perSession` is a function of these
  const warnings = useMemo(() => perSession, [sessions, filters, inventory]);

  return (
    <>
      <PageHeader title={t('overview.title')} description={t('overview.description')} />
      <QueryState what={t('overview.what')} state={region}>
        <div className="grid gap-4">
          <SessionCounts sessions={sessions} filters={filters} />
          {inventory && sessions.length > 0 && (
            <RegionFlowsPanel inventory={inventory} sessions={sessions} warnings={warnings} />
          )}
          <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-4">
            <QuotaUsagePanel usage={usage} />
            {inventory && <RegionWarnings sessions={sessions} warnings={warnings} />}
          </div>
        </div>
      </QueryState>
    </>
  );
}
