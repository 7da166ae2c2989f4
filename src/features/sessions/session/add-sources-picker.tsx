import { useMemo, useState } from 'react';
import { useChangeSessionSources } from '@/api/sessions';
import { sourceEligibility } from '@/domain/model/eligibility';
import { message, type ResultMessage } from '@/domain/model/message';
import { validateAddSources } from '@/domain/model/session-constraints';
import type { Port, TrafficMirrorSession } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { portIpv4 } from '@/domain/network/inventory-lookup';
import { useApiErrorText } from '@/components/results/api-error-text';
import { useResultText } from '@/components/results/use-result-text';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { useT } from '@/i18n';
import { SourceCandidates } from './source-candidates';

/** How many interfaces the picker lists at once; the search box narrows the rest. */
const SHOWN = 25;

export interface AddSourcesPickerProps {
  session: TrafficMirrorSession;
  snapshot: Snapshot;
  onClose: () => void;
}

/**
 * Interfaces that could be added as sources, each with why it can or cannot (the domain's
 * eligibility: c7t only, not a target, at most 3 sessions, a free priority, reachable target).
 */
export function AddSourcesPicker({ session, snapshot, onClose }: AddSourcesPickerProps) {
  const add = useChangeSessionSources('add-sources');
  const toast = useToast();
  const { t } = useT();
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<Error | ResultMessage | null>(null);
  const refusal = useApiErrorText();
  const result = useResultText();
  const [query, setQuery] = useState('');
  const pool = useMemo(
    () =>
      snapshot.inventory.ports.filter(
        (p) => p.device_owner.startsWith('compute') && !session.traffic_mirror_sources.includes(p.id),
      ),
    [session, snapshot],
  );
  const matching = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const text = (p: Port) => `${p.name} ${portIpv4(p) ?? ''} ${p.id}`.toLowerCase();
    return words.length === 0 ? pool : pool.filter((p) => words.every((w) => text(p).includes(w)));
  }, [pool, query]);
  // Eligibility reads every session of the region: work it out for the interfaces shown only.
  const candidates = useMemo(() => {
    const draft = {
      sources: session.traffic_mirror_sources,
      target: { type: session.traffic_mirror_target_type, id: session.traffic_mirror_target_id },
      priority: session.priority,
      session_id: session.id,
    };
    return matching
      .slice(0, SHOWN)
      .map((port) => ({ port, eligibility: sourceEligibility(snapshot, draft, port.id) }))
      .sort((a, b) => Number(b.eligibility.eligible) - Number(a.eligibility.eligible));
  }, [matching, session, snapshot]);

  const toggle = (id: string, on: boolean) => {
    setError(null);
    setChosen((list) => (on ? [...list, id] : list.filter((x) => x !== id)));
  };
  const submit = () => {
    const problems = validateAddSources(snapshot, session, chosen);
    const messages = problems.map((p) => p.message);
    const distinct = messages.filter(
      (m, i) => messages.findIndex((o) => JSON.stringify(o) === JSON.stringify(m)) === i,
    );
    if (distinct.length > 0)
      return setError(distinct.reduce((first, next) => message('sentences', { first, next })));
    add.mutate(
      { id: session.id, sources: chosen },
      {
        onSuccess: () => {
          toast('success', t('sessions.add.added', { count: chosen.length, session: session.name }));
          onClose();
        },
        onError: setError,
      },
    );
  };

  return (
    <fieldset className="mt-3 rounded border border-slate-200 bg-slate-50 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-800">{t('sessions.sources.add')}</legend>
      <label htmlFor="source-search" className="block text-sm font-medium text-slate-800">
        {t('sessions.add.find')}
      </label>
      <input
        id="source-search"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={t('sessions.add.placeholder')}
        className="mt-1 mb-2 h-8 w-72 rounded border border-slate-300 bg-white px-2 text-sm"
      />
      <SourceCandidates
        candidates={candidates}
        total={matching.length}
        none={pool.length === 0 ? t('sessions.add.allUsed') : t('sessions.add.noMatch')}
        chosen={chosen}
        onToggle={toggle}
      />
      {error && (
        <div className="mt-2">
          <Alert tone="error" title={t('sessions.add.failed')}>
            {error instanceof Error ? refusal(error) : result(error)}
          </Alert>
        </div>
      )}
      <div className="mt-2 flex gap-2">
        <Button variant="primary" disabled={chosen.length === 0} pending={add.isPending} onClick={submit}>
          {t('sessions.add.submit', { count: chosen.length })}
        </Button>
        <Button onClick={onClose} disabled={add.isPending}>
          {t('sessions.action.cancel')}
        </Button>
      </div>
    </fieldset>
  );
}
