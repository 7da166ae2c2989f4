import { Link } from '@tanstack/react-router';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { useEffect, useRef } from 'react';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { Badge } from '@/components/ui/badge';
import { useT, type Translator } from '@/i18n';
import type { SessionRow } from '../session-rows';
import { SortButton, type SortControl } from './sort-button';

/** What a row's buttons do; the page owns the requests. */
export interface SessionRowActions {
  toggle: (session: TrafficMirrorSession) => void;
  remove: (session: TrafficMirrorSession) => void;
  /** Sessions with a request under way (their buttons show it). */
  pending: ReadonlySet<string>;
}

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

/** The target's kind and name (its name comes once the inventory has loaded). */
function TargetName({ row }: { row: SessionRow }) {
  const { t } = useT();
  return (
    <span className="block truncate" title={row.targetName ?? undefined}>
      <span className="mr-1 text-xs font-medium text-slate-500">
        {targetKind[row.session.traffic_mirror_target_type]}
      </span>{' '}
      {row.targetName ?? (
        <span className="text-slate-400">
          <span aria-hidden="true">…</span>
          <span className="sr-only">{t('sessions.table.nameLoading')}</span>
        </span>
      )}
    </span>
  );
}

/**
 * The header checkbox's state over every shown row (the table itself only holds the rows in
 * view), and what it does.
 */
export interface SelectAll {
  checked: boolean;
  indeterminate: boolean;
  toggle: (checked: boolean) => void;
}

/** How the columns are drawn: two lines a row when compact, the sort of the headers, and their words. */
export interface ColumnOptions {
  compact: boolean;
  sorting: SortControl;
  t: Translator['t'];
}

const secondLine = 'block truncate text-xs text-slate-500';

/**
 * The columns of the sessions table; `actions` wires the row buttons. Compact, a row has two
 * lines: the creation time under the name, VNI and packet length under the target, each with
 * its sort button in the header's second line.
 */
export function sessionColumns(
  actions: SessionRowActions,
  selectAll: SelectAll,
  { compact, sorting, t }: ColumnOptions,
): ColumnDef<SessionRow, unknown>[] {
  return [
    column.display({
      id: 'select',
      header: () => (
        <IndeterminateCheckbox
          label={t('sessions.table.selectAll')}
          checked={selectAll.checked}
          indeterminate={selectAll.indeterminate}
          onChange={selectAll.toggle}
        />
      ),
      cell: ({ row }) => (
        <IndeterminateCheckbox
          label={t('sessions.table.select', { name: row.original.session.name })}
          checked={row.getIsSelected()}
          indeterminate={false}
          onChange={(checked) => row.toggleSelected(checked)}
        />
      ),
    }),
    column.display({
      id: 'name',
      header: () =>
        compact ? (
          <span className="flex flex-col items-start">
            <SortButton label={t('sessions.table.name')} sortKey="name" control={sorting} />
            <SortButton label={t('sessions.table.created')} sortKey="created" control={sorting} />
          </span>
        ) : (
          t('sessions.table.name')
        ),
      cell: ({ row }) => (
        <>
          <Link
            to="/sessions/$sessionId"
            params={{ sessionId: row.original.id }}
            className={`font-medium text-brand-700 hover:underline ${compact ? 'block truncate' : ''}`}
            title={row.original.session.name}
          >
            {row.original.session.name}
          </Link>
          {compact && <span className={secondLine}>{row.original.created}</span>}
        </>
      ),
    }),
    column.display({
      id: 'status',
      header: t('sessions.table.status'),
      cell: ({ row }) =>
        row.original.session.enabled ? (
          <Badge tone="success">{t('sessions.status.enabled')}</Badge>
        ) : (
          <Badge>{t('sessions.status.disabled')}</Badge>
        ),
    }),
    column.display({
      id: 'priority',
      header: t('sessions.table.priority'),
      cell: ({ row }) => row.original.session.priority,
    }),
    column.display({
      id: 'filter',
      header: t('sessions.table.filter'),
      cell: ({ row }) => <span title={row.original.filterName}>{row.original.filterName}</span>,
    }),
    column.display({
      id: 'sources',
      header: t('sessions.table.sources'),
      cell: ({ row }) => row.original.session.traffic_mirror_sources.length,
    }),
    column.display({
      id: 'target',
      header: () =>
        compact ? (
          <span className="flex flex-col items-start">
            <SortButton label={t('sessions.table.target')} sortKey="target" control={sorting} />
            <span className="flex gap-2">
              <SortButton label={t('sessions.table.vni')} sortKey="vni" control={sorting} />
              <SortButton label={t('sessions.table.packetLength')} sortKey="packetLength" control={sorting} />
            </span>
          </span>
        ) : (
          t('sessions.table.target')
        ),
      cell: ({ row }) => (
        <>
          <TargetName row={row.original} />
          {compact && (
            <span className={secondLine}>
              {t('sessions.table.secondLine', {
                vni: row.original.session.virtual_network_id,
                length: row.original.session.packet_length,
              })}
            </span>
          )}
        </>
      ),
    }),
    column.display({
      id: 'vni',
      header: t('sessions.table.vni'),
      cell: ({ row }) => row.original.session.virtual_network_id,
    }),
    column.display({
      id: 'packetLength',
      header: () => <span className="whitespace-normal">{t('sessions.table.packetLength')}</span>,
      cell: ({ row }) => row.original.session.packet_length,
    }),
    column.display({
      id: 'created',
      header: t('sessions.table.created'),
      cell: ({ row }) => row.original.created,
    }),
    column.display({
      id: 'actions',
      header: () => <span className="sr-only">{t('sessions.table.actions')}</span>,
      cell: ({ row }) => {
        const { session } = row.original;
        const busy = actions.pending.has(session.id);
        return (
          <span className={compact ? 'flex flex-col items-start' : 'flex gap-1'}>
            <button
              type="button"
              disabled={busy}
              aria-busy={busy || undefined}
              aria-label={t(session.enabled ? 'sessions.row.disable' : 'sessions.row.enable', {
                name: session.name,
              })}
              onClick={() => actions.toggle(session)}
              className="rounded px-1.5 py-0.5 text-xs font-medium text-brand-700 hover:bg-brand-50 disabled:text-slate-400"
            >
              {busy
                ? t('sessions.row.saving')
                : t(session.enabled ? 'sessions.action.disable' : 'sessions.action.enable')}
            </button>
            <button
              type="button"
              disabled={busy}
              aria-label={t('sessions.row.delete', { name: session.name })}
              onClick={() => actions.remove(session)}
              className="rounded px-1.5 py-0.5 text-xs font-medium text-red-700 hover:bg-red-50 disabled:text-slate-400"
            >
              {t('sessions.action.delete')}
            </button>
          </span>
        );
      },
    }),
  ];
}
