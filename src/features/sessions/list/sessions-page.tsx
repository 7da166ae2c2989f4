import { Link } from '@tanstack/react-router';
import type { RowSelectionState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useCurrentProject } from '@/api/project-context';
import { useRegionData } from '@/api/region-data';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { useT, utcTime } from '@/i18n';
import { BulkReportDialog } from './bulk/bulk-report-dialog';
import { DeleteSessionsDialog } from '../delete-sessions-dialog';
import {
  buildSessionRows,
  filterSessionRows,
  sortSessionRows,
  type SessionListFilters,
  type SessionRowCache,
  type SessionSort,
  type SessionSortKey,
} from '../session-rows';
import { SessionsTable } from './sessions-table';
import { SessionsToolbar } from './sessions-toolbar';
import { useSessionListActions } from './use-session-list-actions';
import { sessionsListNeeds } from '../data-needs';

const noFilters: SessionListFilters = { query: '', status: 'all', targetType: 'all' };

/** Every mirror session of the region: search, sort, filter, enable/disable and delete. */
export function SessionsPage() {
  // Target names come second: the list is usable without them, and the sessions load faster
  // without the network inventory competing for the API.
  const { t, formatDate } = useT();
  const region = useRegionData(useCurrentProject().id, sessionsListNeeds);
  const { sessions, filters, targets } = region.data;
  const [listFilters, setListFilters] = useState<SessionListFilters>(noFilters);
  const [sort, setSort] = useState<SessionSort>({ key: 'created', descending: true });
  const [selection, setSelection] = useState<RowSelectionState>({});
  const actions = useSessionListActions(setSelection);

  const words = useMemo(
    () => ({
      enabled: t('sessions.status.enabled'),
      disabled: t('sessions.status.disabled'),
      time: (iso: string) => utcTime(formatDate, iso),
    }),
    [t, formatDate],
  );
  // Rows are rebuilt only for new sessions while the list loads; new names or words rebuild them all.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the rows hold these names and words: new ones, new cache
  const cache = useMemo<SessionRowCache>(() => new WeakMap(), [filters, targets, words]);
  const rows = useMemo(
    () => buildSessionRows(sessions ?? [], filters ?? [], targets, words, cache),
    [sessions, filters, targets, words, cache],
  );
  const sorted = useMemo(() => sortSessionRows(rows, sort), [rows, sort]);
  const shown = useMemo(() => filterSessionRows(sorted, listFilters), [sorted, listFilters]);
  const selected = useMemo(
    () =>
      Object.keys(selection).length === 0 ? [] : shown.filter((r) => selection[r.id]).map((r) => r.session),
    [shown, selection],
  );

  const onSort = useCallback(
    (key: SessionSortKey) =>
      setSort((current) => ({ key, descending: current.key === key ? !current.descending : false })),
    [],
  );
  const empty =
    rows.length === 0 ? (
      <>
        {t('sessions.list.empty')}{' '}
        <Link to="/sessions/create" className="font-medium text-brand-700 underline">
          {t('sessions.list.emptyCreate')}
        </Link>
      </>
    ) : (
      <>
        {t('sessions.list.noMatch')}{' '}
        <Button variant="ghost" onClick={() => setListFilters(noFilters)}>
          {t('sessions.list.clear')}
        </Button>
      </>
    );

  return (
    <>
      <PageHeader
        title={t('sessions.list.title')}
        description={t('sessions.list.description')}
        actions={
          <Link
            to="/sessions/create"
            className="inline-flex h-8 items-center rounded border border-brand-600 bg-brand-600 px-3 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t('sessions.list.create')}
          </Link>
        }
      />
      <QueryState what={t('sessions.list.what')} state={region}>
        <SessionsToolbar
          filters={listFilters}
          onFiltersChange={setListFilters}
          shown={shown.length}
          total={rows.length}
          loading={!region.sessionsComplete}
          selected={selected.length}
          running={actions.running}
          onCancelBulk={actions.cancelBulk}
          onBulk={(change) =>
            change === 'delete' ? actions.askDelete(selected) : void actions.runBulk(change, selected)
          }
        />
        <SessionsTable
          rows={shown}
          sort={sort}
          onSort={onSort}
          selection={selection}
          onSelectionChange={setSelection}
          actions={actions.rowActions}
          empty={empty}
        />
      </QueryState>
      <DeleteSessionsDialog {...actions.deleteDialog} />
      <BulkReportDialog {...actions.report} />
    </>
  );
}
