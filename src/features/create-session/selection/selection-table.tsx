import { useId, type ReactNode } from 'react';
import { useT } from '@/i18n';
import { SelectionRow, type RowVerdict, type SelectionColumn } from './selection-row';

/** The rows, how each is named, chosen and judged, and the other columns. */
export interface SelectionTableProps<Row> {
  /** Names the table for screen readers. */
  label: string;
  /** `radio`: choose one; `checkbox`: choose several. */
  mode: 'radio' | 'checkbox';
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The row's name: the label of its radio or checkbox, in the first column. */
  rowName: (row: Row) => string;
  /** Extra lines under the name (a description, an id). */
  rowDetail?: (row: Row) => ReactNode;
  columns: SelectionColumn<Row>[];
  isSelected: (row: Row) => boolean;
  onChange: (row: Row, selected: boolean) => void;
  /** Eligibility; an ineligible row cannot be chosen (but a chosen one can be cleared). */
  verdict: (row: Row) => RowVerdict;
  /** Header of the eligibility column. */
  verdictHeader: string;
  empty: ReactNode;
}

/**
 * A dense table whose rows are chosen with a native radio or checkbox (so arrows, Space and
 * Tab work as everywhere), each row saying whether it can be chosen and, if not, why.
 */
export function SelectionTable<Row>(props: SelectionTableProps<Row>) {
  const { label, mode, rows, rowKey, rowName, rowDetail, columns, isSelected, onChange, verdict } = props;
  const { t } = useT();
  const base = useId();
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table aria-label={label} className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold text-slate-600">
          <tr>
            <th scope="col" className="px-2 py-2 whitespace-nowrap">
              {t('wizard.table.name')}
            </th>
            {columns.map((c) => (
              <th
                key={c.header}
                scope="col"
                className={`px-2 py-2 whitespace-nowrap ${c.numeric ? 'text-right' : ''}`}
              >
                {c.header}
              </th>
            ))}
            <th scope="col" className="px-2 py-2 whitespace-nowrap">
              {props.verdictHeader}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length + 2} className="px-2 py-8 text-center text-slate-500">
                {props.empty}
              </td>
            </tr>
          )}
          {rows.map((row, index) => (
            <SelectionRow
              key={rowKey(row)}
              id={`${base}-${index}`}
              group={`${base}-choice`}
              mode={mode}
              row={row}
              name={rowName(row)}
              detail={rowDetail?.(row)}
              columns={columns}
              selected={isSelected(row)}
              verdict={verdict(row)}
              onChange={(selected) => onChange(row, selected)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
