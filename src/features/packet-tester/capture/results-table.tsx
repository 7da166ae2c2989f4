import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { Badge } from '@/components/ui/badge';
import { useT, type MessageId } from '@/i18n';
import type { ConfigNames } from '../config-names';
import { reasonWord } from '../verdict-words';
import type { CaptureResult } from './capture-protocol';
import { packetSearch, packetSummary, reasonOf } from './capture-rows';
import { useRowWindow, type RowLoader } from './use-row-window';
import { useScaledWindow } from './use-scaled-window';

const ROW_HEIGHT = 30;
const COLUMNS: readonly { header: MessageId | null; width: number; numeric?: true }[] = [
  { header: null, width: 84, numeric: true },
  { header: 'tester.table.way', width: 40 },
  { header: 'tester.table.packet', width: 0 },
  { header: 'tester.table.verdict', width: 132 },
  { header: 'tester.table.session', width: 124 },
  { header: 'tester.table.rule', width: 128 },
  { header: 'tester.table.test', width: 48 },
];

/** Props of {@link ResultsTable}. */
export interface ResultsTableProps {
  result: CaptureResult;
  /** How many rows the table has, and how to read rows [from, to) of it. */
  count: number;
  load: RowLoader;
  names: ConfigNames;
  source: string;
}

function tone(reason: string) {
  if (reason === 'ACCEPTED') return 'success';
  if (reason === 'REJECTED') return 'danger';
  return reason.startsWith('SKIPPED') ? 'warning' : 'neutral';
}

/**
 * Every packet of the capture in a table that keeps only the rows around the view in the
 * page, asked from the worker (which decodes them from the file) as they scroll in: ten
 * million packets scroll at once, with nothing held per packet in the page.
 */
export function ResultsTable({ result, count, load, names, source }: ResultsTableProps) {
  const { t } = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { first, last, before, after } = useScaledWindow(scrollRef, count, ROW_HEIGHT, 16);
  const { rowAt, show } = useRowWindow(load);
  useEffect(() => show(first, last), [show, first, last]);
  const items = Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => first + k);
  return (
    <div
      ref={scrollRef}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- keyboard users scroll the packets with the arrows
      tabIndex={0}
      role="region"
      aria-label={t('tester.table.region')}
      className="h-[28rem] overflow-auto rounded border border-slate-200 bg-white"
    >
      <table
        aria-label={t('tester.table.name')}
        aria-rowcount={count + 1}
        className="w-full table-fixed text-left text-[13px]"
      >
        <colgroup>
          {COLUMNS.map((c) => (
            <col key={c.header ?? 'number'} style={c.width ? { width: c.width } : undefined} />
          ))}
        </colgroup>
        <thead className="sticky top-0 z-10 bg-slate-50 text-xs font-semibold text-slate-600 shadow-[0_1px_0_var(--color-slate-200)]">
          <tr aria-rowindex={1}>
            {COLUMNS.map((c) => (
              <th
                key={c.header ?? 'number'}
                scope="col"
                className={`px-2 py-1.5 ${c.numeric ? 'text-right' : ''}`}
              >
                {c.header ? t(c.header) : '#'}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {count === 0 && (
            <tr>
              <td colSpan={COLUMNS.length} className="px-3 py-8 text-center text-slate-600">
                {t('tester.table.empty')}
              </td>
            </tr>
          )}
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {items.map((item) => {
            const row = rowAt(item);
            if (!row) {
              return (
                <tr key={`wait-${item}`} aria-rowindex={item + 2} style={{ height: ROW_HEIGHT }}>
                  <td colSpan={COLUMNS.length} className="px-2 text-slate-500">
                    {t('tester.table.reading')}
                  </td>
                </tr>
              );
            }
            const i = row.packet;
            const reason = reasonOf(row.code, result.outcomes);
            const outcome = row.code >= 0 ? result.outcomes[row.code] : undefined;
            const rule = names.rule(outcome?.rule_id ?? null);
            const way = row.direction;
            const search = packetSearch(row, source);
            const summary = packetSummary(row, t);
            const sessionName = names.session(outcome?.session_id ?? null)?.name;
            return (
              <tr
                key={i}
                aria-rowindex={item + 2}
                style={{ height: ROW_HEIGHT }}
                className="border-b border-slate-100 hover:bg-slate-50"
              >
                <td className="px-2 text-right text-slate-600 tabular-nums">{i + 1}</td>
                <td className="px-2">
                  {way === 0 ? t('tester.table.wayIn') : way === 1 ? t('tester.table.wayOut') : '—'}
                </td>
                <td className="truncate px-2 font-mono text-xs" title={summary}>
                  {summary}
                </td>
                <td className="truncate px-2" title={reason}>
                  <Badge tone={tone(reason)}>{reasonWord(reason, t)}</Badge>
                </td>
                <td className="truncate px-2" title={sessionName}>
                  {sessionName ?? '—'}
                </td>
                <td className="truncate px-2">
                  {rule ? t('tester.table.ruleCell', { priority: rule.priority, action: rule.action }) : '—'}
                </td>
                <td className="px-2">
                  {search && (
                    <Link
                      to="/packet-tester"
                      search={search}
                      className="text-brand-700 hover:underline"
                      aria-label={t('tester.table.testAlone', { number: i + 1 })}
                    >
                      {t('tester.table.test')}
                    </Link>
                  )}
                </td>
              </tr>
            );
          })}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
