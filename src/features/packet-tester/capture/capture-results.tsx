import { useCallback, useState } from 'react';
import type { PacketRow } from '@/domain/capture/packet-rows';
import { SelectField } from '@/components/form/select-field';
import { Alert } from '@/components/ui/alert';
import { useAnalysisText } from '@/components/results/analysis-text';
import { ruleTitle, type ConfigNames } from '../config-names';
import { REASON_WORDS } from '../verdict-words';
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
  copies: () => Promise<Blob | string>;
}

const byCount = (a: CountRow, b: CountRow) => b.value - a.value;
const count = (n: number) => n.toLocaleString('en');

/**
 * A capture's results: what was read, any problem in the file, the copies to download,
 * counts by verdict, session and rule, and every packet in a table filtered by verdict.
 */
export function CaptureResults({ result, names, source, rows, copies }: CaptureResultsProps) {
  const [reason, setReason] = useState('all');
  const analysisText = useAnalysisText();
  const shown = reason === 'all' ? result.total : (result.by_reason[reason] ?? 0);
  const load = useCallback((from: number, to: number) => rows(reason, from, to), [rows, reason]);
  const reasons: CountRow[] = Object.entries(result.by_reason)
    .map(([key, value]) => ({ key, label: REASON_WORDS[key] ?? key, value, code: key }))
    .sort(byCount);
  const sessions: CountRow[] = Object.entries(result.by_session)
    .map(([key, value]) => ({ key, label: names.session(key)?.name ?? key, value }))
    .sort(byCount);
  const rules: CountRow[] = Object.entries(result.by_rule)
    .map(([key, value]) => {
      const rule = names.rule(key);
      const filter = rule && names.filter(rule.traffic_mirror_filter_id);
      return { key, label: rule ? `${filter?.name ?? 'filter'}: ${ruleTitle(rule)}` : key, value };
    })
    .sort(byCount);
  const format = result.format === 'csv' ? 'the CSV lines' : `a ${result.format ?? 'capture'} file`;
  const notCopied = result.total - result.mirrored - result.skipped;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm">
          <span className="font-semibold">{count(result.total)} packets</span> read from {format} in{' '}
          {(result.milliseconds / 1000).toFixed(1)} s: {count(result.mirrored)} copied, {count(notCopied)} not
          copied, {count(result.skipped)} skipped.
        </p>
        <DownloadCopies copies={copies} mirrored={result.mirrored} interfaceName={source.name} />
      </div>
      {result.error && (
        <Alert
          tone="error"
          title={
            result.error.packet > 0
              ? `Reading stopped at packet ${count(result.error.packet)} (byte ${count(result.error.offset)})`
              : 'The file cannot be read as a capture'
          }
        >
          {analysisText(result.error.message)}
          {result.total > 0 && ` The results below cover the ${count(result.total)} packets before it.`}
        </Alert>
      )}
      {result.aborted && (
        <Alert tone="info" title="Cancelled">
          Reading stopped on request after {count(result.total)} packets; the results cover those packets
          only.
        </Alert>
      )}
      <div className="grid grid-cols-2 gap-x-6 gap-y-4">
        <CountBars title="Packets by verdict" rows={reasons} total={result.total} empty="No packets." />
        <CountBars
          title="Copies by session"
          rows={sessions}
          total={result.mirrored}
          empty="No packet was copied."
        />
        <div className="col-span-2">
          <CountBars
            title="Packets by deciding rule"
            rows={rules}
            total={result.total}
            empty="No rule decided a packet."
          />
        </div>
      </div>
      <div className="flex items-end justify-between gap-3">
        <div className="w-72">
          <SelectField
            label="Show"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            options={[
              { value: 'all', label: `All packets (${count(result.total)})` },
              ...reasons.map((r) => ({ value: r.key, label: `${r.label} (${count(r.value)})` })),
            ]}
          />
        </div>
        <p className="pb-1.5 text-sm text-slate-600" aria-live="polite">
          Showing {count(shown)} of {count(result.total)} packets
        </p>
      </div>
      <ResultsTable key={reason} result={result} count={shown} load={load} names={names} source={source.id} />
    </div>
  );
}
