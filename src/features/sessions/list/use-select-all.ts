import type { RowSelectionState } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { SelectAll } from './session-columns';
import type { SessionRow } from '../session-rows';

/** The header checkbox: all shown rows selected, some, or none; toggling acts on the shown rows. */
export function useSelectAll(
  rows: readonly SessionRow[],
  selection: RowSelectionState,
  onSelectionChange: (selection: RowSelectionState) => void,
): SelectAll {
  return useMemo(() => {
    const selected =
      Object.keys(selection).length === 0 ? 0 : rows.reduce((n, row) => (selection[row.id] ? n + 1 : n), 0);
    return {
      checked: rows.length > 0 && selected === rows.length,
      indeterminate: selected > 0 && selected < rows.length,
      toggle: (checked: boolean) => {
        const next = { ...selection };
        for (const row of rows) {
          if (checked) next[row.id] = true;
          else delete next[row.id];
        }
        onSelectionChange(next);
      },
    };
  }, [rows, selection, onSelectionChange]);
}
