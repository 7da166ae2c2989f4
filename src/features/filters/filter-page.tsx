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
import { useT, utcTime } from '@/i18n';
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
  const { t } = useT();
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
        <PageHeader title={t('filters.page.notFound')} />
        <Alert tone="warning">
          {t('filters.page.notFoundBody', { id: filterId })}{' '}
          <Link to="/filters" className="font-medium underline">
            {t('filters.page.toList')}
          </Link>
        </Alert>
      </>
    );
  }
  return (
    <QueryState what={t('filters.page.what')} state={region}>
      {filter && snapshot && examples && (
        <FilterExamplesContext.Provider value={examples}>
          <FilterView key={filterId} filter={filter} snapshot={snapshot} />
        </FilterExamplesContext.Provider>
      )}
    </QueryState>
  );
}

function FilterView({ filter, snapshot }: { filter: TrafficMirrorFilter; snapshot: Snapshot }) {
  const { t, formatDate } = useT();
  const [deleting, setDeleting] = useState(false);
  return (
    <>
      <nav aria-label={t('filters.page.breadcrumb')} className="mb-1 text-sm text-slate-600">
        <Link to="/filters" className="text-brand-700 underline underline-offset-2">
          {t('filters.list.title')}
        </Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{filter.name}</span>
      </nav>
      <PageHeader
        title={filter.name}
        description={filter.description || t('filters.page.noDescription')}
        actions={
          <Button variant="danger" onClick={() => setDeleting(true)}>
            {t('filters.delete.submit')}
          </Button>
        }
      />
      <div className="space-y-4">
        <RulesPanel filter={filter} direction="ingress" snapshot={snapshot} />
        <RulesPanel filter={filter} direction="egress" snapshot={snapshot} />
        <FilterAnalysisPanel filter={filter} />
        <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
          <Panel title={t('filters.page.settings')}>
            <FilterSettingsForm filter={filter} />
            <p className="mt-3 text-xs text-slate-500">
              {t('filters.page.id')} <span className="font-mono">{filter.id}</span> ·{' '}
              {t('filters.page.created', { time: utcTime(formatDate, filter.created_at) })}
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
