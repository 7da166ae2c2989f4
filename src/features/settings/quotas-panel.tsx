import { useState, type FormEvent } from 'react';
import { useRaiseQuota } from '@/api/mock-admin';
import { useCurrentProject } from '@/api/project-context';
import { useQuotas } from '@/api/quotas';
import { QUOTA_DEFINITIONS, QUOTA_RAISE_LIMIT } from '@/domain/model/quotas';
import { Button } from '@/components/ui/button';
import { Panel } from '@/components/ui/panel';
import { QueryState } from '@/components/ui/query-state';
import { useToast } from '@/components/ui/toast';
import { TextField } from '@/components/form/text-field';
import { QuotaBar } from '@/components/ui/quota-bar';

/**
 * Quotas of docs/behaviour.md, "Quotas" with their usage and, in the demo (`canRaise`), the form that raises
 * the adjustable one (the real cloud's quotas are raised through a service ticket).
 */
export function QuotasPanel({ canRaise }: { canRaise: boolean }) {
  const quotas = useQuotas();
  const byType = new Map((quotas.data ?? []).map((q) => [q.type, q]));
  const rows = QUOTA_DEFINITIONS.flatMap((definition) => {
    const resource = byType.get(definition.type);
    return resource ? [{ definition, resource }] : [];
  });
  return (
    <Panel title="Quotas">
      <QueryState
        what="quotas"
        isPending={quotas.isPending}
        error={quotas.error}
        retry={() => void quotas.refetch()}
      >
        <table className="w-full text-sm" aria-label="Traffic Mirroring quotas">
          <thead className="text-left text-xs text-slate-500">
            <tr>
              <th scope="col" className="py-1 font-semibold">
                Quota
              </th>
              <th scope="col" className="w-64 py-1 font-semibold">
                Usage
              </th>
              <th scope="col" className="py-1 text-right font-semibold">
                Used / limit
              </th>
              <th scope="col" className="py-1 pl-4 font-semibold">
                Adjustable
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ definition, resource }) => (
              <tr key={definition.key} className="border-t border-slate-100">
                <td className="py-1.5">{definition.label}</td>
                <td className="py-1.5">
                  <QuotaBar label={definition.label} used={resource.used} quota={resource.quota} />
                </td>
                <td className="py-1.5 text-right tabular-nums">
                  {resource.used.toLocaleString('en')} / {resource.quota.toLocaleString('en')}
                </td>
                <td className="py-1.5 pl-4">{definition.adjustable ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {canRaise && <RaiseSourcesQuota current={byType.get('trafficMirrorSourcesPerSession')?.quota} />}
      </QueryState>
    </Panel>
  );
}

function RaiseSourcesQuota({ current }: { current: number | undefined }) {
  const project = useCurrentProject();
  const raise = useRaiseQuota(project.id);
  const toast = useToast();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  if (current === undefined) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = Number(value);
    if (!/^\d+$/.test(value) || wanted < current || wanted > QUOTA_RAISE_LIMIT) {
      setError(`Enter a whole number from ${current} to ${QUOTA_RAISE_LIMIT}.`);
      return;
    }
    setError(undefined);
    raise.mutate(
      { sources_per_session: wanted },
      {
        onSuccess: () => {
          toast('success', `Mirror sources per session raised to ${wanted}.`);
          setValue('');
        },
        onError: (e) => setError(e.message),
      },
    );
  };

  return (
    <form onSubmit={submit} className="mt-4 flex items-end gap-2 border-t border-slate-200 pt-4" noValidate>
      <div className="w-72">
        <TextField
          label="Raise mirror sources per session to"
          hint={`Now ${current}. The only adjustable quota; up to ${QUOTA_RAISE_LIMIT}.`}
          inputMode="numeric"
          value={value}
          error={error}
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      <Button type="submit" variant="primary" pending={raise.isPending} className="mb-5">
        Raise quota
      </Button>
    </form>
  );
}
