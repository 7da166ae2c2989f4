import { useMemo, useState } from 'react';
import { SelectField } from '@/components/form/select-field';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ruleTitle, type ConfigNames } from '../config-names';
import { REASON_WORDS } from '../verdict-words';
import type { CaptureResult } from './capture-protocol';
import { packetsWithReason } from './capture-rows';
import { CountBars, type CountRow } from './count-bars';
import { downloadCopies } from './download-copies';
import { ResultsTable } from './results-table';

/** Props of {@link CaptureResults}. */
export interface CaptureResultsProps {
  result: CaptureResult;
  names: ConfigNames;
  source: { id: string; name: string };
}

const byCount = (a: CountRow, b: CountRow) => b.value - a.value;
const count = (n: number) => n.toLocaleString('en');

/**
 * A capture's results: what was read, any problem in the file, the copies to download,
 * counts by verdict, session and rule, and every packet in a table filtered by verdict.
 */
export function CaptureResults({ result, names, source }: CaptureResultsProps) {
  const [reason, setReason] = useState('all');
  const rows = useMemo(() => packetsWithReason(result, reason), [result, reason]);
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
        <Button onClick={() => downloadCopies(result.copies, source.name)} disabled={result.mirrored === 0}>
          Download copies (pcap, {count(result.mirrored)} VXLAN frames)
        </Button>
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
          {result.error.message}
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
          Showing {count(rows.length)} of {count(result.total)} packets
        </p>
      </div>
      <ResultsTable result={result} rows={rows} names={names} source={source.id} />
    </div>
  );
}
