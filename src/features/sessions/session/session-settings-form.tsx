import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useResultText } from '@/components/results/use-result-text';
import { formProblems } from '@/domain/model/field-details';
import { useUpdateSession } from '@/api/sessions';
import { validateSessionUpdate } from '@/domain/model/session-constraints';
import {
  mergeSessionUpdate,
  sessionUpdateSchema,
  type SessionUpdate,
  type SessionUpdateInput,
} from '@/domain/model/session-schema';
import type { TrafficMirrorSession } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { useApiErrorText } from '@/components/results/api-error-text';
import { applyFieldMessages, applyServerError } from '@/components/form/server-field-errors';
import { TextField } from '@/components/form/text-field';
import { TextareaField } from '@/components/form/textarea-field';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { useT } from '@/i18n';

const FIELDS = ['name', 'description', 'priority', 'virtual_network_id', 'packet_length'] as const;

function valuesOf(session: TrafficMirrorSession): SessionUpdateInput {
  return {
    name: session.name,
    description: session.description,
    priority: session.priority,
    virtual_network_id: session.virtual_network_id,
    packet_length: session.packet_length,
  };
}

/**
 * Name, description, priority, VNI and packet length of a session. The domain's schema checks
 * each field as it is typed; the constraints (a priority shared with a session on the same
 * source) are checked before sending; the server's field errors land next to their field.
 */
export function SessionSettingsForm({
  session,
  snapshot,
}: {
  session: TrafficMirrorSession;
  snapshot?: Snapshot;
}) {
  const update = useUpdateSession();
  const toast = useToast();
  const { t } = useT();
  const result = useResultText();
  const [formError, setFormError] = useState<string | null>(null);
  const refused = useApiErrorText();
  const form = useForm<SessionUpdateInput, unknown, SessionUpdate>({
    resolver: zodResolver(sessionUpdateSchema),
    defaultValues: valuesOf(session),
    // A change made elsewhere (W3's packet length fix) shows here; fields being edited are kept.
    values: valuesOf(session),
    resetOptions: { keepDirtyValues: true },
    mode: 'onTouched',
  });
  const { errors, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const merged = mergeSessionUpdate(session, values);
    const problems = formProblems(
      merged.ok
        ? snapshot
          ? validateSessionUpdate(snapshot, session, merged.value).flatMap((v) =>
              (v.fields ?? ['']).map((field) => ({ field, message: v.message })),
            )
          : []
        : merged.problems,
    );
    if (problems.length > 0) {
      const { rest } = applyFieldMessages(problems, FIELDS, form.setError);
      if (rest.length > 0) setFormError(rest.map(result).join(' '));
      return;
    }
    try {
      const saved = await update.mutateAsync({ id: session.id, body: values });
      form.reset(valuesOf(saved));
      toast('success', t('sessions.settings.saved', { name: saved.name }));
    } catch (error) {
      const { formMessage } = applyServerError(error, FIELDS, form.setError, { explain: refused });
      setFormError(formMessage ?? t('sessions.settings.notSavedBody'));
    }
  });

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={t('sessions.settings.label')}
      className="space-y-3"
    >
      <TextField
        label={t('sessions.settings.name')}
        required
        autoComplete="off"
        {...form.register('name')}
        error={errors.name?.message}
      />
      <TextareaField
        label={t('sessions.settings.description')}
        {...form.register('description')}
        error={errors.description?.message}
      />
      <div className="grid grid-cols-3 gap-3">
        <TextField
          label={t('sessions.settings.priority')}
          required
          type="number"
          inputMode="numeric"
          {...form.register('priority', { valueAsNumber: true })}
          error={errors.priority?.message}
          hint={t('sessions.settings.priorityHint')}
        />
        <TextField
          label={t('sessions.settings.vni')}
          type="number"
          inputMode="numeric"
          {...form.register('virtual_network_id', { valueAsNumber: true })}
          error={errors.virtual_network_id?.message}
          hint={t('sessions.settings.vniHint')}
        />
        <TextField
          label={t('sessions.settings.packetLength')}
          type="number"
          inputMode="numeric"
          {...form.register('packet_length', { valueAsNumber: true })}
          error={errors.packet_length?.message}
          hint={t('sessions.settings.packetLengthHint')}
        />
      </div>
      {formError && (
        <Alert tone="error" title={t('sessions.settings.notSaved')}>
          {formError}
        </Alert>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" pending={update.isPending}>
          {t('sessions.settings.save')}
        </Button>
        <Button
          disabled={!isDirty || update.isPending}
          onClick={() => (form.reset(valuesOf(session)), setFormError(null))}
        >
          {t('sessions.settings.discard')}
        </Button>
      </div>
    </form>
  );
}
