import { useState } from 'react';
import { sessionApiRequests, sessionTerraform } from '@/domain/model/session-export';
import type { TrafficMirrorSession } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';

type Format = 'terraform' | 'api';

const formats: Record<Format, { label: string; file: string; type: string }> = {
  terraform: { label: 'Terraform', file: 'tf', type: 'text/plain' },
  api: { label: 'API requests', file: 'json', type: 'application/json' },
};

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * The session with its filter and rules as Terraform for the huaweicloud provider, or as the
 * API calls that recreate it, to copy or download.
 */
export function SessionExportPanel({
  session,
  snapshot,
}: {
  session: TrafficMirrorSession;
  snapshot: Snapshot;
}) {
  const [format, setFormat] = useState<Format>('terraform');
  const toast = useToast();
  const filter = snapshot.filters.find((f) => f.id === session.traffic_mirror_filter_id);
  if (!filter) return null;
  const names = Object.fromEntries([
    ...snapshot.inventory.ports.map((p) => [p.id, p.name] as const),
    ...snapshot.inventory.load_balancers.map((lb) => [lb.id, lb.name] as const),
  ]);
  const text =
    format === 'terraform'
      ? sessionTerraform(session, filter, names)
      : JSON.stringify(sessionApiRequests(session, filter, session.project_id), null, 2);
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => toast('success', `${formats[format].label} of "${session.name}" copied.`),
      () => toast('error', 'The browser did not allow copying. Select the text and copy it, or download it.'),
    );

  return (
    <section aria-labelledby="export-heading" className="rounded border border-slate-200 bg-white">
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
        <h2 id="export-heading" className="text-sm font-semibold text-slate-800">
          Export
        </h2>
        <div className="flex items-center gap-2">
          <div
            role="radiogroup"
            aria-label="Export format"
            className="flex rounded border border-slate-300 text-sm"
          >
            {(Object.keys(formats) as Format[]).map((key) => (
              <label
                key={key}
                className="cursor-pointer px-2.5 py-1 has-[:checked]:bg-brand-50 has-[:checked]:font-medium"
              >
                <input
                  type="radio"
                  name="export-format"
                  value={key}
                  checked={format === key}
                  onChange={() => setFormat(key)}
                  className="mr-1.5 accent-brand-600"
                />
                {formats[key].label}
              </label>
            ))}
          </div>
          <Button onClick={() => void copy()}>Copy</Button>
          <Button
            onClick={() => download(`${session.name}.${formats[format].file}`, text, formats[format].type)}
          >
            Download
          </Button>
        </div>
      </div>
      <p className="px-4 pt-3 text-xs text-slate-600">
        {format === 'terraform'
          ? 'Resources of the huaweicloud provider: the filter, its rules and the session. Sources and target stay ids, named in comments.'
          : 'The calls that recreate this session, in order: the filter, its rules, then the session. Put the new filter\u2019s id where {filter_id} stands.'}
      </p>
      <pre
        aria-label={`${formats[format].label} of ${session.name}`}
        role="region"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling box must be reachable by keyboard
        tabIndex={0}
        className="m-4 max-h-80 overflow-auto rounded bg-slate-900 p-3 font-mono text-xs text-slate-100"
      >
        {text}
      </pre>
    </section>
  );
}
