import type { UseFormReturn } from 'react-hook-form';
import type { SessionCreate } from '@/domain/model/session-schema';
import type { CreatedFilterRef } from '../draft/created-filters';
import type { NewFilterValues } from './new-filter-schema';
import { useCreateFilterWithRules, type CreatedFilter } from './use-create-filter-with-rules';
import type { FilterMode, WizardValues } from '../wizard-values';

/** What the wizard needs to create the filter being written and use it for the session. */
export interface NewFilterOptions {
  form: UseFormReturn<WizardValues, unknown, SessionCreate>;
  filterForm: UseFormReturn<NewFilterValues>;
  setFilterMode: (mode: FilterMode) => void;
  /** Told the moment the filter exists (before its rules), so the draft can track it. */
  onFilterCreated: (filter: CreatedFilterRef) => void;
  /** Moves focus to the first problem shown, once it is drawn. */
  focusProblem: () => void;
}

/**
 * The filter written in place on the filter step. It lives with the wizard, not the form that
 * shows it, so that what an earlier attempt created is remembered when the operator switches
 * between the table and the form, and so that Next can create it as its own button does.
 */
export function useNewFilter({
  form,
  filterForm,
  setFilterMode,
  onFilterCreated,
  focusProblem,
}: NewFilterOptions) {
  const creator = useCreateFilterWithRules(filterForm, onFilterCreated);

  /**
   * Checks the new filter and, when it is right, creates it with its rules and chooses it for
   * the session. Otherwise focus goes to its first problem (a field, or why the API refused).
   */
  const submit = async (): Promise<CreatedFilter | null> => {
    const outcome: { created: CreatedFilter | null } = { created: null };
    await filterForm.handleSubmit(async (values) => {
      outcome.created = await creator.run(values);
    })();
    const { created } = outcome;
    if (!created) {
      focusProblem();
      return null;
    }
    form.setValue('traffic_mirror_filter_id', created.id, { shouldDirty: true, shouldValidate: true });
    setFilterMode('existing');
    return created;
  };

  return {
    submit,
    pending: creator.pending,
    failure: creator.failure,
    createdRules: creator.createdRules,
    filterCreated: creator.filterCreated,
  };
}

/** The in-place filter as the filter step shows it. */
export type NewFilterState = ReturnType<typeof useNewFilter>;
