import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useCurrentProject } from '@/api/project-context';
import { useRegionData } from '@/api/region-data';
import { DEFAULT_QUOTAS } from '@/domain/model/quotas';
import type { TrafficMirrorFilter } from '@/domain/model/types';
import { DataTable, type Column } from '@/components/table/data-table';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { useT, utcTime } from '@/i18n';
import { CreateFilterDialog } from './create-filter-dialog';
import { RuleCount } from './rule-count';
import { filtersListNeeds } from './data-needs';

/** Every mirror filter of the region, with its rule counts and how many sessions use it. */
export function FiltersPage() {
  const { t, formatDate } = useT();
  const region = useRegionData(useCurrentProject().id, filtersListNeeds);
  const { filters, sessions } = region.data;
  const quotas = region.data.quotaValues ?? DEFAULT_QUOTAS;
  const [creating, setCreating] = useState(false);
  const usage = useMemo(() => {
    const counts = new Map<string, number>();
    for (const s of sessions ?? [])
      counts.set(s.traffic_mirror_filter_id, (counts.get(s.traffic_mirror_filter_id) ?? 0) + 1);
    return counts;
  }, [sessions]);
  const rows = useMemo(() => [...(filters ?? [])].sort((a, b) => a.name.localeCompare(b.name)), [filters]);

  const columns: Column<TrafficMirrorFilter>[] = [
    {
      header: t('filters.list.name'),
      cell: (f) => (
        <>
          <Link
            to="/filters/$filterId"
            params={{ filterId: f.id }}
            className="font-medium text-brand-700 hover:underline"
          >
            {f.name}
          </Link>
          {f.description && <span className="block text-xs text-slate-500">{f.description}</span>}
        </>
      ),
    },
    {
      header: t('filters.list.inbound'),
      cell: (f) => <RuleCount count={f.ingress_rules.length} quota={quotas.ingress_rules_per_filter} />,
    },
    {
      header: t('filters.list.outbound'),
      cell: (f) => <RuleCount count={f.egress_rules.length} quota={quotas.egress_rules_per_filter} />,
    },
    {
      header: t('filters.list.usedBy'),
      cell: (f) => {
        const n = usage.get(f.id) ?? 0;
        return n === 0 ? (
          <span className="text-slate-500">{t('filters.list.noSession')}</span>
        ) : (
          t('filters.list.sessions', { count: n })
        );
      },
    },
    {
      header: t('filters.list.id'),
      cell: (f) => <span className="font-mono text-xs text-slate-600">{f.id}</span>,
    },
    { header: t('filters.list.created'), cell: (f) => utcTime(formatDate, f.created_at) },
  ];

  return (
    <>
      <PageHeader
        title={t('filters.list.title')}
        description={t('filters.list.description', {
          inbound: quotas.ingress_rules_per_filter,
          outbound: quotas.egress_rules_per_filter,
        })}
        actions={
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t('filters.list.create')}
          </Button>
        }
      />
      <QueryState what={t('filters.list.what')} state={region}>
        <DataTable
          label={t('filters.list.table')}
          columns={columns}
          rows={rows}
          rowKey={(f) => f.id}
          empty={t('filters.list.empty')}
        />
      </QueryState>
      <CreateFilterDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
