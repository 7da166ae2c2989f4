import { useId, type ReactNode } from 'react';

export interface SelectionColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  className?: string;
}

/** Whether a row can be chosen, and the sentence that says so (or says why not). */
export interface RowVerdict {
  ok: boolean;
  text: ReactNode;
}

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
 * Tab work as everywhere), each row saying whether it can be chosen and why not; the reason
 * also describes the control for screen readers.
 */
export function SelectionTable<Row>(props: SelectionTableProps<Row>) {
  const { label, mode, rows, rowKey, rowName, rowDetail, columns, isSelected, onChange, verdict } = props;
  const base = useId();
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table aria-label={label} className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">
              Name
            </th>
            {columns.map((c) => (
              <th
                key={c.header}
                scope="col"
                className={`px-3 py-2 whitespace-nowrap ${c.numeric ? 'text-right' : ''}`}
              >
                {c.header}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 whitespace-nowrap">
              {props.verdictHeader}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length + 2} className="px-3 py-8 text-center text-slate-500">
                {props.empty}
              </td>
            </tr>
          )}
          {rows.map((row, index) => {
            const id = `${base}-${index}`;
            const selected = isSelected(row);
            const { ok, text } = verdict(row);
            const blocked = !ok && !selected;
            return (
              <tr
                key={rowKey(row)}
                className={`border-b border-slate-100 last:border-0 ${selected ? 'bg-brand-50' : blocked ? 'bg-slate-50/60 text-slate-500' : 'hover:bg-slate-50'}`}
              >
                <td className="px-3 py-1.5 align-top">
                  <div className="flex items-start gap-2">
                    <input
                      id={id}
                      type={mode}
                      name={`${base}-choice`}
                      checked={selected}
                      disabled={blocked}
                      aria-describedby={`${id}-verdict`}
                      onChange={(event) => onChange(row, event.target.checked)}
                      className="mt-0.5 size-4 shrink-0 accent-brand-600"
                    />
                    <div className="min-w-0">
                      <label
                        htmlFor={id}
                        className={`font-medium ${blocked ? '' : 'cursor-pointer text-slate-900'}`}
                      >
                        {rowName(row)}
                      </label>
                      {rowDetail && <div className="text-xs text-slate-500">{rowDetail(row)}</div>}
                    </div>
                  </div>
                </td>
                {columns.map((c) => (
                  <td
                    key={c.header}
                    className={`px-3 py-1.5 align-top ${c.numeric ? 'text-right tabular-nums' : ''} ${c.className ?? ''}`}
                  >
                    {c.cell(row)}
                  </td>
                ))}
                <td
                  id={`${id}-verdict`}
                  className={`max-w-md px-3 py-1.5 align-top text-xs ${ok ? 'text-emerald-800' : 'text-slate-700'}`}
                >
                  {text}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
