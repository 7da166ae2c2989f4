import { useState } from 'react';
import { sessionApiRequests, sessionTerraform } from '@/domain/model/session-export';
import type { TrafficMirrorSession } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { useT, type Translator } from '@/i18n';

type Format = 'terraform' | 'api';

const formats: Record<Format, { file: string; type: string }> = {
  terraform: { file: 'tf', type: 'text/plain' },
  api: { file: 'json', type: 'application/json' },
};

/** What the API export writes where the new filter's id goes (`sessionApiRequests`). */
const API_FILTER_ID = '{filter_id}';

/** A format's name: Terraform is a product's name, the same in every language. */
function formatLabel(t: Translator['t'], format: Format): string {
  return format === 'terraform' ? 'Terraform' : t('sessions.export.api');
}

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
  const { t } = useT();
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
  const label = formatLabel(t, format);
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => toast('success', t('sessions.export.copied', { format: label, name: session.name })),
      () => toast('error', t('sessions.export.copyFailed')),
    );

  return (
    <section aria-labelledby="export-heading" className="rounded border border-slate-200 bg-white">
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
        <h2 id="export-heading" className="text-sm font-semibold text-slate-800">
          {t('sessions.export.title')}
        </h2>
        <div className="flex items-center gap-2">
          <div
            role="radiogroup"
            aria-label={t('sessions.export.format')}
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
                {formatLabel(t, key)}
              </label>
            ))}
          </div>
          <Button onClick={() => void copy()}>{t('sessions.export.copy')}</Button>
          <Button
            onClick={() => download(`${session.name}.${formats[format].file}`, text, formats[format].type)}
          >
            {t('sessions.export.download')}
          </Button>
        </div>
      </div>
      <p className="px-4 pt-3 text-xs text-slate-600">
        {format === 'terraform'
          ? t('sessions.export.terraformNote')
          : t('sessions.export.apiNote', { placeholder: API_FILTER_ID })}
      </p>
      <pre
        aria-label={t('sessions.export.text', { format: label, name: session.name })}
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
