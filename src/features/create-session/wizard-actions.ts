import type { FormEvent } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { QuotaValues } from '@/domain/model/quotas';
import type { SessionCreate } from '@/domain/model/session-schema';
import type { Snapshot } from '@/domain/model/violations';
import { stepProblems } from './step-checks';
import type { NewFilterState } from './filter-step/use-new-filter';
import type { useSubmitSession } from './review-step/use-submit-session';
import { stepIndex, stepOf, stepOfField } from './wizard-steps';
import { type FilterMode, STEP_IDS, type StepId, type WizardValues } from './wizard-values';

/** The wizard's state that Next and Create act on. */
export interface WizardActionOptions {
  step: StepId;
  snapshot: Snapshot & { quotas: QuotaValues };
  form: UseFormReturn<WizardValues, unknown, SessionCreate>;
  filterMode: FilterMode;
  newFilter: NewFilterState;
  submit: ReturnType<typeof useSubmitSession>;
  goTo: (step: StepId) => void;
  /** Moves focus to the first problem shown, once it is drawn. */
  focusProblem: () => void;
}

/**
 * Next and Create. Next checks the step (its fields, then what the API would refuse) and moves
 * on, or focuses the step's first problem once its message is shown; on the filter step, a
 * filter being written is created (or its first problem focused). Create checks every step
 * again and sends the session once.
 */
export function wizardActions(options: WizardActionOptions) {
  const { step, snapshot, form, filterMode, newFilter, submit, goTo, focusProblem } = options;

  /** Shows the problems the API would refuse; true when there are none. */
  const checkStep = (id: StepId) => {
    const problems = stepProblems(id, snapshot, form.getValues());
    for (const problem of problems)
      form.setError(problem.field, { type: 'eligibility', message: problem.message });
    return problems.length === 0;
  };

  const create = async () => {
    if (submit.pending) return;
    if (!checkStep('review')) return focusProblem();
    await form.handleSubmit(submit.send, (errors) => {
      const field = Object.keys(errors)[0];
      if (field) goTo(stepOfField(field));
    })();
    focusProblem();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (step === 'review') return create();
    const nextStep = STEP_IDS[stepIndex(step) + 1] ?? 'review';
    if (step === 'filter' && filterMode === 'new') {
      if (await newFilter.submit()) goTo(nextStep);
      return;
    }
    if ((await form.trigger(stepOf(step).fields)) && checkStep(step)) goTo(nextStep);
    else focusProblem();
  };

  return { create, onSubmit };
}
