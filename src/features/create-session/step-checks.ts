/**
 * What the session schema cannot see and the API would refuse, checked before leaving a
 * step: the domain's eligibility of each chosen source and of the target (C1-C4 and the
 * per-resource quotas) and the sources quota.
 */
import { sourceEligibility, targetEligibility, type SessionDraft } from '@/domain/model/eligibility';
import { encodeMessage, message, type ResultMessage } from '@/domain/model/message';
import { quotaLabel, type QuotaValues } from '@/domain/model/quotas';
import type { Snapshot } from '@/domain/model/violations';
import type { StepId, WizardValues } from './wizard-values';

/** A problem to show at a form field: its message as a form error carries it (`encodeMessage`). */
export interface StepProblem {
  field: 'priority' | 'traffic_mirror_sources' | 'traffic_mirror_target_id';
  message: string;
}

const same = (a: ResultMessage, b: ResultMessage) => JSON.stringify(a) === JSON.stringify(b);
/** Each message once, in order. */
function unique(messages: readonly ResultMessage[]): ResultMessage[] {
  return messages.filter((m, i) => messages.findIndex((other) => same(other, m)) === i);
}

type WizardSnapshot = Snapshot & { quotas: QuotaValues };

/** The draft as the domain's eligibility checks take it. */
export function draftOf(values: WizardValues): SessionDraft {
  return {
    sources: values.traffic_mirror_sources,
    target: values.traffic_mirror_target_id
      ? { type: values.traffic_mirror_target_type, id: values.traffic_mirror_target_id }
      : undefined,
    priority: Number.isSafeInteger(values.priority) ? values.priority : undefined,
  };
}

/**
 * Messages of the chosen sources that cannot be sources of this draft (each once), and of more
 * sources than the quota allows (the API's words for it: the wizard creates, so none is in use).
 */
export function sourceProblems(snapshot: WizardSnapshot, values: WizardValues): ResultMessage[] {
  const draft = draftOf(values);
  const messages = values.traffic_mirror_sources.flatMap((id) =>
    sourceEligibility(snapshot, draft, id).reasons.map((r) => r.message),
  );
  const limit = snapshot.quotas.sources_per_session;
  const count = values.traffic_mirror_sources.length;
  if (count > limit) {
    const label = quotaLabel('sources_per_session');
    messages.push(message('quota.sourcesPerSession', { label, value: limit, used: 0, count }));
  }
  return unique(messages);
}

/** Messages of why the chosen target cannot receive this draft's copies. */
export function targetProblems(snapshot: WizardSnapshot, values: WizardValues): ResultMessage[] {
  const draft = draftOf(values);
  if (!draft.target) return [];
  return unique(targetEligibility(snapshot, draft, draft.target).reasons.map((r) => r.message));
}

/** The problems that keep the operator on `step`, besides the schema's field errors. */
export function stepProblems(step: StepId, snapshot: WizardSnapshot, values: WizardValues): StepProblem[] {
  const one = (field: StepProblem['field'], messages: ResultMessage[]) =>
    messages.length > 0
      ? [
          {
            field,
            message: encodeMessage(messages.reduce((first, next) => message('sentences', { first, next }))),
          },
        ]
      : [];
  switch (step) {
    case 'session': {
      const draft = draftOf(values);
      const clashes = values.traffic_mirror_sources.flatMap((id) =>
        sourceEligibility(snapshot, draft, id)
          .reasons.filter((r) => r.code === 'C4')
          .map((r) => r.message),
      );
      return one('priority', unique(clashes));
    }
    case 'filter':
      return [];
    case 'sources':
      return one('traffic_mirror_sources', sourceProblems(snapshot, values));
    case 'target':
      return one('traffic_mirror_target_id', targetProblems(snapshot, values));
    case 'review':
      return [
        ...stepProblems('session', snapshot, values),
        ...stepProblems('sources', snapshot, values),
        ...stepProblems('target', snapshot, values),
      ];
  }
}
