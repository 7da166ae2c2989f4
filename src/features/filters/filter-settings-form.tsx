import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useUpdateFilter } from '@/api/filters';
import { filterUpdateSchema, type FilterUpdate, type FilterUpdateInput } from '@/domain/model/filter-schema';
import type { TrafficMirrorFilter } from '@/domain/model/types';
import { useApiErrorText } from '@/components/results/api-error-text';
import { applyServerError } from '@/components/form/server-field-errors';
import { TextField } from '@/components/form/text-field';
import { TextareaField } from '@/components/form/textarea-field';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { useT } from '@/i18n';

const FIELDS = ['name', 'description'] as const;

/** Name and description of a filter. */
export function FilterSettingsForm({ filter }: { filter: TrafficMirrorFilter }) {
  const { t } = useT();
  const update = useUpdateFilter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const refused = useApiErrorText();
  const initial = { name: filter.name, description: filter.description };
  const form = useForm<FilterUpdateInput, unknown, FilterUpdate>({
    resolver: zodResolver(filterUpdateSchema),
    defaultValues: initial,
    mode: 'onTouched',
  });
  const { errors, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const saved = await update.mutateAsync({ id: filter.id, body: values });
      form.reset({ name: saved.name, description: saved.description });
      toast('success', t('filters.settings.saved', { name: saved.name }));
    } catch (error) {
      setFormError(applyServerError(error, FIELDS, form.setError, { explain: refused }).formMessage);
    }
  });

  return (
    <form
      aria-label={t('filters.settings.form')}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      className="space-y-3"
    >
      <TextField
        label={t('filters.settings.name')}
        required
        autoComplete="off"
        {...form.register('name')}
        error={errors.name?.message}
      />
      <TextareaField
        label={t('filters.settings.description')}
        {...form.register('description')}
        error={errors.description?.message}
      />
      {formError && (
        <Alert tone="error" title={t('filters.notSaved')}>
          {formError}
        </Alert>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" pending={update.isPending}>
          {t('filters.settings.save')}
        </Button>
        <Button
          disabled={!isDirty || update.isPending}
          onClick={() => (form.reset(initial), setFormError(null))}
        >
          {t('filters.settings.discard')}
        </Button>
      </div>
    </form>
  );
}
