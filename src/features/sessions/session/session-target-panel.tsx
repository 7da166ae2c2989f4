import { useMemo, useState } from 'react';
import { useUpdateSession } from '@/api/sessions';
import { targetEligibility } from '@/domain/model/eligibility';
import type { TargetType, TrafficMirrorSession } from '@/domain/model/types';
import { encodeMessage } from '@/domain/model/message';
import type { Snapshot } from '@/domain/model/violations';
import { portIpv4, targetEndpoint } from '@/domain/network/inventory-lookup';
import { SelectField } from '@/components/form/select-field';
import { Button } from '@/components/ui/button';
import { Panel } from '@/components/ui/panel';
import { useToast } from '@/components/ui/toast';

const typeOptions = [
  { value: 'eni', label: 'Network interface' },
  { value: 'elb', label: 'Load balancer' },
];

function candidates(snapshot: Snapshot, type: TargetType) {
  const { inventory } = snapshot;
  if (type === 'elb')
    return inventory.load_balancers.map((lb) => ({ id: lb.id, label: `${lb.name} (${lb.vip_address})` }));
  return inventory.ports
    .filter((p) => p.device_owner.startsWith('compute'))
    .map((p) => ({ id: p.id, label: `${p.name} (${portIpv4(p) ?? 'no IPv4'})` }));
}

/** Where the session's copies go, and the change to another target with the reasons one cannot be. */
export function SessionTargetPanel({
  session,
  snapshot,
}: {
  session: TrafficMirrorSession;
  snapshot: Snapshot;
}) {
  const update = useUpdateSession();
  const toast = useToast();
  const [type, setType] = useState<TargetType>(session.traffic_mirror_target_type);
  const [id, setId] = useState(session.traffic_mirror_target_id);
  const [serverError, setServerError] = useState<string | null>(null);
  const current = targetEndpoint(
    snapshot.inventory,
    session.traffic_mirror_target_type,
    session.traffic_mirror_target_id,
  );
  const list = useMemo(() => candidates(snapshot, type), [snapshot, type]);
  const changed = type !== session.traffic_mirror_target_type || id !== session.traffic_mirror_target_id;
  const draft = { sources: session.traffic_mirror_sources, session_id: session.id };
  const reasons =
    changed && id !== ''
      ? targetEligibility(snapshot, draft, { type, id }).reasons.map((r) => encodeMessage(r.message))
      : [];
  const options = [
    ...(id === '' ? [{ value: '', label: 'Choose a target' }] : []),
    ...list.map((c) => ({
      value: c.id,
      label: c.id === session.traffic_mirror_target_id ? `${c.label}, current` : c.label,
    })),
  ];

  const save = () => {
    setServerError(null);
    update.mutate(
      { id: session.id, body: { traffic_mirror_target_type: type, traffic_mirror_target_id: id } },
      {
        onSuccess: (saved) => {
          const name = list.find((c) => c.id === saved.traffic_mirror_target_id)?.label ?? id;
          toast('success', `Mirror session "${saved.name}" now sends its copies to ${name}.`);
        },
        onError: (error) => setServerError(error.message),
      },
    );
  };

  return (
    <Panel title="Mirror target">
      <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-500">Type</dt>
        <dd>
          {session.traffic_mirror_target_type === 'eni' ? 'Network interface (ENI)' : 'Load balancer (ELB)'}
        </dd>
        <dt className="text-slate-500">Target</dt>
        <dd>{current?.name ?? `${session.traffic_mirror_target_id} (no longer exists)`}</dd>
        <dt className="text-slate-500">Copies sent to</dt>
        <dd className="font-mono text-xs leading-5">{current?.address ?? '—'} UDP 4789</dd>
      </dl>
      <div className="mt-3 grid grid-cols-[minmax(0,12rem)_minmax(0,1fr)] gap-3">
        <SelectField
          label="Target type"
          options={typeOptions}
          value={type}
          onChange={(event) => {
            const next = event.target.value as TargetType;
            setType(next);
            setId(next === session.traffic_mirror_target_type ? session.traffic_mirror_target_id : '');
            setServerError(null);
          }}
        />
        <SelectField
          label="Change to target"
          options={options}
          value={id}
          onChange={(event) => (setId(event.target.value), setServerError(null))}
          error={reasons[0] ?? serverError ?? undefined}
        />
      </div>
      <Button
        className="mt-2"
        disabled={!changed || id === '' || reasons.length > 0}
        pending={update.isPending}
        onClick={save}
      >
        Change target
      </Button>
    </Panel>
  );
}
