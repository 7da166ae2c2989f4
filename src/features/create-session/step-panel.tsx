import type { Ref } from 'react';
import { creationNote } from './draft/created-filters';
import { FilterStep } from './filter-step/filter-step';
import { ReviewStep } from './review-step/review-step';
import { SessionStep } from './session-step/session-step';
import { SourcesStep } from './sources-step/sources-step';
import { TargetStep } from './target-step/target-step';
import { useWizard } from './wizard-context';
import type { SubmitFailure } from './review-step/use-submit-session';
import { STEP_IDS, type StepId } from './wizard-values';
import { stepIndex, stepOf } from './wizard-steps';

const INTRO: Record<StepId, string> = {
  session:
    'Name the session and set how it copies: its priority among sessions that share a source, the VXLAN network identifier and how many bytes of each packet are copied.',
  filter:
    'The filter decides which packets are copied: its rules are checked from the smallest priority up, and the first rule a packet matches accepts or rejects it.',
  sources:
    'Choose the network interfaces whose traffic is copied. Only interfaces of c7t ECSs can be sources, and each can be in at most 3 sessions.',
  target:
    "Choose where the copies go: a network interface or a load balancer that your source VPCs can reach. Copies travel inside the VPCs, to the interface's or the load balancer's private address.",
  // Followed by what exists already (creationNote).
  review: 'Check every choice before the session is created.',
};

/** The step to show, where its heading is, and the create call's state for review. */
export interface StepPanelProps {
  step: StepId;
  headingRef: Ref<HTMLHeadingElement>;
  submit: { pending: boolean; failure: SubmitFailure | null };
  onRetry: () => void;
}

/** The current step: its heading (which takes focus on every step change), intro and fields. */
export function StepPanel({ step, headingRef, submit, onRetry }: StepPanelProps) {
  const { createdFilters } = useWizard();
  const intro = step === 'review' ? `${INTRO.review} ${creationNote(createdFilters)}` : INTRO[step];
  return (
    <div className="rounded border border-slate-200 bg-white p-5">
      <p className="text-xs font-medium text-slate-500">
        Step {stepIndex(step) + 1} of {STEP_IDS.length}
      </p>
      <h2
        id="wizard-step-heading"
        ref={headingRef}
        tabIndex={-1}
        className="text-base font-semibold text-slate-900 focus:outline-none"
      >
        {stepOf(step).title}
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
