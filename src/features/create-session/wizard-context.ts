import { createContext, useContext } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { QuotaValues } from '@/domain/model/quotas';
import type { Snapshot } from '@/domain/model/violations';
import type { CreatedFilterRef } from './draft/created-filters';
import type { NewFilterValues } from './filter-step/new-filter-schema';
import type { NewFilterState } from './filter-step/use-new-filter';
import type { FilterMode, StepId } from './wizard-values';

/** What every step of the wizard shares besides the session form itself. */
export interface WizardContextValue {
  /** Sessions, filters, inventory and quotas of the region, for the domain's checks. */
  snapshot: Snapshot & { quotas: QuotaValues };
  /** The filter being created in place (its own form: it is sent before the session). */
  filterForm: UseFormReturn<NewFilterValues>;
  /** Creates the filter being written (its button, or Next) and what earlier attempts created. */
  newFilter: NewFilterState;
  /** Filters this draft has created so far: they exist before the session does. */
  createdFilters: readonly CreatedFilterRef[];
  filterMode: FilterMode;
  setFilterMode: (mode: FilterMode) => void;
  /** Moves to a step (a new history entry, so Back returns). */
  goTo: (step: StepId) => void;
}

/** Provides the wizard's shared state to its steps. */
export const WizardContext = createContext<WizardContextValue | null>(null);

/** The wizard's shared state; only the steps, inside the wizard, use it. */
export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error('useWizard must be used inside the create-session wizard.');
  return value;
}
