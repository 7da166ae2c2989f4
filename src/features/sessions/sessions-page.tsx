import { Link } from '@tanstack/react-router';
import type { RowSelectionState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useFilters } from '@/api/filters';
import { useLoadBalancers, usePorts } from '@/api/inventory';
import { useSessions } from '@/api/sessions';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { DeleteSessionsDialog } from './delete-sessions-dialog';
import {
  buildSessionRows,
  filterSessionRows,
  sortSessionRows,
  type SessionListFilters,
  type SessionSort,
  type SessionSortKey,
} from './session-rows';
import { SessionsTable } from './sessions-table';
import { SessionsToolbar } from './sessions-toolbar';
import { useSessionListActions } from './use-session-list-actions';

/** The create-session wizard (its own feature; typed as a plain path so this page does not depend on it). */
const CREATE_SESSION_PATH: string = '/sessions/create';

const noFilters: SessionListFilters = { query: '', status: 'all', targetType: 'all' };

/** Every mirror session of the region: search, sort, filter, enable/disable and delete. */
export function SessionsPage() {
  const sessions = useSessions();
  const filters = useFilters();
  const ports = usePorts();
  const balancers = useLoadBalancers();
  const [listFilters, setListFilters] = useState<SessionListFilters>(noFilters);
  const [sort, setSort] = useState<SessionSort>({ key: 'created', descending: true });
  const [selection, setSelection] = useState<RowSelectionState>({});
  const actions = useSessionListActions(selection, setSelection);

  const rows = useMemo(
    () => buildSessionRows(sessions.data ?? [], filters.data ?? [], ports.data ?? [], balancers.data ?? []),
    [sessions.data, filters.data, ports.data, balancers.data],
  );
  const sorted = useMemo(() => sortSessionRows(rows, sort), [rows, sort]);
  const shown = useMemo(() => filterSessionRows(sorted, listFilters), [sorted, listFilters]);
  const selected = useMemo(
    () => shown.filter((r) => selection[r.id]).map((r) => r.session),
    [shown, selection],
  );

  const onSort = (key: SessionSortKey) =>
    setSort((current) => ({ key, descending: current.key === key ? !current.descending : false }));
  const empty =
    rows.length === 0 ? (
      <>
        This region has no mirror sessions yet.{' '}
        <Link to={CREATE_SESSION_PATH} className="font-medium text-brand-700 underline">
          Create a mirror session
        </Link>{' '}
        to start copying traffic.
      </>
    ) : (
      <>
        No session matches the search and filters.{' '}
        <Button variant="ghost" onClick={() => setListFilters(noFilters)}>
          Clear search and filters
        </Button>
      </>
    );

  // A failed refresh keeps the rows on screen; only a list that never loaded is an error.
  const error =
    [sessions, filters, ports, balancers].find((q) => q.data === undefined && q.error)?.error ?? null;
  return (
    <>
      <PageHeader
        title="Mirror Sessions"
        description="A mirror session copies the traffic of its sources that its filter accepts to its target. Sessions are evaluated in ascending priority."
        actions={
          <Link
            to={CREATE_SESSION_PATH}
            className="inline-flex h-8 items-center rounded border border-brand-600 bg-brand-600 px-3 text-sm font-medium text-white hover:bg-brand-700"
          >
            Create mirror session
          </Link>
        }
      />
      <QueryState
        what="mirror sessions"
        isPending={sessions.isPending || filters.isPending || ports.isPending || balancers.isPending}
        error={error}
        retry={() =>
          void Promise.all([sessions.refetch(), filters.refetch(), ports.refetch(), balancers.refetch()])
        }
      >
        <SessionsToolbar
          filters={listFilters}
          onFiltersChange={setListFilters}
          shown={shown.length}
          total={rows.length}
          selected={selected.length}
          running={actions.running}
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
    </>
  );
}
