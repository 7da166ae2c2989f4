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
import { CreateFilterDialog } from './create-filter-dialog';
import { RuleCount } from './rule-count';
import { filtersListNeeds } from './data-needs';

/** Every mirror filter of the region, with its rule counts and how many sessions use it. */
export function FiltersPage() {
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
      header: 'Name',
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
      header: 'Inbound rules',
      cell: (f) => <RuleCount count={f.ingress_rules.length} quota={quotas.ingress_rules_per_filter} />,
    },
    {
      header: 'Outbound rules',
      cell: (f) => <RuleCount count={f.egress_rules.length} quota={quotas.egress_rules_per_filter} />,
    },
    {
      header: 'Used by',
      cell: (f) => {
        const n = usage.get(f.id) ?? 0;
        return n === 0 ? (
          <span className="text-slate-500">No session</span>
        ) : (
          `${n.toLocaleString('en')} ${n === 1 ? 'session' : 'sessions'}`
        );
      },
    },
    { header: 'ID', cell: (f) => <span className="font-mono text-xs text-slate-600">{f.id}</span> },
    { header: 'Created (UTC)', cell: (f) => `${f.created_at.slice(0, 10)} ${f.created_at.slice(11, 16)}` },
  ];

  return (
    <>
      <PageHeader
        title="Mirror Filters"
        description="A mirror filter holds up to 10 inbound and 10 outbound rules. Rules are evaluated in ascending priority; the first rule that matches a packet decides whether it is copied."
        actions={
          <Button variant="primary" onClick={() => setCreating(true)}>
            Create mirror filter
          </Button>
        }
      />
      <QueryState what="mirror filters" state={region}>
        <DataTable
          label="Mirror filters"
          columns={columns}
          rows={rows}
          rowKey={(f) => f.id}
          empty="This region has no mirror filters yet. Create one, then add the rules that decide what is copied."
        />
      </QueryState>
      <CreateFilterDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
