import type { Ref } from 'react';
import { useT } from '@/i18n';
import { reviewIntro } from './draft/created-filters';
import { FilterStep } from './filter-step/filter-step';
import { ReviewStep } from './review-step/review-step';
import { SessionStep } from './session-step/session-step';
import { SourcesStep } from './sources-step/sources-step';
import { TargetStep } from './target-step/target-step';
import { useWizard } from './wizard-context';
import type { SubmitFailure } from './review-step/use-submit-session';
import { STEP_IDS, type StepId } from './wizard-values';
import { stepIndex, stepTitle } from './wizard-steps';

/** The step to show, where its heading is, and the create call's state for review. */
export interface StepPanelProps {
  step: StepId;
  headingRef: Ref<HTMLHeadingElement>;
  submit: { pending: boolean; failure: SubmitFailure | null };
  onRetry: () => void;
}

/** The current step: its heading (which takes focus on every step change), intro and fields. */
export function StepPanel({ step, headingRef, submit, onRetry }: StepPanelProps) {
  const words = useT();
  const { t } = words;
  const { createdFilters } = useWizard();
  const intro = step === 'review' ? reviewIntro(words, createdFilters) : t(`wizard.intro.${step}`);
  return (
    <div className="rounded border border-slate-200 bg-white p-5">
      <p className="text-xs font-medium text-slate-500">
        {t('wizard.steps.position', { number: stepIndex(step) + 1, total: STEP_IDS.length })}
      </p>
      <h2
        id="wizard-step-heading"
        ref={headingRef}
        tabIndex={-1}
        className="text-base font-semibold text-slate-900 focus:outline-none"
      >
        {t(stepTitle(step))}
      </h2>
      <p className="mt-1 mb-4 max-w-3xl text-sm text-slate-600">{intro}</p>
      {step === 'session' && <SessionStep />}
      {step === 'filter' && <FilterStep />}
      {step === 'sources' && <SourcesStep />}
      {step === 'target' && <TargetStep />}
      {step === 'review' && (
        <ReviewStep failure={submit.failure} pending={submit.pending} onRetry={onRetry} />
      )}
    </div>
  );
}
