import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useRaiseQuota } from '@/api/mock-admin';
import { useCurrentProject } from '@/api/project-context';
import { useQuotas } from '@/api/quotas';
import { QUOTA_RAISE_LIMIT, quotaFloor, quotaValueFormSchema } from '@/domain/model/quota-raise';
import { QUOTA_DEFINITIONS, quotaDefinition, quotaLabel } from '@/domain/model/quotas';
import { useResultText } from '@/components/results/use-result-text';
import { useApiErrorText } from '@/components/results/api-error-text';
import { applyServerError } from '@/components/form/server-field-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Panel } from '@/components/ui/panel';
import { QueryState } from '@/components/ui/query-state';
import { useToast } from '@/components/ui/toast';
import { TextField } from '@/components/form/text-field';
import { QuotaBar } from '@/components/ui/quota-bar';
import { useT } from '@/i18n';

/**
 * Quotas of docs/behaviour.md, "Quotas" with their usage and, in the demo (`canRaise`), the form that raises
 * the adjustable one (the real cloud's quotas are raised through a service ticket).
 */
export function QuotasPanel({ canRaise }: { canRaise: boolean }) {
  const { t, formatNumber } = useT();
  const quotas = useQuotas();
  const byType = new Map((quotas.data ?? []).map((q) => [q.type, q]));
  const adjustable = byType.get(ADJUSTABLE.type);
  const text = useResultText();
  const rows = QUOTA_DEFINITIONS.flatMap((definition) => {
    const resource = byType.get(definition.type);
    return resource ? [{ definition, resource }] : [];
  });
  return (
    <Panel title={t('settings.quotas.title')}>
      <QueryState
        what={t('settings.quotas.what')}
        isPending={quotas.isPending}
        error={quotas.error}
        retry={() => void quotas.refetch()}
      >
        <table className="w-full text-sm" aria-label={t('settings.quotas.table')}>
          <thead className="text-left text-xs text-slate-500">
            <tr>
              <th scope="col" className="py-1 font-semibold">
                {t('settings.quotas.quota')}
              </th>
              <th scope="col" className="w-64 py-1 font-semibold">
                {t('settings.quotas.usage')}
              </th>
              <th scope="col" className="py-1 text-right font-semibold">
                {t('settings.quotas.usedLimit')}
              </th>
              <th scope="col" className="py-1 pl-4 font-semibold">
                {t('settings.quotas.adjustable')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ definition, resource }) => (
              <tr key={definition.key} className="border-t border-slate-100">
                <td className="py-1.5">{text(quotaLabel(definition.key))}</td>
                <td className="py-1.5">
                  <QuotaBar
                    label={text(quotaLabel(definition.key))}
                    used={resource.used}
                    quota={resource.quota}
                  />
                </td>
                <td className="py-1.5 text-right tabular-nums">
                  {formatNumber(resource.used)} / {formatNumber(resource.quota)}
                </td>
                <td className="py-1.5 pl-4">
                  {t(definition.adjustable ? 'settings.quotas.yes' : 'settings.quotas.no')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {canRaise && adjustable && <RaiseSourcesQuota current={adjustable.quota} used={adjustable.used} />}
      </QueryState>
    </Panel>
  );
}

const ADJUSTABLE = quotaDefinition('sources_per_session');

/**
 * Sets the adjustable quota: the domain's rule (from its default, or its usage when higher, to
 * the limit) checks the value as it is typed, the one the admin call checks too.
 */
function RaiseSourcesQuota({ current, used }: { current: number; used: number }) {
  const { t } = useT();
  const project = useCurrentProject();
  const raise = useRaiseQuota(project.id);
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const refused = useApiErrorText();
  const form = useForm<{ value: string }, unknown, { value: number }>({
    resolver: zodResolver(quotaValueFormSchema(ADJUSTABLE, used)),
    defaultValues: { value: '' },
    mode: 'onTouched',
  });

  const onSubmit = form.handleSubmit(async ({ value }) => {
    setFormError(null);
    try {
      await raise.mutateAsync({ [ADJUSTABLE.key]: value });
      toast('success', t('settings.quotas.raised', { raised: String(value > current), value }));
      form.reset();
    } catch (error) {
      setFormError(
        applyServerError(error, { [ADJUSTABLE.key]: 'value' }, form.setError, { explain: refused })
          .formMessage,
      );
    }
  });

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      className="mt-4 border-t border-slate-200 pt-4"
      noValidate
    >
      <div className="flex items-start gap-2">
        <div className="w-96">
          <TextField
            label={t('settings.quotas.raiseLabel')}
            hint={t('settings.quotas.raiseHint', {
              current,
              floor: quotaFloor(ADJUSTABLE, used),
              limit: QUOTA_RAISE_LIMIT,
            })}
            inputMode="numeric"
            autoComplete="off"
            {...form.register('value')}
            error={form.formState.errors.value?.message}
          />
        </div>
        <Button type="submit" variant="primary" pending={raise.isPending} className="mt-6">
          {t('settings.quotas.raise')}
        </Button>
      </div>
      {formError && (
        <div className="mt-2">
          <Alert tone="error" title={t('settings.quotas.notRaised')}>
            {formError}
          </Alert>
        </div>
      )}
    </form>
  );
}
