import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useUpdateSession } from '@/api/sessions';
import { validateSessionUpdate } from '@/domain/model/session-constraints';
import type { TrafficMirrorFilter, TrafficMirrorSession } from '@/domain/model/types';
import { encodeMessage } from '@/domain/model/message';
import type { Snapshot } from '@/domain/model/violations';
import { SelectField } from '@/components/form/select-field';
import { Button } from '@/components/ui/button';
import { Panel } from '@/components/ui/panel';
import { useApiErrorText } from '@/components/results/api-error-text';
import { useToast } from '@/components/ui/toast';
import { useT, type Translator } from '@/i18n';

function ruleCounts(t: Translator['t'], filter: TrafficMirrorFilter): string {
  return t('sessions.filter.ruleCounts', {
    inbound: filter.ingress_rules.length,
    outbound: filter.egress_rules.length,
  });
}

/** The session's filter, with a link to its rules, and the change to another filter. */
export function SessionFilterPanel({
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
  const [chosen, setChosen] = useState(session.traffic_mirror_filter_id);
  const [serverError, setServerError] = useState<string | null>(null);
  const current = snapshot.filters.find((f) => f.id === session.traffic_mirror_filter_id);
  const changed = chosen !== session.traffic_mirror_filter_id;
  const problems = changed
    ? validateSessionUpdate(snapshot, session, { ...session, traffic_mirror_filter_id: chosen }).map((v) =>
        encodeMessage(v.message),
      )
    : [];
  const options = [...snapshot.filters]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((f) => ({
      value: f.id,
      label: t('sessions.filter.option', { name: f.name, rules: ruleCounts(t, f) }),
    }));

  const save = () => {
    setServerError(null);
    update.mutate(
      { id: session.id, body: { traffic_mirror_filter_id: chosen } },
      {
        onSuccess: (saved) => {
          const name = snapshot.filters.find((f) => f.id === saved.traffic_mirror_filter_id)?.name ?? chosen;
          toast('success', t('sessions.filter.changed', { session: saved.name, filter: name }));
        },
        onError: (error) => setServerError(refused(error)),
      },
    );
  };

  return (
    <Panel title={t('sessions.filter.title')}>
      <p className="text-sm">
        {current ? (
          <>
            <Link
              to="/filters/$filterId"
              params={{ filterId: current.id }}
              className="font-medium text-brand-700 underline decoration-brand-700/30 underline-offset-2 hover:decoration-brand-700"
            >
              {current.name}
            </Link>
            <span className="text-slate-600"> · {ruleCounts(t, current)}</span>
          </>
        ) : (
          <span className="text-red-700">
            {t('sessions.filter.missing', { id: session.traffic_mirror_filter_id })}
          </span>
        )}
      </p>
      <div className="mt-3 space-y-2">
        <SelectField
          label={t('sessions.filter.changeTo')}
          options={options}
          value={chosen}
          onChange={(event) => (setChosen(event.target.value), setServerError(null))}
          error={problems[0] ?? serverError ?? undefined}
        />
        <Button disabled={!changed || problems.length > 0} pending={update.isPending} onClick={save}>
          {t('sessions.filter.change')}
        </Button>
      </div>
    </Panel>
  );
}
