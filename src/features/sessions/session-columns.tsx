import { Link } from '@tanstack/react-router';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { useEffect, useRef } from 'react';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { Badge } from '@/components/ui/badge';
import type { SessionRow, SessionSortKey } from './session-rows';

/** What a row's buttons do; the page owns the requests. */
export interface SessionRowActions {
  toggle: (session: TrafficMirrorSession) => void;
  remove: (session: TrafficMirrorSession) => void;
  /** Sessions with a request under way (their buttons show it). */
  pending: ReadonlySet<string>;
}

/** Layout of a column: width in pixels, numeric alignment, and the sort it offers. */
export interface ColumnLayout {
  width: number;
  numeric?: boolean;
  sortKey?: SessionSortKey;
  /** Stays in view at the right edge when the table scrolls sideways. */
  sticky?: boolean;
}

/** Widths sum to about 1010 px, the table's minimum width; narrower screens scroll it sideways. */
export const columnLayout: Record<string, ColumnLayout> = {
  select: { width: 32 },
  name: { width: 156, sortKey: 'name' },
  status: { width: 78, sortKey: 'status' },
  priority: { width: 62, numeric: true, sortKey: 'priority' },
  filter: { width: 124, sortKey: 'filter' },
  sources: { width: 64, numeric: true, sortKey: 'sources' },
  target: { width: 156, sortKey: 'target' },
  vni: { width: 58, numeric: true, sortKey: 'vni' },
  packetLength: { width: 68, numeric: true, sortKey: 'packetLength' },
  created: { width: 120, sortKey: 'created' },
  actions: { width: 96, sticky: true },
};

function IndeterminateCheckbox({
  checked,
  indeterminate,
  label,
  onChange,
}: {
  checked: boolean;
  indeterminate: boolean;
  label: string;
  onChange: (checked: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={label}
      checked={checked}
      onChange={(event) => onChange(event.target.checked)}
      className="size-4 accent-brand-600"
    />
  );
}

const column = createColumnHelper<SessionRow>();

const targetKind = { eni: 'ENI', elb: 'ELB' } as const;

/**
 * The header checkbox's state over every shown row (the table itself only holds the rows in
 * view), and what it does.
 */
export interface SelectAll {
  checked: boolean;
  indeterminate: boolean;
  toggle: (checked: boolean) => void;
}

/** The columns of the sessions table; `actions` wires the row buttons. */
export function sessionColumns(
  actions: SessionRowActions,
  selectAll: SelectAll,
): ColumnDef<SessionRow, unknown>[] {
  return [
    column.display({
      id: 'select',
      header: () => (
        <IndeterminateCheckbox
          label="Select all shown sessions"
          checked={selectAll.checked}
          indeterminate={selectAll.indeterminate}
          onChange={selectAll.toggle}
        />
      ),
      cell: ({ row }) => (
        <IndeterminateCheckbox
          label={`Select ${row.original.session.name}`}
          checked={row.getIsSelected()}
          indeterminate={false}
          onChange={(checked) => row.toggleSelected(checked)}
        />
      ),
    }),
    column.display({
      id: 'name',
      header: 'Name',
      cell: ({ row }) => (
        <Link
          to="/sessions/$sessionId"
          params={{ sessionId: row.original.id }}
          className="font-medium text-brand-700 hover:underline"
          title={row.original.session.name}
        >
          {row.original.session.name}
        </Link>
      ),
    }),
    column.display({
      id: 'status',
      header: 'Status',
      cell: ({ row }) =>
        row.original.session.enabled ? <Badge tone="success">Enabled</Badge> : <Badge>Disabled</Badge>,
    }),
    column.display({ id: 'priority', header: 'Priority', cell: ({ row }) => row.original.session.priority }),
    column.display({
      id: 'filter',
      header: 'Filter',
      cell: ({ row }) => <span title={row.original.filterName}>{row.original.filterName}</span>,
    }),
    column.display({
      id: 'sources',
      header: 'Sources',
      cell: ({ row }) => row.original.session.traffic_mirror_sources.length,
    }),
    column.display({
      id: 'target',
      header: 'Target',
      cell: ({ row }) => (
        <span title={row.original.targetName ?? undefined}>
          <span className="mr-1 text-xs font-medium text-slate-500">
            {targetKind[row.original.session.traffic_mirror_target_type]}
          </span>{' '}
          {row.original.targetName ?? (
            <span className="text-slate-400">
              <span aria-hidden="true">…</span>
              <span className="sr-only">name loading</span>
            </span>
          )}
        </span>
      ),
    }),
    column.display({ id: 'vni', header: 'VNI', cell: ({ row }) => row.original.session.virtual_network_id }),
    column.display({
      id: 'packetLength',
      header: () => <span className="whitespace-normal">Packet length</span>,
      cell: ({ row }) => row.original.session.packet_length,
    }),
    column.display({ id: 'created', header: 'Created (UTC)', cell: ({ row }) => row.original.created }),
    column.display({
      id: 'actions',
      header: () => <span className="sr-only">Actions</span>,
      cell: ({ row }) => {
        const { session } = row.original;
        const busy = actions.pending.has(session.id);
        return (
          <span className="flex gap-1">
            <button
              type="button"
              disabled={busy}
              aria-busy={busy || undefined}
              aria-label={`${session.enabled ? 'Disable' : 'Enable'} ${session.name}`}
              onClick={() => actions.toggle(session)}
              className="rounded px-1.5 py-0.5 text-xs font-medium text-brand-700 hover:bg-brand-50 disabled:text-slate-400"
            >
              {busy ? 'Saving…' : session.enabled ? 'Disable' : 'Enable'}
            </button>
            <button
              type="button"
              disabled={busy}
              aria-label={`Delete ${session.name}`}
              onClick={() => actions.remove(session)}
              className="rounded px-1.5 py-0.5 text-xs font-medium text-red-700 hover:bg-red-50 disabled:text-slate-400"
            >
              Delete
            </button>
          </span>
        );
      },
    }),
  ];
}
