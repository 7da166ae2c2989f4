import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { useT } from '@/i18n';
import { FilterTable } from './filter-table';
import { NewFilterForm } from './new-filter-form';
import { StepError } from '../step-error';
import type { CreatedFilter } from './use-create-filter-with-rules';
import { useWizard } from '../wizard-context';
import type { FilterMode, WizardValues } from '../wizard-values';

const MODES: readonly FilterMode[] = ['existing', 'new'];

/** Step 2: choose a filter from the table, or write one in place and use it. */
export function FilterStep() {
  const { t } = useT();
  const { filterMode, setFilterMode } = useWizard();
  const { control, setValue, clearErrors } = useFormContext<WizardValues>();
  const selected = useWatch({ control, name: 'traffic_mirror_filter_id' });
  const [created, setCreated] = useState<CreatedFilter | null>(null);

  const select = (id: string) =>
    setValue('traffic_mirror_filter_id', id, { shouldDirty: true, shouldValidate: true });

  return (
    <div className="space-y-3">
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-800">{t('wizard.filter.legend')}</legend>
        <div className="flex gap-5">
          {MODES.map((mode) => (
            <label key={mode} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="filter-mode"
                value={mode}
                checked={filterMode === mode}
                onChange={() => {
                  // "Choose a mirror filter" is about the table; a filter being written has its own.
                  clearErrors('traffic_mirror_filter_id');
                  setCreated(null);
                  setFilterMode(mode);
                }}
                className="size-4 accent-brand-600"
              />
              {t(`wizard.filter.mode.${mode}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <StepError name="traffic_mirror_filter_id" />
      {created && (
        <Alert tone="success">
          {t('wizard.filter.created', { name: created.name, count: created.ruleCount })}
        </Alert>
      )}
      {filterMode === 'existing' ? (
        <FilterTable selected={selected} onSelect={select} />
      ) : (
        <NewFilterForm onCreated={setCreated} />
      )}
    </div>
  );
}
