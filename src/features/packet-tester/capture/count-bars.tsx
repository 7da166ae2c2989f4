import { useId } from 'react';
import { useT } from '@/i18n';

/** One bar: what is counted and how many. */
export interface CountRow {
  key: string;
  label: string;
  value: number;
  /** The code behind the label (a verdict reason), offered on hover for copying. */
  code?: string;
}

/** Props of {@link CountBars}. */
export interface CountBarsProps {
  title: string;
  rows: readonly CountRow[];
  /** What the shares are of (the bars' 100 %). */
  total: number;
  /** Said when there are no rows. */
  empty: string;
}

/**
 * Counts as horizontal bars with their numbers and shares written out: a table for screen
 * readers, bars for the eye (hidden from assistive technology, which reads the numbers).
 */
export function CountBars({ title, rows, total, empty }: CountBarsProps) {
  const { t, formatNumber } = useT();
  const id = useId();
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <section aria-labelledby={id} className="min-w-0">
      <h3 id={id} className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {title}
      </h3>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <table className="w-full table-fixed text-sm" aria-labelledby={id}>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th
                  scope="row"
                  className="truncate py-0.5 pr-2 text-left font-normal"
                  title={
                    row.code ? t('tester.outcome.codeTitle', { label: row.label, code: row.code }) : row.label
                  }
                >
                  {row.label}
                </th>
                <td className="w-[30%] py-0.5">
                  <div aria-hidden="true" className="h-2.5 rounded-sm bg-slate-100">
                    <div
                      className="h-full rounded-sm bg-brand-600"
                      style={{ width: `${(row.value / max) * 100}%` }}
                    />
                  </div>
                </td>
                <td className="w-40 py-0.5 pl-2 text-right whitespace-nowrap tabular-nums">
                  {formatNumber(row.value)}
                  <span className="text-slate-500">
                    {' '}
                    ({t('tester.outcome.share', { share: total > 0 ? (row.value / total) * 100 : 0 })})
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
