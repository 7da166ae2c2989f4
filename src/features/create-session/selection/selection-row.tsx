import type { ReactNode } from 'react';
import { useT } from '@/i18n';

/** A column after the name: its header and how a row fills it. */
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

/** A row of a selection table, with its control's ids and its eligibility. */
export interface SelectionRowProps<Row> {
  id: string;
  group: string;
  mode: 'radio' | 'checkbox';
  row: Row;
  name: string;
  detail: ReactNode;
  columns: SelectionColumn<Row>[];
  selected: boolean;
  verdict: RowVerdict;
  onChange: (selected: boolean) => void;
}

/**
 * One choosable row. A row that cannot be chosen says why on a line of its own under it, the
 * full width of the table, so the reason stays readable on narrow screens; the reason (or
 * the "can be chosen" note) describes the radio or checkbox.
 */
export function SelectionRow<Row>(props: SelectionRowProps<Row>) {
  const { t } = useT();
  const { id, mode, row, columns, selected, verdict, onChange } = props;
  const blocked = !verdict.ok && !selected;
  const tone = selected ? 'bg-brand-50' : blocked ? 'bg-slate-50 text-slate-600' : 'hover:bg-slate-50';
  const describedBy = `${id}-verdict`;
  return (
    <>
      <tr className={`${verdict.ok ? 'border-b border-slate-100' : ''} ${tone}`}>
        <td className="px-2 py-1.5 align-top">
          <div className="flex items-start gap-2">
            <input
              id={id}
              type={mode}
              name={props.group}
              checked={selected}
              disabled={blocked}
              aria-describedby={describedBy}
              onChange={(event) => onChange(event.target.checked)}
              className="mt-0.5 size-4 shrink-0 accent-brand-600"
            />
            <div className="min-w-0">
              <label
                htmlFor={id}
                className={`font-medium whitespace-nowrap ${blocked ? '' : 'cursor-pointer text-slate-900'}`}
              >
                {props.name}
              </label>
              {props.detail && <div className="text-xs text-slate-500">{props.detail}</div>}
            </div>
          </div>
        </td>
        {columns.map((c) => (
          <td
            key={c.header}
            className={`px-2 py-1.5 align-top ${c.numeric ? 'text-right whitespace-nowrap tabular-nums' : ''} ${c.className ?? ''}`}
          >
            {c.cell(row)}
          </td>
        ))}
        {verdict.ok ? (
          <td id={describedBy} className="px-2 py-1.5 align-top text-xs text-emerald-800">
            {verdict.text}
          </td>
        ) : (
          <td
            className={`px-2 py-1.5 align-top text-xs font-medium whitespace-nowrap ${selected ? 'text-red-700' : ''}`}
          >
            {t(selected ? 'wizard.table.cannotUse' : 'wizard.table.notAvailable')}
          </td>
        )}
      </tr>
      {!verdict.ok && (
        <tr className={`border-b border-slate-100 ${tone}`}>
          <td
            id={describedBy}
            colSpan={columns.length + 2}
            className="px-2 pt-0 pb-2 pl-8 text-xs text-slate-700"
          >
            {verdict.text}
          </td>
        </tr>
      )}
    </>
  );
}
