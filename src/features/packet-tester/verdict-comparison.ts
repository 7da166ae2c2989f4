/**
 * What an edit changes for one packet: the saved verdict against the verdict with the
 * what-if copy, in one sentence.
 */
import type { Verdict } from '@/domain/matcher/types';
import type { Translator } from '@/i18n';
import { ruleTitle, type ConfigNames } from './config-names';
import { reasonWord } from './verdict-words';

/** Whether an edit changes a packet's verdict, and how, in one sentence. */
export interface Comparison {
  changed: boolean;
  sentence: string;
}

function decidedBy(verdict: Verdict, names: ConfigNames, t: Translator['t']): string {
  const rule = names.rule(verdict.rule_id);
  const session = names.session(verdict.session_id);
  const reason = reasonWord(verdict.reason, t);
  return rule && session
    ? t('tester.compare.decidedBy', { reason, rule: ruleTitle(rule, t), session: session.name })
    : reason;
}

/**
 * Compares the two verdicts of a packet: reason, deciding session and rule, and delivery.
 *
 * @example compareVerdicts(saved, edited, savedNames, editedNames, t).sentence
 * // 'The edit changes the verdict: Copied (inbound rule 1 (accept) of session web) → Rejected (...)'
 */
export function compareVerdicts(
  saved: Verdict,
  edited: Verdict,
  savedNames: ConfigNames,
  editedNames: ConfigNames,
  t: Translator['t'],
): Comparison {
  const before = decidedBy(saved, savedNames, t);
  const after = decidedBy(edited, editedNames, t);
  const sameRule = saved.rule_id === edited.rule_id && saved.session_id === edited.session_id;
  const changes = { changed: true, sentence: t('tester.compare.changes', { before, after }) };
  if (saved.reason !== edited.reason) return changes;
  if (!sameRule) {
    const reason = reasonWord(saved.reason, t);
    return { changed: true, sentence: t('tester.compare.otherRule', { reason, after }) };
  }
  const savedRule = savedNames.rule(saved.rule_id);
  const editedRule = editedNames.rule(edited.rule_id);
  if (savedRule && editedRule && savedRule.action !== editedRule.action) return changes;
  return { changed: false, sentence: t('tester.compare.unchanged', { after }) };
}
