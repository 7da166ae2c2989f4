import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useUpdateFilter } from '@/api/filters';
import { filterUpdateSchema, type FilterUpdate, type FilterUpdateInput } from '@/domain/model/filter-schema';
import type { TrafficMirrorFilter } from '@/domain/model/types';
import { applyServerError } from '@/components/form/server-field-errors';
import { TextField } from '@/components/form/text-field';
import { TextareaField } from '@/components/form/textarea-field';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';

const FIELDS = ['name', 'description'] as const;

/** Name and description of a filter. */
export function FilterSettingsForm({ filter }: { filter: TrafficMirrorFilter }) {
  const update = useUpdateFilter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
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
      toast('success', `Mirror filter "${saved.name}" saved.`);
    } catch (error) {
      setFormError(applyServerError(error, FIELDS, form.setError).formMessage);
    }
  });

  return (
    <form
      aria-label="Filter settings"
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      className="space-y-3"
    >
      <TextField
        label="Name"
        required
        autoComplete="off"
        {...form.register('name')}
        error={errors.name?.message}
      />
      <TextareaField
        label="Description"
        {...form.register('description')}
        error={errors.description?.message}
      />
      {formError && (
        <Alert tone="error" title="Not saved">
          {formError}
        </Alert>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" pending={update.isPending}>
          Save changes
        </Button>
        <Button
          disabled={!isDirty || update.isPending}
          onClick={() => (form.reset(initial), setFormError(null))}
        >
          Discard changes
        </Button>
      </div>
    </form>
  );
}
