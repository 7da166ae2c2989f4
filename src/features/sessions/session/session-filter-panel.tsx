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
import { useToast } from '@/components/ui/toast';

function ruleCounts(filter: TrafficMirrorFilter): string {
  return `${filter.ingress_rules.length} inbound, ${filter.egress_rules.length} outbound rules`;
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
    .map((f) => ({ value: f.id, label: `${f.name} (${ruleCounts(f)})` }));

  const save = () => {
    setServerError(null);
    update.mutate(
      { id: session.id, body: { traffic_mirror_filter_id: chosen } },
      {
        onSuccess: (saved) => {
          const name = snapshot.filters.find((f) => f.id === saved.traffic_mirror_filter_id)?.name ?? chosen;
          toast('success', `Mirror session "${saved.name}" now uses filter "${name}".`);
        },
        onError: (error) => setServerError(error.message),
      },
    );
  };

  return (
    <Panel title="Mirror filter">
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
            <span className="text-slate-600"> · {ruleCounts(current)}</span>
          </>
        ) : (
          <span className="text-red-700">
            Filter {session.traffic_mirror_filter_id} no longer exists. Choose another filter.
          </span>
        )}
      </p>
      <div className="mt-3 space-y-2">
        <SelectField
          label="Change to filter"
          options={options}
          value={chosen}
          onChange={(event) => (setChosen(event.target.value), setServerError(null))}
          error={problems[0] ?? serverError ?? undefined}
        />
        <Button disabled={!changed || problems.length > 0} pending={update.isPending} onClick={save}>
          Change filter
        </Button>
      </div>
    </Panel>
  );
}
