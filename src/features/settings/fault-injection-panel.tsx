import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMockSettings, useUpdateMockSettings } from '@/api/mock-admin';
import {
  faultSettingsFormSchema,
  faultSettingsFormValues,
  type FaultSettings,
  type FaultSettingsForm,
} from '@/domain/model/fault-settings';
import { useApiErrorText } from '@/components/results/api-error-text';
import { applyServerError } from '@/components/form/server-field-errors';
import { TextField } from '@/components/form/text-field';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Panel } from '@/components/ui/panel';
import { QueryState } from '@/components/ui/query-state';
import { useToast } from '@/components/ui/toast';
import { useT } from '@/i18n';

const FIELDS = ['latency_min_ms', 'latency_max_ms', 'failure_rate', 'failure_path'] as const;

/** Latency, failure rate and failing paths of the demo cloud, to rehearse slow and failing APIs. */
export function FaultInjectionPanel() {
  const { t } = useT();
  const settings = useMockSettings();
  return (
    <Panel title={t('settings.faults.title')}>
      <QueryState
        what={t('settings.faults.what')}
        isPending={settings.isPending}
        error={settings.error}
        retry={() => void settings.refetch()}
      >
        <p className="mb-3 text-sm text-slate-600">{t('settings.faults.body')}</p>
        {settings.data && <FaultInjectionForm saved={settings.data} />}
      </QueryState>
    </Panel>
  );
}

/**
 * The fault settings, checked as they are typed by the domain's schema, the one the settings
 * call checks too; a refusal of the server lands at its field.
 */
function FaultInjectionForm({ saved }: { saved: FaultSettings }) {
  const { t } = useT();
  const update = useUpdateMockSettings();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const refused = useApiErrorText();
  const form = useForm<FaultSettingsForm, unknown, FaultSettings>({
    resolver: zodResolver(faultSettingsFormSchema),
    defaultValues: faultSettingsFormValues(saved),
    mode: 'onTouched',
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (settings) => {
    setFormError(null);
    try {
      form.reset(faultSettingsFormValues(await update.mutateAsync(settings)));
      toast('success', t('settings.faults.saved'));
    } catch (error) {
      setFormError(applyServerError(error, FIELDS, form.setError, { explain: refused }).formMessage);
    }
  });

  const field = (name: (typeof FIELDS)[number]) => ({ ...form.register(name), error: errors[name]?.message });

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      className="grid grid-cols-3 items-start gap-4"
    >
      <TextField label={t('settings.faults.latencyMin')} inputMode="numeric" {...field('latency_min_ms')} />
      <TextField label={t('settings.faults.latencyMax')} inputMode="numeric" {...field('latency_max_ms')} />
      <TextField label={t('settings.faults.rate')} inputMode="decimal" {...field('failure_rate')} />
      <div className="col-span-3">
        <TextField
          label={t('settings.faults.paths')}
          autoComplete="off"
          hint={t('settings.faults.pathsHint')}
          {...field('failure_path')}
        />
      </div>
      {formError && (
        <div className="col-span-3">
          <Alert tone="error" title={t('settings.faults.notSaved')}>
            {formError}
          </Alert>
        </div>
      )}
      <div className="col-span-3">
        <Button type="submit" variant="primary" pending={update.isPending}>
          {t('settings.faults.save')}
        </Button>
      </div>
    </form>
  );
}
