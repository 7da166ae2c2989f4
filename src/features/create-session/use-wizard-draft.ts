import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { suggestPriority } from '@/domain/model/eligibility';
import type { QuotaValues } from '@/domain/model/quotas';
import { sessionCreateSchema, type SessionCreate } from '@/domain/model/session-schema';
import type { Snapshot } from '@/domain/model/violations';
import { withCreatedFilter, type CreatedFilterRef } from './draft/created-filters';
import { useRevalidateOnChange } from './use-revalidate-on-change';
import { blankNewFilter, newFilterFormSchema, type NewFilterValues } from './filter-step/new-filter-schema';
import {
  blankValues,
  clearDraft,
  type FilterMode,
  isChangedDraft,
  loadDraft,
  saveDraft,
  type StepId,
  type WizardDraft,
  type WizardValues,
} from './wizard-values';

/** The region whose draft is kept, its data, and the step on arrival and now. */
export interface WizardDraftOptions {
  region: string;
  snapshot: Snapshot & { quotas: QuotaValues };
  /** The step in the URL on arrival; none means the operator just came in. */
  arrivalStep: StepId | undefined;
  /** The step shown now, saved with the draft. */
  step: StepId;
}

/**
 * The wizard's forms and their saved draft. On a reload or back/forward (a step in the URL)
 * the saved draft is restored at once; on a fresh arrival a changed draft is offered for
 * resuming. Every change is saved; an unchanged draft is forgotten.
 */
export function useWizardDraft({ region, snapshot, arrivalStep, step }: WizardDraftOptions) {
  const [start] = useState(() => {
    const blank = blankValues(suggestPriority(snapshot, { sources: [] }) ?? 1);
    const saved = loadDraft(region);
    const changed =
      saved !== null && isChangedDraft(saved.values, blank, saved.newFilter, saved.createdFilters);
    return {
      blank,
      offer: arrivalStep === undefined && changed ? saved : null,
      restored: arrivalStep ? saved : null,
    };
  });
  const form = useForm<WizardValues, unknown, SessionCreate>({
    resolver: zodResolver(sessionCreateSchema) as unknown as Resolver<WizardValues, unknown, SessionCreate>,
    mode: 'onTouched',
    defaultValues: start.restored?.values ?? start.blank,
  });
  const filterForm = useForm<NewFilterValues>({
    resolver: zodResolver(newFilterFormSchema(snapshot.quotas)) as unknown as Resolver<NewFilterValues>,
    mode: 'onTouched',
    // The wizard focuses the first problem itself, once its message is drawn.
    shouldFocusError: false,
    defaultValues: start.restored?.newFilter ?? blankNewFilter(),
  });
  useRevalidateOnChange(form);
  useRevalidateOnChange(filterForm);
  const [filterMode, setFilterMode] = useState<FilterMode>(start.restored?.filterMode ?? 'existing');
  const [offer, setOffer] = useState<WizardDraft | null>(start.offer);
  const [createdFilters, setCreatedFilters] = useState<CreatedFilterRef[]>(
    start.restored?.createdFilters ?? [],
  );
  const finished = useRef(false);

  const newFilterOf = useCallback(
    (mode: FilterMode) => (mode === 'new' ? filterForm.getValues() : null),
    [filterForm],
  );
  const isChanged = () =>
    isChangedDraft(form.getValues(), start.blank, newFilterOf(filterMode), createdFilters);

  const persist = useCallback(() => {
    if (offer || finished.current) return;
    const values = form.getValues();
    const newFilter = newFilterOf(filterMode);
    if (!isChangedDraft(values, start.blank, newFilter, createdFilters)) clearDraft(region);
    else {
      const savedAt = new Date().toISOString();
      saveDraft(region, { values, step, filterMode, newFilter, createdFilters, savedAt });
    }
  }, [offer, form, newFilterOf, filterMode, createdFilters, start.blank, region, step]);

  useEffect(() => {
    persist();
    const watched = [form.watch(persist), filterForm.watch(persist)];
    return () => watched.forEach((w) => w.unsubscribe());
  }, [persist, form, filterForm]);

  /** Takes the offered draft back into the forms and returns the step to open. */
  const resume = (): StepId => {
    if (!offer) return 'session';
    form.reset(offer.values);
    filterForm.reset(offer.newFilter ?? blankNewFilter());
    setFilterMode(offer.filterMode);
    setCreatedFilters(offer.createdFilters);
    setOffer(null);
    return offer.step;
  };

  /** Forgets the draft for good (discarded, cancelled, or created). */
  const finish = () => {
    finished.current = true;
    setOffer(null);
    clearDraft(region);
  };

  /** Discards the offered draft and starts a blank one. */
  const startOver = () => {
    clearDraft(region);
    setOffer(null);
  };

  /** Remembers a filter the wizard created: it is named whenever the draft is discarded. */
  const recordFilter = useCallback(
    (filter: CreatedFilterRef) => setCreatedFilters((list) => withCreatedFilter(list, filter)),
    [],
  );

  /** Forgets a created filter once it is deleted (from the draft and from the offered one). */
  const forgetFilter = useCallback((id: string) => {
    setCreatedFilters((list) => list.filter((f) => f.id !== id));
    setOffer(
      (saved) => saved && { ...saved, createdFilters: saved.createdFilters.filter((f) => f.id !== id) },
    );
  }, []);

  return {
    form,
    filterForm,
    filterMode,
    setFilterMode,
    offer,
    resume,
    startOver,
    finish,
    isChanged,
    createdFilters,
    recordFilter,
    forgetFilter,
  };
}
