/**
 * The steps of the create-session wizard, the form fields each one owns, and the search
 * parameter that keeps the current step in the URL.
 */
import { z } from 'zod';
import { sessionCreateSchema } from '@/domain/model/session-schema';
import { STEP_IDS, type StepId, type WizardValues } from './wizard-values';

/** A step: its id and the fields it completes. */
export interface StepDefinition {
  id: StepId;
  /** The form fields completed on this step. */
  fields: readonly (keyof WizardValues)[];
}

/** The wizard, from session settings to review. */
export const STEPS: readonly StepDefinition[] = [
  {
    id: 'session',
    fields: ['name', 'description', 'priority', 'virtual_network_id', 'packet_length', 'enabled'],
  },
  { id: 'filter', fields: ['traffic_mirror_filter_id'] },
  { id: 'sources', fields: ['traffic_mirror_sources'] },
  { id: 'target', fields: ['traffic_mirror_target_type', 'traffic_mirror_target_id'] },
  { id: 'review', fields: [] },
];

/**
 * The message of a step's title: its heading, its entry in the step list, and how the resume
 * offer names where the draft stopped.
 */
export function stepTitle(id: StepId) {
  return `wizard.step.${id}` as const;
}

/**
 * Search parameters of `/sessions/create`. A missing step means "just arrived": the wizard
 * then offers to resume a saved draft; an unknown step is treated as missing.
 */
export const createSessionSearchSchema = z.object({
  step: z.enum(STEP_IDS).optional().catch(undefined),
});
/** The validated search parameters of `/sessions/create`. */
export type CreateSessionSearch = z.infer<typeof createSessionSearchSchema>;

/** The position (0-4) of a step. */
export function stepIndex(id: StepId): number {
  return STEP_IDS.indexOf(id);
}

/** The definition of a step. */
export function stepOf(id: StepId): StepDefinition {
  return STEPS[stepIndex(id)] ?? STEPS[0]!;
}

/** The step that owns a form field (`traffic_mirror_sources.2` belongs to sources). */
export function stepOfField(field: string): StepId {
  const root = field.split('.')[0];
  return STEPS.find((s) => (s.fields as readonly string[]).includes(root ?? ''))?.id ?? 'review';
}

/**
 * The first step whose fields do not pass the session schema, or `review` when every field
 * does. The wizard never shows a step beyond it, so a URL cannot skip a step.
 */
export function firstIncompleteStep(values: WizardValues): StepId {
  const result = sessionCreateSchema.safeParse(values);
  if (result.success) return 'review';
  const steps = result.error.issues.map((issue) => stepIndex(stepOfField(issue.path.map(String).join('.'))));
  return STEP_IDS[Math.min(...steps)] ?? 'review';
}
