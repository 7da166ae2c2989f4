import { useCurrentProject } from '@/api/project-context';
import { useRegionData } from '@/api/region-data';
import { QUOTA_DEFINITIONS } from '@/domain/model/quotas';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { QueryState } from '@/components/ui/query-state';
import { QuotaBar } from '@/components/ui/quota-bar';
import { SessionCounts } from './session-counts';
import { RegionWarnings } from './region-warnings';

/** The landing page of a region: what exists, how close to the quotas, what needs attention. */
export function OverviewPage() {
  const region = useRegionData(useCurrentProject().id, {
    sessions: true,
    filters: true,
    inventory: true,
    quotas: true,
  });
  const { sessions = [], filters = [], inventory, quotas = [] } = region.data;
  const byType = new Map(quotas.map((q) => [q.type, q]));

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
            <Panel title="Quota usage">
              <ul className="space-y-2.5">
                {QUOTA_DEFINITIONS.filter((d) => d.value > 1).map((d) => {
                  const q = byType.get(d.type);
                  if (!q) return null;
                  return (
                    <li key={d.key}>
                      <div className="mb-1 flex justify-between text-xs">
                        <span className="text-slate-700">{d.label}</span>
                        <span className="tabular-nums text-slate-600">
                          {q.used.toLocaleString('en')} / {q.quota.toLocaleString('en')}
                        </span>
                      </div>
                      <QuotaBar label={d.label} used={q.used} quota={q.quota} />
                    </li>
                  );
                })}
              </ul>
            </Panel>
            {inventory && <RegionWarnings sessions={sessions} filters={filters} inventory={inventory} />}
          </div>
        </div>
      </QueryState>
    </>
  );
}
