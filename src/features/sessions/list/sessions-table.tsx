import { flexRender, getCoreRowModel, useReactTable, type RowSelectionState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useT } from '@/i18n';
import { columnWidths, sessionTableLayout } from './session-column-layout';
import { sessionColumns, type SessionRowActions } from './session-columns';
import type { SessionRow, SessionSort, SessionSortKey } from '../session-rows';
import { SortButton } from './sort-button';
import { useElementWidth } from './use-element-width';
import { useSelectAll } from './use-select-all';

/** Compact, these columns are shown in the second lines of the name and target. */
const IN_SECOND_LINES = { vni: false, packetLength: false, created: false };
/** The last column stays at the right edge, over the others, with their row's background. */
const stickyClass = 'sticky right-0 bg-inherit shadow-[-1px_0_0_var(--color-slate-200)]';

export interface SessionsTableProps {
  /** The rows to show, already searched, filtered and sorted. */
  rows: readonly SessionRow[];
  sort: SessionSort;
  onSort: (key: SessionSortKey) => void;
  selection: RowSelectionState;
  onSelectionChange: (selection: RowSelectionState) => void;
  actions: SessionRowActions;
  /** Shown in place of the rows when there are none. */
  empty: ReactNode;
}

/**
 * Every session of the region in one table: only the rows in view are in the DOM (the rest is
 * a spacer), so 20,000 sessions scroll, sort and filter at once. Sorting and filtering are done
 * by the page; the table keeps the selection. Where all columns do not fit on one line, a row
 * takes two (see session-column-layout.ts): nothing scrolls sideways and the actions stay in view.
 */
export function SessionsTable({
  rows,
  sort,
  onSort,
  selection,
  onSelectionChange,
  actions,
  empty,
}: SessionsTableProps) {
  const { t } = useT();
  const selectAll = useSelectAll(rows, selection, onSelectionChange);
  const scrollRef = useRef<HTMLDivElement>(null);
  const available = useElementWidth(scrollRef);
  const layout = sessionTableLayout(available);
  const { compact, rowHeight } = layout;
  const columns = useMemo(
    () => sessionColumns(actions, selectAll, { compact, sorting: { sort, onSort }, t }),
    [actions, selectAll, compact, sort, onSort, t],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- virtualizer and table are read during render, as designed
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 4,
  });
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const items = virtualizer.getVirtualItems();
  // The table holds only the rows in view: building table rows for 20,000 sessions on every
  // keystroke would cost far more than the search itself.
  const inView = useMemo(() => items.flatMap((item) => rows[item.index] ?? []), [items, rows]);
  const table = useReactTable({
    data: inView,
    columns,
    state: { rowSelection: selection, columnVisibility: compact ? IN_SECOND_LINES : {} },
    getRowId: (row) => row.id,
    enableRowSelection: true,
    onRowSelectionChange: (updater) =>
      onSelectionChange(typeof updater === 'function' ? updater(selection) : updater),
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualFiltering: true,
  });
  const tableRows = table.getRowModel().rows;
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const widths = columnWidths(layout, available);

  return (
    <div
      ref={scrollRef}
      className="h-[calc(100vh-15rem)] min-h-80 overflow-auto rounded border border-slate-200 bg-white"
    >
      <table
        aria-label={t('sessions.table.label')}
        aria-rowcount={rows.length + 1}
        className="w-full table-fixed text-left text-[13px]"
      >
        <colgroup>
          {table.getVisibleLeafColumns().map((c) => (
            <col key={c.id} style={{ width: widths[c.id] }} />
          ))}
        </colgroup>
        <thead className="sticky top-0 z-10 border-b border-slate-200 bg-slate-50 text-xs font-semibold text-slate-600 shadow-[0_1px_0_var(--color-slate-200)]">
          <tr aria-rowindex={1} className="bg-slate-50">
            {table.getFlatHeaders().map((header) => {
              const column = layout.columns[header.id];
              const sortKey = column?.sortKey;
              const active = sortKey !== undefined && sort.key === sortKey;
              const content = flexRender(header.column.columnDef.header, header.getContext());
              return (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  className={`px-2 py-1.5 whitespace-nowrap ${column?.numeric ? 'text-right' : ''} ${column?.sticky ? stickyClass : ''}`}
                >
                  {sortKey && !column?.stacked ? (
                    <SortButton label={content} sortKey={sortKey} control={{ sort, onSort }} />
                  ) : (
                    content
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="px-3 py-10 text-center text-slate-600">
                {empty}
              </td>
            </tr>
          )}
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {items.map((item, position) => {
            const row = tableRows[position];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                aria-selected={row.getIsSelected()}
                style={{ height: rowHeight }}
                className={`border-b border-slate-100 ${row.getIsSelected() ? 'bg-brand-50' : 'bg-white hover:bg-slate-50'}`}
              >
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={`truncate px-2 ${layout.columns[cell.column.id]?.numeric ? 'text-right tabular-nums' : ''} ${layout.columns[cell.column.id]?.sticky ? stickyClass : ''}`}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
