import { useMemo, useState } from 'react';
import { useChangeSessionSources } from '@/api/sessions';
import { sourceEligibility } from '@/domain/model/eligibility';
import { validateAddSources } from '@/domain/model/session-constraints';
import type { TrafficMirrorSession } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { portIpv4 } from '@/domain/network/inventory-lookup';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';

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
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const candidates = useMemo(() => {
    const draft = {
      sources: session.traffic_mirror_sources,
      target: { type: session.traffic_mirror_target_type, id: session.traffic_mirror_target_id },
      priority: session.priority,
      session_id: session.id,
    };
    return snapshot.inventory.ports
      .filter((p) => p.device_owner.startsWith('compute') && !session.traffic_mirror_sources.includes(p.id))
      .map((port) => ({ port, eligibility: sourceEligibility(snapshot, draft, port.id) }))
      .sort((a, b) => Number(b.eligibility.eligible) - Number(a.eligibility.eligible));
  }, [session, snapshot]);

  const toggle = (id: string, on: boolean) => {
    setError(null);
    setChosen((list) => (on ? [...list, id] : list.filter((x) => x !== id)));
  };
  const submit = () => {
    const problems = validateAddSources(snapshot, session, chosen);
    if (problems.length > 0) return setError([...new Set(problems.map((p) => p.message))].join(' '));
    add.mutate(
      { id: session.id, sources: chosen },
      {
        onSuccess: () => {
          toast(
            'success',
            `${chosen.length === 1 ? '1 source' : `${chosen.length} sources`} added to "${session.name}".`,
          );
          onClose();
        },
        onError: (e) => setError(e.message),
      },
    );
  };

  return (
    <fieldset className="mt-3 rounded border border-slate-200 bg-slate-50 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-800">Add sources</legend>
      {candidates.length === 0 ? (
        <p className="text-sm text-slate-600">
          Every network interface of an ECS in this region is already a source of this session.
        </p>
      ) : (
        <ul className="max-h-64 divide-y divide-slate-200 overflow-y-auto rounded border border-slate-200 bg-white">
          {candidates.map(({ port, eligibility }) => {
            const reasonId = `reason-${port.id}`;
            return (
              <li key={port.id} className="flex items-start gap-2 px-2 py-1.5 text-sm">
                <input
                  id={`pick-${port.id}`}
                  type="checkbox"
                  className="mt-0.5 size-4 accent-brand-600"
                  disabled={!eligibility.eligible}
                  checked={chosen.includes(port.id)}
                  aria-describedby={reasonId}
                  onChange={(event) => toggle(port.id, event.target.checked)}
                />
                <label htmlFor={`pick-${port.id}`} className="w-56 shrink-0">
                  <span className="font-medium">{port.name}</span>{' '}
                  <span className="font-mono text-xs text-slate-500">{portIpv4(port) ?? ''}</span>
                </label>
                <span id={reasonId} className={eligibility.eligible ? 'text-emerald-800' : 'text-slate-600'}>
                  {eligibility.eligible
                    ? 'Can be added.'
                    : eligibility.reasons.map((r) => r.message).join(' ')}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {error && (
        <div className="mt-2">
          <Alert tone="error" title="Sources not added">
            {error}
          </Alert>
        </div>
      )}
      <div className="mt-2 flex gap-2">
        <Button variant="primary" disabled={chosen.length === 0} pending={add.isPending} onClick={submit}>
          {chosen.length > 1 ? `Add ${chosen.length} sources` : 'Add source'}
        </Button>
        <Button onClick={onClose} disabled={add.isPending}>
          Cancel
        </Button>
      </div>
    </fieldset>
  );
}
