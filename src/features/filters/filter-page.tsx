import { Link, useParams } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { ApiError } from '@/api/client';
import { useCurrentProject } from '@/api/project-context';
import { useRegionData } from '@/api/region-data';
import type { TrafficMirrorFilter } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { QueryState } from '@/components/ui/query-state';
import { FilterAnalysisPanel } from './analysis-panel';
import { DeleteFilterDialog } from './delete-filter-dialog';
import { FilterExamplesContext, filterExamples } from './filter-examples';
import { FilterSessionsPanel } from './filter-sessions-panel';
import { FilterSettingsForm } from './filter-settings-form';
import { filterSnapshot } from './filter-snapshot';
import { RulesPanel } from './rules-panel';
import { filterPageNeeds } from './data-needs';

/**
 * One mirror filter: its rules in both directions, its settings, and the sessions that use
 * it; the rules' example packets are packets the sources of those sessions carry.
 */
export function FilterPage() {
  const { filterId } = useParams({ from: '/filters/$filterId' });
  const region = useRegionData(useCurrentProject().id, filterPageNeeds(filterId));
  const { filter, filters, sessions, quotaValues, inventory } = region.data;
  const snapshot = useMemo(
    () =>
      filter && filters && sessions
        ? filterSnapshot(
            [filter, ...filters.filter((f) => f.id !== filter.id)],
            sessions.filter((s) => s.traffic_mirror_filter_id === filter.id),
            quotaValues,
          )
        : undefined,
    [filter, filters, sessions, quotaValues],
  );
  const examples = useMemo(
    () =>
      filter && filters && sessions && inventory
        ? filterExamples(
            { sessions, filters: [filter, ...filters.filter((f) => f.id !== filter.id)], inventory },
            filter,
          )
        : undefined,
    [filter, filters, sessions, inventory],
  );

  const notFound = region.errors.filter;
  if (!filter && notFound instanceof ApiError && notFound.status === 404) {
    return (
      <>
        <PageHeader title="Mirror filter not found" />
        <Alert tone="warning">
          There is no mirror filter {filterId} in this region; it may have been deleted.{' '}
          <Link to="/filters" className="font-medium underline">
            Go to the mirror filters
          </Link>
        </Alert>
      </>
    );
  }
  return (
    <QueryState what="mirror filter" state={region}>
      {filter && snapshot && examples && (
        <FilterExamplesContext.Provider value={examples}>
          <FilterView key={filterId} filter={filter} snapshot={snapshot} />
        </FilterExamplesContext.Provider>
      )}
    </QueryState>
  );
}

function FilterView({ filter, snapshot }: { filter: TrafficMirrorFilter; snapshot: Snapshot }) {
  const [deleting, setDeleting] = useState(false);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-1 text-sm text-slate-600">
        <Link to="/filters" className="text-brand-700 underline underline-offset-2">
          Mirror Filters
        </Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{filter.name}</span>
      </nav>
      <PageHeader
        title={filter.name}
        description={filter.description || 'Mirror filter without a description.'}
        actions={
          <Button variant="danger" onClick={() => setDeleting(true)}>
            Delete filter
          </Button>
        }
      />
      <div className="space-y-4">
        <RulesPanel filter={filter} direction="ingress" snapshot={snapshot} />
        <RulesPanel filter={filter} direction="egress" snapshot={snapshot} />
        <FilterAnalysisPanel filter={filter} />
        <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
          <Panel title="Settings">
            <FilterSettingsForm filter={filter} />
            <p className="mt-3 text-xs text-slate-500">
              ID <span className="font-mono">{filter.id}</span> · created{' '}
              {filter.created_at.replace('T', ' ').replace('Z', ' UTC')}
            </p>
          </Panel>
          <FilterSessionsPanel sessions={snapshot.sessions} />
        </div>
      </div>
      <DeleteFilterDialog
        open={deleting}
        filter={filter}
        snapshot={snapshot}
        onClose={() => setDeleting(false)}
      />
    </>
  );
}
