import type { Eligibility } from '@/domain/model/eligibility';
import type { Port } from '@/domain/model/types';
import { portIpv4 } from '@/domain/network/inventory-lookup';
import { useT } from '@/i18n';
import { useResultText } from '@/components/results/use-result-text';

export interface SourceCandidatesProps {
  candidates: readonly { port: Port; eligibility: Eligibility }[];
  /** How many interfaces match the search (the list shows the first few). */
  total: number;
  /** What to say when nothing is listed. */
  none: string;
  chosen: readonly string[];
  onToggle: (id: string, on: boolean) => void;
}

/** Interfaces to choose from, each with a checkbox and why it can or cannot be a source. */
export function SourceCandidates({ candidates, total, none, chosen, onToggle }: SourceCandidatesProps) {
  const { t } = useT();
  const text = useResultText();
  if (candidates.length === 0) return <p className="text-sm text-slate-600">{none}</p>;
  return (
    <>
      <ul className="max-h-64 divide-y divide-slate-200 overflow-y-auto rounded border border-slate-200 bg-white">
        {candidates.map(({ port, eligibility }) => (
          <li key={port.id} className="flex items-start gap-2 px-2 py-1.5 text-sm">
            <input
              id={`pick-${port.id}`}
              type="checkbox"
              className="mt-0.5 size-4 accent-brand-600"
              disabled={!eligibility.eligible}
              checked={chosen.includes(port.id)}
              aria-describedby={`reason-${port.id}`}
              onChange={(event) => onToggle(port.id, event.target.checked)}
            />
            <label htmlFor={`pick-${port.id}`} className="w-56 shrink-0">
              <span className="font-medium">{port.name}</span>{' '}
              <span className="font-mono text-xs text-slate-500">{portIpv4(port) ?? ''}</span>
            </label>
            <span
              id={`reason-${port.id}`}
              className={eligibility.eligible ? 'text-emerald-800' : 'text-slate-600'}
            >
              {eligibility.eligible
                ? t('sessions.add.eligible')
                : eligibility.reasons.map((r) => text(r.message)).join(' ')}
            </span>
          </li>
        ))}
      </ul>
      {total > candidates.length && (
        <p className="mt-1 text-xs text-slate-600">
          {t('sessions.add.showing', { shown: candidates.length, total })}
        </p>
      )}
    </>
  );
}
