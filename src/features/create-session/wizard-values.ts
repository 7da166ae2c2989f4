/**
 * The values of the wizard's one form, their defaults, and the draft saved in the browser so
 * that a reload, back/forward or a visit elsewhere loses nothing.
 */
import { z } from 'zod';
import { DEFAULT_PACKET_LENGTH, DEFAULT_VNI } from '@/domain/model/session-schema';
import type { TargetType } from '@/domain/model/types';
import type { CreatedFilterRef } from './draft/created-filters';
import { newFilterDraftSchema, type NewFilterValues } from './filter-step/new-filter-schema';

/** Step ids, in order; the URL carries one as `?step=`. */
export const STEP_IDS = ['session', 'filter', 'sources', 'target', 'review'] as const;
/** One of the wizard's steps. */
export type StepId = (typeof STEP_IDS)[number];

/** The session as the form holds it; the session schema turns it into the create body. */
export interface WizardValues {
  name: string;
  description: string;
  priority: number;
  virtual_network_id: number | '';
  packet_length: number | '';
  enabled: boolean;
  traffic_mirror_filter_id: string;
  traffic_mirror_sources: string[];
  traffic_mirror_target_type: TargetType;
  traffic_mirror_target_id: string;
}

/** How the filter is chosen: from the table, or created in place. */
export type FilterMode = 'existing' | 'new';

/** Everything the wizard saves: the form, the step, and the filter being created in place. */
export interface WizardDraft {
  values: WizardValues;
  step: StepId;
  filterMode: FilterMode;
  newFilter: NewFilterValues | null;
  /** Filters the wizard created on the filter step: they exist whatever becomes of the draft. */
  createdFilters: CreatedFilterRef[];
  savedAt: string;
}

/** A new session's values: nothing chosen yet, the defaults of docs/behaviour.md, "Resources and their fields". */
export function blankValues(priority: number): WizardValues {
  return {
    name: '',
    description: '',
    priority,
    virtual_network_id: DEFAULT_VNI,
    packet_length: DEFAULT_PACKET_LENGTH,
    enabled: true,
    traffic_mirror_filter_id: '',
    traffic_mirror_sources: [],
    traffic_mirror_target_type: 'eni',
    traffic_mirror_target_id: '',
  };
}

/**
 * Whether the operator has changed anything a blank wizard would not have: a value, a filter
 * being written, or a filter the wizard created (which must never be forgotten silently).
 */
export function isChangedDraft(
  values: WizardValues,
  blank: WizardValues,
  newFilter: NewFilterValues | null,
  createdFilters: readonly CreatedFilterRef[] = [],
): boolean {
  const { priority: _p, ...rest } = values;
  const { priority: _b, ...blankRest } = blank;
  return (
    JSON.stringify(rest) !== JSON.stringify(blankRest) || newFilter !== null || createdFilters.length > 0
  );
}

/** JSON turns NaN into null; an emptied number field may also be saved as `""`. */
const storedNumber = z
  .union([z.number(), z.null(), z.literal('')])
  .transform((n) => (n === null ? Number.NaN : n));

const storedDraftSchema = z.object({
  values: z.object({
    name: z.string(),
    description: z.string(),
    priority: z.union([z.number(), z.null()]).transform((n) => n ?? Number.NaN),
    virtual_network_id: storedNumber,
    packet_length: storedNumber,
    enabled: z.boolean(),
    traffic_mirror_filter_id: z.string(),
    traffic_mirror_sources: z.array(z.string()),
    traffic_mirror_target_type: z.enum(['eni', 'elb']),
    traffic_mirror_target_id: z.string(),
  }),
  step: z.enum(STEP_IDS),
  filterMode: z.enum(['existing', 'new']),
  newFilter: newFilterDraftSchema.nullable(),
  // Drafts saved before filters were tracked have none.
  createdFilters: z.array(z.object({ id: z.string(), name: z.string() })).default([]),
  savedAt: z.string(),
});

const keyOf = (region: string) => `tm-console.create-session-draft.${region}`;

/** The draft saved for a region, or null when there is none (or it cannot be read). */
export function loadDraft(region: string): WizardDraft | null {
  try {
    const text = localStorage.getItem(keyOf(region));
    if (!text) return null;
    const parsed = storedDraftSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Saves the region's draft; a full or blocked storage only costs the draft. */
export function saveDraft(region: string, draft: WizardDraft): void {
  try {
    localStorage.setItem(keyOf(region), JSON.stringify(draft));
  } catch {
    /* storage unavailable: the wizard still works, the draft is not kept */
  }
}

/** Forgets the region's draft (after create, or when the operator discards it). */
export function clearDraft(region: string): void {
  try {
    localStorage.removeItem(keyOf(region));
  } catch {
    /* nothing to clear */
  }
}
