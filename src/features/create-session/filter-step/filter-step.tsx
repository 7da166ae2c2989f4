import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { FilterTable } from './filter-table';
import { NewFilterForm } from './new-filter-form';
import { StepError } from '../step-error';
import type { CreatedFilter } from './use-create-filter-with-rules';
import { useWizard } from '../wizard-context';
import type { FilterMode, WizardValues } from '../wizard-values';

const MODES: { value: FilterMode; label: string }[] = [
  { value: 'existing', label: 'Use an existing filter' },
  { value: 'new', label: 'Create a new filter' },
];

/** Step 2: choose a filter from the table, or write one in place and use it. */
export function FilterStep() {
  const { filterMode, setFilterMode } = useWizard();
  const { control, setValue, clearErrors } = useFormContext<WizardValues>();
  const selected = useWatch({ control, name: 'traffic_mirror_filter_id' });
  const [created, setCreated] = useState<CreatedFilter | null>(null);

  const select = (id: string) =>
    setValue('traffic_mirror_filter_id', id, { shouldDirty: true, shouldValidate: true });

  return (
    <div className="space-y-3">
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-800">Filter</legend>
        <div className="flex gap-5">
          {MODES.map((mode) => (
            <label key={mode.value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="filter-mode"
                value={mode.value}
                checked={filterMode === mode.value}
                onChange={() => {
                  // "Choose a mirror filter" is about the table; a filter being written has its own.
                  clearErrors('traffic_mirror_filter_id');
                  setCreated(null);
                  setFilterMode(mode.value);
                }}
                className="size-4 accent-brand-600"
              />
              {mode.label}
            </label>
          ))}
        </div>
      </fieldset>
      <StepError name="traffic_mirror_filter_id" />
      {created && (
        <Alert tone="success">
          Filter “{created.name}” was created with {created.ruleCount}{' '}
          {created.ruleCount === 1 ? 'rule' : 'rules'} and is selected.
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
