import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useCreateFilter } from '@/api/filters';
import { filterCreateSchema, type FilterCreate, type FilterCreateInput } from '@/domain/model/filter-schema';
import { useApiErrorText } from '@/components/results/api-error-text';
import { applyServerError } from '@/components/form/server-field-errors';
import { TextField } from '@/components/form/text-field';
import { TextareaField } from '@/components/form/textarea-field';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useToast } from '@/components/ui/toast';
import { useT } from '@/i18n';

const FIELDS = ['name', 'description'] as const;

/** Creates an empty mirror filter and opens it, where its rules are added. */
export function CreateFilterDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useT();
  const create = useCreateFilter();
  const toast = useToast();
  const navigate = useNavigate();
  const formId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const refused = useApiErrorText();
  const form = useForm<FilterCreateInput, unknown, FilterCreate>({
    resolver: zodResolver(filterCreateSchema),
    defaultValues: { name: '', description: '' },
    mode: 'onTouched',
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const filter = await create.mutateAsync({ name: values.name, description: values.description });
      toast('success', t('filters.create.done', { name: filter.name }));
      form.reset();
      onClose();
      void navigate({ to: '/filters/$filterId', params: { filterId: filter.id } });
    } catch (error) {
      setFormError(applyServerError(error, FIELDS, form.setError, { explain: refused }).formMessage);
    }
  });

  return (
    <Dialog
      open={open}
      title={t('filters.create.title')}
      onClose={() => !create.isPending && onClose()}
      actions={
        <>
          <Button onClick={onClose} disabled={create.isPending}>
            {t('filters.cancel')}
          </Button>
          <Button type="submit" form={formId} variant="primary" pending={create.isPending}>
            {t('filters.create.submit')}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void onSubmit(event)} className="space-y-3">
        <p>{t('filters.create.intro')}</p>
        <TextField
          label={t('filters.settings.name')}
          required
          autoComplete="off"
          hint={t('filters.settings.nameHint')}
          {...form.register('name')}
          error={errors.name?.message}
        />
        <TextareaField
          label={t('filters.settings.description')}
          {...form.register('description')}
          error={errors.description?.message}
        />
        {formError && (
          <Alert tone="error" title={t('filters.create.failed')}>
            {formError}
          </Alert>
        )}
      </form>
    </Dialog>
  );
}
