import type { QuotaUsage } from '@/domain/model/quotas';
import { Panel } from '@/components/ui/panel';
import { QuotaBar } from '@/components/ui/quota-bar';

/**
 * Usage against each quota that can run short (limits of one are structure, not shortage). A
 * quota the region's quota API does not report shows the documented default, labelled so, with
 * the usage the console counted itself.
 */
export function QuotaUsagePanel({ usage }: { usage: readonly QuotaUsage[] }) {
  const shown = usage.filter((u) => u.definition.value > 1);
  const defaults = shown.some((u) => !u.reported);
  return (
    <Panel title="Quota usage">
      <ul className="space-y-2.5">
        {shown.map(({ definition, quota, used, reported }) => (
          <li key={definition.key}>
            <div className="mb-1 flex justify-between gap-2 text-xs">
              <span className="text-slate-700">{definition.label}</span>
              <span className="tabular-nums text-slate-600">
                {used.toLocaleString('en')} / {quota.toLocaleString('en')}
                {!reported && <span className="ml-1 text-slate-500">(documented default)</span>}
              </span>
            </div>
            <QuotaBar label={definition.label} used={used} quota={quota} />
          </li>
        ))}
      </ul>
      {defaults && (
        <p className="mt-3 text-xs text-slate-600">
          The quota API of this region does not report these Traffic Mirroring quotas: the values are the
          documented defaults, and the usage is counted from the sessions and filters shown here. Ask for the
          values in force in your account if you have had a quota raised.
        </p>
      )}
    </Panel>
  );
}
