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
import { useApiErrorText } from '@/components/results/api-error-text';
import { useToast } from '@/components/ui/toast';
import { useT, type Translator } from '@/i18n';

const TARGET_TYPES = ['eni', 'elb'] as const satisfies readonly TargetType[];

function candidates(t: Translator['t'], snapshot: Snapshot, type: TargetType) {
  const { inventory } = snapshot;
  if (type === 'elb')
    return inventory.load_balancers.map((lb) => ({
      id: lb.id,
      label: t('sessions.target.candidate', { name: lb.name, address: lb.vip_address }),
    }));
  return inventory.ports
    .filter((p) => p.device_owner.startsWith('compute'))
    .map((p) => {
      const address = portIpv4(p);
      return {
        id: p.id,
        label: address
          ? t('sessions.target.candidate', { name: p.name, address })
          : t('sessions.target.candidateNoIpv4', { name: p.name }),
      };
    });
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
  const { t } = useT();
  const refused = useApiErrorText();
  const [type, setType] = useState<TargetType>(session.traffic_mirror_target_type);
  const [id, setId] = useState(session.traffic_mirror_target_id);
  const [serverError, setServerError] = useState<string | null>(null);
  const current = targetEndpoint(
    snapshot.inventory,
    session.traffic_mirror_target_type,
    session.traffic_mirror_target_id,
  );
  const list = useMemo(() => candidates(t, snapshot, type), [t, snapshot, type]);
  const changed = type !== session.traffic_mirror_target_type || id !== session.traffic_mirror_target_id;
  const draft = { sources: session.traffic_mirror_sources, session_id: session.id };
  const reasons =
    changed && id !== ''
      ? targetEligibility(snapshot, draft, { type, id }).reasons.map((r) => encodeMessage(r.message))
      : [];
  const options = [
    ...(id === '' ? [{ value: '', label: t('sessions.target.choose') }] : []),
    ...list.map((c) => ({
      value: c.id,
      label:
        c.id === session.traffic_mirror_target_id
          ? t('sessions.target.current', { label: c.label })
          : c.label,
    })),
  ];

  const save = () => {
    setServerError(null);
    update.mutate(
      { id: session.id, body: { traffic_mirror_target_type: type, traffic_mirror_target_id: id } },
      {
        onSuccess: (saved) => {
          const name = list.find((c) => c.id === saved.traffic_mirror_target_id)?.label ?? id;
          toast('success', t('sessions.target.changed', { session: saved.name, target: name }));
        },
        onError: (error) => setServerError(refused(error)),
      },
    );
  };

  return (
    <Panel title={t('sessions.target.title')}>
      <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-500">{t('sessions.target.type')}</dt>
        <dd>{t('sessions.target.typeValue', { type: session.traffic_mirror_target_type })}</dd>
        <dt className="text-slate-500">{t('sessions.target.target')}</dt>
        <dd>{current?.name ?? t('sessions.target.gone', { id: session.traffic_mirror_target_id })}</dd>
        <dt className="text-slate-500">{t('sessions.target.sentTo')}</dt>
        <dd className="font-mono text-xs leading-5">{`${current?.address ?? '—'} UDP 4789`}</dd>
      </dl>
      <div className="mt-3 grid grid-cols-[minmax(0,12rem)_minmax(0,1fr)] gap-3">
        <SelectField
          label={t('sessions.target.targetType')}
          options={TARGET_TYPES.map((value) => ({ value, label: t(`sessions.targetType.${value}`) }))}
          value={type}
          onChange={(event) => {
            const next = event.target.value as TargetType;
            setType(next);
            setId(next === session.traffic_mirror_target_type ? session.traffic_mirror_target_id : '');
            setServerError(null);
          }}
        />
        <SelectField
          label={t('sessions.target.changeTo')}
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
        {t('sessions.target.change')}
      </Button>
    </Panel>
  );
}
