import { useState, type ChangeEvent, type FormEvent } from 'react';
import { ApiError } from '@/api/client';
import { useMockSettings, useUpdateMockSettings, type MockSettings } from '@/api/mock-admin';
import { Button } from '@/components/ui/button';
import { Panel } from '@/components/ui/panel';
import { QueryState } from '@/components/ui/query-state';
import { useToast } from '@/components/ui/toast';
import { TextField } from '@/components/form/text-field';

interface Draft {
  min: string;
  max: string;
  failurePercent: string;
}

type Errors = Partial<Record<keyof Draft, string>>;

const toDraft = (s: MockSettings): Draft => ({
  min: String(s.latency_min_ms),
  max: String(s.latency_max_ms),
  failurePercent: String(Math.round(s.failure_rate * 1000) / 10),
});

function check(draft: Draft): { errors: Errors; settings?: MockSettings } {
  const errors: Errors = {};
  const ms = (text: string) => (/^\d+$/.test(text.trim()) && Number(text) <= 60_000 ? Number(text) : null);
  const min = ms(draft.min);
  const max = ms(draft.max);
  const percent = /^\d+(\.\d+)?$/.test(draft.failurePercent.trim()) ? Number(draft.failurePercent) : NaN;
  if (min === null) errors.min = 'Enter whole milliseconds from 0 to 60000.';
  if (max === null) errors.max = 'Enter whole milliseconds from 0 to 60000.';
  if (min !== null && max !== null && min > max) errors.max = `Enter at least ${min}, the shortest latency.`;
  if (!(percent >= 0 && percent <= 100)) errors.failurePercent = 'Enter a percentage from 0 to 100.';
  if (Object.keys(errors).length > 0 || min === null || max === null) return { errors };
  return { errors, settings: { latency_min_ms: min, latency_max_ms: max, failure_rate: percent / 100 } };
}

/** Latency and failure rate of the demo cloud, to rehearse slow and failing APIs. */
export function FaultInjectionPanel() {
  const settings = useMockSettings();
  return (
    <Panel title="Fault injection">
      <QueryState
        what="settings"
        isPending={settings.isPending}
        error={settings.error}
        retry={() => void settings.refetch()}
      >
        <p className="mb-3 text-sm text-slate-600">
          Every API answer waits a random time between the two latencies, and the given share of calls fails
          with 503 (TM.0503) before changing anything. Administration calls are never slowed or failed.
        </p>
        {settings.data && <FaultInjectionForm saved={settings.data} />}
      </QueryState>
    </Panel>
  );
}

function FaultInjectionForm({ saved }: { saved: MockSettings }) {
  const update = useUpdateMockSettings();
  const toast = useToast();
  const [draft, setDraft] = useState<Draft>(() => toDraft(saved));
  const [errors, setErrors] = useState<Errors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = check(draft);
    setErrors(result.errors);
    if (!result.settings) return;
    update.mutate(result.settings, {
      onSuccess: () => toast('success', 'Fault injection settings saved.'),
      onError: (e) => {
        const api = e instanceof ApiError ? e : undefined;
        setErrors({
          min: api?.messageFor('latency_min_ms'),
          max: api?.messageFor('latency_max_ms'),
          failurePercent: api?.messageFor('failure_rate') ?? (api?.details.length ? undefined : e.message),
        });
      },
    });
  };

  const field = (key: keyof Draft) => ({
    value: draft[key],
    error: errors[key],
    inputMode: 'decimal' as const,
    onChange: (e: ChangeEvent<HTMLInputElement>) => setDraft((d) => ({ ...d, [key]: e.target.value })),
  });

  return (
    <form onSubmit={submit} noValidate className="grid grid-cols-3 items-start gap-4">
      <TextField label="Shortest latency (ms)" {...field('min')} />
      <TextField label="Longest latency (ms)" {...field('max')} />
      <TextField label="Failure rate (%)" {...field('failurePercent')} />
      <div className="col-span-3">
        <Button type="submit" variant="primary" pending={update.isPending}>
          Save fault injection
        </Button>
      </div>
    </form>
  );
}
