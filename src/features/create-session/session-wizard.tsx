import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import type { QuotaValues } from '@/domain/model/quotas';
import type { TrafficMirrorSession } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { useToast } from '@/components/ui/toast';
import { useT } from '@/i18n';
import { DiscardDialog } from './draft/discard-dialog';
import { ResumeDraftPanel } from './draft/draft-dialogs';
import { StepList } from './step-list';
import { StepPanel } from './step-panel';
import { useFocusFirstProblem } from './problem-focus';
import { useNewFilter } from './filter-step/use-new-filter';
import { useSubmitSession } from './review-step/use-submit-session';
import { useWizardDraft } from './use-wizard-draft';
import { wizardActions } from './wizard-actions';
import { WizardContext, type WizardContextValue } from './wizard-context';
import { WizardFooter } from './wizard-footer';
import { firstIncompleteStep, stepIndex } from './wizard-steps';
import { STEP_IDS, type StepId, type WizardValues } from './wizard-values';

const route = getRouteApi('/sessions/create');

/** The wizard: one form over five steps, the step in the URL, the draft saved as it changes. */
export function SessionWizard({
  region,
  snapshot,
}: {
  region: string;
  snapshot: Snapshot & { quotas: QuotaValues };
}) {
  const search = route.useSearch();
  const navigateStep = route.useNavigate();
  const navigate = useNavigate();
  const { t } = useT();
  const toast = useToast();
  const [arrivalStep] = useState(search.step);
  const [reachable, setReachable] = useState<StepId>('review');
  // The URL decides the step, but never beyond the first incomplete one.
  const requested = search.step ?? 'session';
  const step = stepIndex(requested) > stepIndex(reachable) ? reachable : requested;
  const draft = useWizardDraft({ region, snapshot, arrivalStep, step });
  const { form, filterForm, filterMode, setFilterMode } = draft;
  const values = useWatch({ control: form.control }) as WizardValues;
  const [confirmCancel, setConfirmCancel] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusProblem = useFocusFirstProblem(formRef);
  const newFilter = useNewFilter({
    form,
    filterForm,
    setFilterMode,
    onFilterCreated: draft.recordFilter,
    focusProblem,
  });
  const startedWithOffer = useRef(draft.offer !== null);

  const incomplete = firstIncompleteStep(values);
  if (incomplete !== reachable) setReachable(incomplete);
  useEffect(() => {
    // A step beyond the first incomplete one is replaced; a missing one is set on arrival only
    // (resuming or discarding an offered draft sets it itself).
    if (search.step !== undefined && search.step !== step)
      void navigateStep({ search: (prev) => ({ ...prev, step }), replace: true });
  }, [step, search.step, navigateStep]);
  useEffect(() => {
    if (arrivalStep === undefined && !startedWithOffer.current)
      void navigateStep({ search: (prev) => ({ ...prev, step: 'session' }), replace: true });
  }, [arrivalStep, navigateStep]);
  useEffect(() => {
    if (!draft.offer) headingRef.current?.focus();
  }, [step, draft.offer]);

  const goTo = (next: StepId) => void navigateStep({ search: (prev) => ({ ...prev, step: next }) });
  const onCreated = (session: TrafficMirrorSession) => {
    draft.finish();
    toast('success', t('wizard.page.created', { name: session.name }));
    void navigate({ to: '/sessions/$sessionId', params: { sessionId: session.id } });
  };
  const submit = useSubmitSession(form, onCreated);

  const { create, onSubmit } = wizardActions({
    step,
    snapshot,
    form,
    filterMode,
    newFilter,
    submit,
    goTo,
    focusProblem,
  });

  const leave = () => {
    draft.finish();
    void navigate({ to: '/sessions' });
  };

  if (draft.offer) {
    return (
      <ResumeDraftPanel
        draft={draft.offer}
        forgetFilter={draft.forgetFilter}
        onResume={() =>
          void navigateStep({ search: (prev) => ({ ...prev, step: draft.resume() }), replace: true })
        }
        onDiscard={() => {
          draft.startOver();
          void navigateStep({ search: (prev) => ({ ...prev, step: 'session' }), replace: true });
        }}
      />
    );
  }

  const context: WizardContextValue = {
    snapshot,
    filterForm,
    newFilter,
    createdFilters: draft.createdFilters,
    filterMode,
    setFilterMode,
    goTo,
  };
  return (
    <WizardContext.Provider value={context}>
      <FormProvider {...form}>
        <div className="flex flex-col gap-4 xl:flex-row xl:gap-6">
          <StepList current={step} reachable={reachable} />
          <form
            ref={formRef}
            noValidate
            onSubmit={(event) => void onSubmit(event)}
            className="min-w-0 flex-1"
            aria-labelledby="wizard-step-heading"
          >
            <StepPanel step={step} headingRef={headingRef} submit={submit} onRetry={() => void create()} />
            <WizardFooter
              step={step}
              pending={submit.pending}
              onPrevious={() => goTo(STEP_IDS[stepIndex(step) - 1] ?? 'session')}
              onCancel={() => (draft.isChanged() ? setConfirmCancel(true) : leave())}
            />
          </form>
        </div>
        <DiscardDialog
          open={confirmCancel}
          filters={draft.createdFilters}
          forget={draft.forgetFilter}
          onKeepEditing={() => setConfirmCancel(false)}
          onDiscarded={leave}
        />
      </FormProvider>
    </WizardContext.Provider>
  );
}
