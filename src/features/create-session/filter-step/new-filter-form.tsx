import { FormProvider } from 'react-hook-form';
import type { MouseEvent } from 'react';
import { TextField } from '@/components/form/text-field';
import { TextareaField } from '@/components/form/textarea-field';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useT } from '@/i18n';
import { DIRECTIONS } from '@/domain/model/direction-words';
import { RuleListEditor } from './rule-list-editor';
import type { CreatedFilter } from './use-create-filter-with-rules';
import { keepFocusOnPress, problemMark } from '../problem-focus';
import { useWizard } from '../wizard-context';

/**
 * A new filter written in place: name, description and the inbound and outbound rules. It is
 * created through the API (filter, then each rule) and then chosen for the session, by its
 * button or by Next.
 */
export function NewFilterForm({ onCreated }: { onCreated: (filter: CreatedFilter) => void }) {
  const { t } = useT();
  const { filterForm, snapshot, newFilter } = useWizard();
  const { pending, failure, createdRules, filterCreated } = newFilter;
  const {
    register,
    formState: { errors },
  } = filterForm;
  const locked = (direction: string) =>
    new Set(
      [...createdRules].filter((k) => k.startsWith(`${direction}.`)).map((k) => Number(k.split('.')[1])),
    );

  // A submit button, so that Enter in any field of the new filter creates it.
  const create = (event: MouseEvent) => {
    event.preventDefault();
    void newFilter.submit().then((created) => created && onCreated(created));
  };

  return (
    <FormProvider {...filterForm}>
      <div className="space-y-4 rounded border border-slate-200 bg-white p-4">
        <h3 className="text-sm font-semibold text-slate-900">{t('wizard.newFilter.title')}</h3>
        <div className="grid max-w-2xl gap-3">
          <TextField
            label={t('wizard.newFilter.name')}
            required
            autoComplete="off"
            disabled={filterCreated}
            hint={t('wizard.field.nameHint')}
            error={errors.name?.message}
            {...register('name')}
          />
          <TextareaField
            label={t('wizard.newFilter.description')}
            disabled={filterCreated}
            hint={t('wizard.field.descriptionHint')}
            error={errors.description?.message}
            {...register('description')}
          />
        </div>
        <p className="text-xs text-slate-600">{t('wizard.newFilter.rulesNote')}</p>
        {DIRECTIONS.map((direction) => (
          <RuleListEditor
            key={direction}
            direction={direction}
            limit={
              direction === 'ingress'
                ? snapshot.quotas.ingress_rules_per_filter
                : snapshot.quotas.egress_rules_per_filter
            }
            lockedIndexes={locked(direction)}
          />
        ))}
        {failure && (
          <div {...problemMark} className="focus:outline-none">
            <Alert tone="error" title={t('wizard.newFilter.notReady')}>
              {failure}
            </Alert>
          </div>
        )}
        <div className="flex justify-end border-t border-slate-200 pt-3">
          <Button
            type="submit"
            variant="primary"
            pending={pending}
            onMouseDown={keepFocusOnPress}
            onClick={create}
          >
            {t(pending ? 'wizard.newFilter.creating' : 'wizard.newFilter.create')}
          </Button>
        </div>
      </div>
    </FormProvider>
  );
}
