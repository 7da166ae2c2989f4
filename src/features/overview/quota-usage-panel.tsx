import { quotaLabel, type QuotaUsage } from '@/domain/model/quotas';
import { Panel } from '@/components/ui/panel';
import { QuotaBar } from '@/components/ui/quota-bar';
import { useResultText } from '@/components/results/use-result-text';
import { useT } from '@/i18n';

/**
 * Usage against each quota that can run short (limits of one are structure, not shortage). A
 * quota the region's quota API does not report shows the documented default, labelled so, with
 * the usage the console counted itself. Labels are the domain's quota labels, rendered in the language.
 */
export function QuotaUsagePanel({ usage }: { usage: readonly QuotaUsage[] }) {
  const { t } = useT();
  const text = useResultText();
  const shown = usage.filter((u) => u.definition.value > 1);
  const defaults = shown.some((u) => !u.reported);
  return (
    <Panel title={t('overview.quotaTitle')}>
      <ul className="space-y-2.5">
        {shown.map(({ definition, quota, used, reported }) => {
          const label = text(quotaLabel(definition.key));
          return (
            <li key={definition.key}>
              <div className="mb-1 flex justify-between gap-2 text-xs">
                <span className="text-slate-700">{label}</span>
                <span className="tabular-nums text-slate-600">
                  {t('overview.quotaUsed', { used, quota })}
                  {!reported && <span className="ml-1 text-slate-500">{t('overview.quotaDefault')}</span>}
                </span>
              </div>
              <QuotaBar label={label} used={used} quota={quota} />
            </li>
          );
        })}
      </ul>
      {defaults && <p className="mt-3 text-xs text-slate-600">{t('overview.quotaDefaultsNote')}</p>}
    </Panel>
  );
}
