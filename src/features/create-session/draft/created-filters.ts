/**
 * The filters the wizard itself created (on the filter step, before any session exists), and
 * every sentence that tells the operator about them: the review step, the resume offer, the
 * discard dialog and its outcome all say it the same way.
 */
import { joinAnd } from '@/domain/analysis/describe';

/** A filter the wizard created through the API, kept with the draft until it is resolved. */
export interface CreatedFilterRef {
  id: string;
  name: string;
}

/** What happens to the wizard's filters when its draft is discarded. */
export type CreatedFilterChoice = 'delete' | 'keep';

/** Adds a filter to the list once (a retry that reuses the filter does not add it again). */
export function withCreatedFilter(
  list: readonly CreatedFilterRef[],
  filter: CreatedFilterRef,
): CreatedFilterRef[] {
  return list.some((f) => f.id === filter.id) ? [...list] : [...list, filter];
}

/**
 * `the filter “a”` or `the filters “a” and “b”`, for sentences about them.
 *
 * @example filtersPhrase([{ id: '1', name: 'web' }]) // 'the filter “web”'
 */
export function filtersPhrase(filters: readonly CreatedFilterRef[]): string {
  const names = joinAnd(filters.map((f) => `“${f.name}”`));
  return filters.length === 1 ? `the filter ${names}` : `the filters ${names}`;
}

/** `The filter “a”` / `The filters “a” and “b”`, to begin a sentence. */
function subject(filters: readonly CreatedFilterRef[]): string {
  const phrase = filtersPhrase(filters);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** The verb form for one filter or several. */
const agree = (filters: readonly CreatedFilterRef[], one: string, many: string) =>
  filters.length === 1 ? one : many;

/** `The filter “a” was` / `The filters “a” and “b” were`. */
const createdSubject = (filters: readonly CreatedFilterRef[]) =>
  `${subject(filters)} ${agree(filters, 'was', 'were')}`;

/**
 * What the review step says about when things are created: nothing before Create session, or
 * which filters already exist because step 2 created them.
 */
export function creationNote(filters: readonly CreatedFilterRef[]): string {
  if (filters.length === 0) return 'Nothing is created until you select Create session.';
  return `The session is created when you select Create session. ${createdSubject(filters)} already created in step 2.`;
}

/** What the discard dialog says is lost, and what was created (or that nothing was). */
export function discardSummary(filters: readonly CreatedFilterRef[]): string {
  const lost = 'The choices you made for the new mirror session will be lost.';
  if (filters.length === 0) return `${lost} Nothing has been created yet.`;
  return `${lost} ${createdSubject(filters)} already created in step 2 and exists now.`;
}

/** The discard dialog's two choices, each saying exactly what stays afterwards. */
export function choiceText(
  filters: readonly CreatedFilterRef[],
  choice: CreatedFilterChoice,
): { label: string; outcome: string } {
  const phrase = filtersPhrase(filters);
  if (choice === 'delete') return { label: `Delete ${phrase}`, outcome: 'Nothing this draft created stays.' };
  return {
    label: `Keep ${phrase}`,
    outcome: `${subject(filters)} ${agree(filters, 'stays', 'stay')} on the Filters page.`,
  };
}

/** The toast once the draft is gone: what happened to the wizard's filters. */
export function discardedMessage(filters: readonly CreatedFilterRef[], choice: CreatedFilterChoice): string {
  if (filters.length === 0) return 'The session draft was discarded.';
  const done = choice === 'delete' ? 'deleted' : 'kept on the Filters page';
  return `The session draft was discarded. ${createdSubject(filters)} ${done}.`;
}

/** Why a filter could not be deleted, and that retrying or keeping it loses nothing. */
export function deleteFailureMessage(filter: CreatedFilterRef, reason: string): string {
  const because = /[.!?]$/.test(reason.trim()) ? reason.trim() : `${reason.trim()}.`;
  return `The filter “${filter.name}” was not deleted: ${because} The draft is kept. Retry, or choose to keep the filter.`;
}

/** What the resume offer adds when the saved draft already created filters. */
export function resumeNote(filters: readonly CreatedFilterRef[]): string {
  return filters.length === 0 ? '' : ` ${createdSubject(filters)} already created.`;
}
