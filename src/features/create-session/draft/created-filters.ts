/**
 * The filters the wizard itself created (on the filter step, before any session exists), and
 * every sentence that tells the operator about them: the review step, the resume offer, the
 * discard dialog and its outcome all say it the same way, in the chosen language.
 */
import type { Locale, Translator } from '@/i18n';

/** A filter the wizard created through the API, kept with the draft until it is resolved. */
export interface CreatedFilterRef {
  id: string;
  name: string;
}

/** What happens to the wizard's filters when its draft is discarded. */
export type CreatedFilterChoice = 'delete' | 'keep';

/** The language's translator and the parts of it these sentences use. */
type Words = Pick<Translator, 't' | 'locale'>;

/** Adds a filter to the list once (a retry that reuses the filter does not add it again). */
export function withCreatedFilter(
  list: readonly CreatedFilterRef[],
  filter: CreatedFilterRef,
): CreatedFilterRef[] {
  return list.some((f) => f.id === filter.id) ? [...list] : [...list, filter];
}

/**
 * Names joined as the language lists them: `a, b and c` (no serial comma, as every English list
 * of the console), `a、b和c` in Chinese.
 *
 * @example namesList('en', ['a', 'b', 'c']) // 'a, b and c'
 */
export function namesList(locale: Locale, names: readonly string[]): string {
  return new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction' }).format(names);
}

/** The `count` and quoted `names` the messages about created filters take. */
function filterParams(locale: Locale, filters: readonly CreatedFilterRef[]) {
  return {
    count: filters.length,
    names: namesList(
      locale,
      filters.map((f) => `“${f.name}”`),
    ),
  };
}

/**
 * The review step's introduction: what it is for, and when things are created (nothing before
 * Create session, or which filters already exist because step 2 created them).
 */
export function reviewIntro({ t, locale }: Words, filters: readonly CreatedFilterRef[]): string {
  return t('wizard.intro.review', filterParams(locale, filters));
}

/** What the discard dialog says is lost, and what was created (or that nothing was). */
export function discardSummary({ t, locale }: Words, filters: readonly CreatedFilterRef[]): string {
  return t('wizard.discard.summary', filterParams(locale, filters));
}

/** The discard dialog's two choices, each saying exactly what stays afterwards. */
export function choiceText(
  { t, locale }: Words,
  filters: readonly CreatedFilterRef[],
  choice: CreatedFilterChoice,
): { label: string; outcome: string } {
  const params = filterParams(locale, filters);
  if (choice === 'delete')
    return { label: t('wizard.discard.delete', params), outcome: t('wizard.discard.deleteOutcome') };
  return { label: t('wizard.discard.keep', params), outcome: t('wizard.discard.keepOutcome', params) };
}

/** The toast once the draft is gone: what happened to the wizard's filters. */
export function discardedMessage(
  { t, locale }: Words,
  filters: readonly CreatedFilterRef[],
  choice: CreatedFilterChoice,
): string {
  if (filters.length === 0) return t('wizard.discard.discarded');
  const params = filterParams(locale, filters);
  return t(choice === 'delete' ? 'wizard.discard.deleted' : 'wizard.discard.kept', params);
}

/** Why a filter could not be deleted, and that retrying or keeping it loses nothing. */
export function deleteFailureMessage({ t }: Words, filter: CreatedFilterRef, reason: string): string {
  const because = /[.!?。！？]$/.test(reason.trim()) ? reason.trim() : `${reason.trim()}.`;
  return t('wizard.discard.deleteFailed', { name: filter.name, reason: because });
}

/** The resume offer's sentence: the draft's name, when and where it was saved, what it created. */
export function resumeText(
  { t, locale, formatDate }: Words & Pick<Translator, 'formatDate'>,
  draft: { name: string; savedAt: string; step: string; filters: readonly CreatedFilterRef[] },
): string {
  const saved = new Date(draft.savedAt);
  const when = Number.isNaN(saved.getTime())
    ? t('wizard.draft.earlier')
    : formatDate(saved, { dateStyle: 'medium', timeStyle: 'short' });
  const name = draft.name.trim();
  return t('wizard.draft.body', {
    ...filterParams(locale, draft.filters),
    named: name ? 'yes' : 'no',
    name,
    when,
    step: draft.step,
  });
}
