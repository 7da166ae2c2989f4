import { lazy, Suspense, useCallback, useState } from 'react';
import type { PacketRow } from '@/domain/capture/packet-rows';
import { SelectField } from '@/components/form/select-field';
import { Alert } from '@/components/ui/alert';
import { useResultText } from '@/components/results/use-result-text';
import { useT } from '@/i18n';
import { ruleTitle, type ConfigNames } from '../config-names';
import type { TesterMessage } from '../tester-message';
import { reasonWord } from '../verdict-words';
import type { CaptureResult } from './capture-protocol';
import { CountBars, type CountRow } from './count-bars';
import { DownloadCopies } from './download-copies';
import { ResultsTable } from './results-table';

/** Props of {@link CaptureResults}. */
export interface CaptureResultsProps {
  result: CaptureResult;
  names: ConfigNames;
  source: { id: string; name: string };
  /** Rows [from, to) of the packets with verdict `reason` ('all': every packet), from the worker. */
  rows: (reason: string, from: number, to: number) => Promise<PacketRow[]>;
  /** The copies as a pcap Blob, written by the worker, or why there are none. */
  copies: () => Promise<Blob | TesterMessage>;
}

const CaptureCharts = lazy(() =>
  import('./charts/capture-charts').then((module) => ({ default: module.CaptureCharts })),
);

const byCount = (a: CountRow, b: CountRow) => b.value - a.value;

/**
 * A capture's results: what was read, any problem in the file, the copies to download,
 * counts by verdict, session and rule, and every packet in a table filtered by verdict.
 */
export function CaptureResults({ result, names, source, rows, copies }: CaptureResultsProps) {
  const { t } = useT();
  const [reason, setReason] = useState('all');
  const resultWords = useResultText();
  const shown = reason === 'all' ? result.total : (result.by_reason[reason] ?? 0);
  const load = useCallback((from: number, to: number) => rows(reason, from, to), [rows, reason]);
  const reasons: CountRow[] = Object.entries(result.by_reason)
    .map(([key, value]) => ({ key, label: reasonWord(key, t), value, code: key }))
    .sort(byCount);
  const sessions: CountRow[] = Object.entries(result.by_session)
    .map(([key, value]) => ({ key, label: names.session(key)?.name ?? key, value }))
    .sort(byCount);
  const rules: CountRow[] = Object.entries(result.by_rule)
    .map(([key, value]) => {
      const rule = names.rule(key);
      const filter = rule && names.filter(rule.traffic_mirror_filter_id);
      const label = rule
        ? t('tester.outcome.ruleLabel', {
            filter: filter?.name ?? rule.traffic_mirror_filter_id,
            rule: ruleTitle(rule, t),
          })
        : key;
      return { key, label, value };
    })
    .sort(byCount);
  const notCopied = result.total - result.mirrored - result.skipped;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm">
          {t('tester.outcome.summary', {
            total: result.total,
            format: result.format ?? 'other',
            seconds: result.milliseconds / 1000,
            copied: result.mirrored,
            notCopied,
            skipped: result.skipped,
          })}
        </p>
        <DownloadCopies copies={copies} mirrored={result.mirrored} interfaceName={source.name} />
      </div>
      {result.error && (
        <Alert
          tone="error"
          title={
            result.error.packet > 0
              ? t('tester.outcome.stoppedAt', { packet: result.error.packet, offset: result.error.offset })
              : t('tester.outcome.unreadable')
          }
        >
          {resultWords(result.error.message)}
          {result.total > 0 && ` ${t('tester.outcome.before', { count: result.total })}`}
        </Alert>
      )}
      {result.aborted && (
        <Alert tone="info" title={t('tester.outcome.cancelled')}>
          {t('tester.outcome.cancelledBody', { count: result.total })}
        </Alert>
      )}
      <Suspense fallback={null}>
        <CaptureCharts reasons={reasons} sessions={sessions} rules={rules} charts={result.charts} />
      </Suspense>
      <div className="grid grid-cols-2 gap-x-6 gap-y-4">
        <CountBars
          title={t('tester.outcome.byVerdict')}
          rows={reasons}
          total={result.total}
          empty={t('tester.outcome.noPackets')}
        />
        <CountBars
          title={t('tester.outcome.bySession')}
          rows={sessions}
          total={result.mirrored}
          empty={t('tester.outcome.noCopies')}
        />
        <div className="col-span-2">
          <CountBars
            title={t('tester.outcome.byRule')}
            rows={rules}
            total={result.total}
            empty={t('tester.outcome.noRule')}
          />
        </div>
      </div>
      <div className="flex items-end justify-between gap-3">
        <div className="w-72">
          <SelectField
            label={t('tester.outcome.show')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            options={[
              { value: 'all', label: t('tester.outcome.all', { count: result.total }) },
              ...reasons.map((r) => ({
                value: r.key,
                label: t('tester.outcome.option', { label: r.label, count: r.value }),
              })),
            ]}
          />
        </div>
        <p className="pb-1.5 text-sm text-slate-600" aria-live="polite">
          {t('tester.outcome.showing', { shown, total: result.total })}
        </p>
      </div>
      <ResultsTable key={reason} result={result} count={shown} load={load} names={names} source={source.id} />
    </div>
  );
}
