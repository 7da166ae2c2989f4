import type { ReactNode } from 'react';
import type { SessionSort, SessionSortKey } from '../session-rows';

/** The sort shown and how to change it, for the table's header buttons. */
export interface SortControl {
  sort: SessionSort;
  onSort: (key: SessionSortKey) => void;
}

function sortArrow(active: boolean, descending: boolean): string {
  if (!active) return '↕';
  return descending ? '↓' : '↑';
}

/** A column header that sorts by `sortKey`; its arrow shows whether, and which way, it sorts. */
export function SortButton({
  label,
  sortKey,
  control,
}: {
  label: ReactNode;
  sortKey: SessionSortKey;
  control: SortControl;
}) {
  const { sort, onSort } = control;
  const active = sort.key === sortKey;
  return (
    <button
      type="button"
      onClick={() => onSort(sortKey)}
      className={`inline-flex items-center gap-1 rounded hover:text-slate-900 ${active ? 'text-slate-900' : ''}`}
    >
      {label}
      <span aria-hidden="true" className={active ? 'text-brand-700' : 'text-slate-400'}>
        {sortArrow(active, sort.descending)}
      </span>
    </button>
  );
}
