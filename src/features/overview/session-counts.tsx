import { Link } from '@tanstack/react-router';
import type { TrafficMirrorFilter, TrafficMirrorSession } from '@/domain/model/types';

function Stat({ label, value, detail }: { label: string; value: number; detail?: string }) {
  return (
    <div className="rounded border border-slate-200 bg-white px-4 py-3">
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">
        {value.toLocaleString('en')}
      </dd>
      {detail && <dd className="text-xs text-slate-500">{detail}</dd>}
    </div>
  );
}

/** Sessions by status and by target type, and filters, as a row of figures. */
export function SessionCounts({
  sessions,
  filters,
}: {
  sessions: readonly TrafficMirrorSession[];
  filters: readonly TrafficMirrorFilter[];
}) {
  const enabled = sessions.filter((s) => s.enabled).length;
  const toEni = sessions.filter((s) => s.traffic_mirror_target_type === 'eni').length;
  if (sessions.length === 0) {
    return (
      <div className="rounded border border-dashed border-slate-300 bg-white p-6 text-center">
        <p className="font-medium text-slate-800">This region has no mirror sessions yet.</p>
        <p className="mt-1 text-sm text-slate-600">
          A session copies the traffic of chosen network interfaces to an inspection target.{' '}
          <Link to="/sessions/create" className="font-medium text-brand-700 underline">
            Create a mirror session
          </Link>
        </p>
      </div>
    );
  }
  return (
    <dl className="grid grid-cols-5 gap-3" aria-label="Region figures">
      <Stat label="Mirror sessions" value={sessions.length} />
      <Stat label="Enabled" value={enabled} detail="copying traffic" />
      <Stat label="Disabled" value={sessions.length - enabled} detail="copying nothing" />
      <Stat
        label="To network interfaces"
        value={toEni}
        detail={`${sessions.length - toEni} to load balancers`}
      />
      <Stat label="Mirror filters" value={filters.length} />
    </dl>
  );
}
