/**
 * What an edit changes for one packet: the saved verdict against the verdict with the
 * what-if copy, in one sentence.
 */
import type { Verdict } from '@/domain/matcher/types';
import { ruleTitle, type ConfigNames } from './config-names';
import { REASON_WORDS } from './verdict-words';

/** Whether an edit changes a packet's verdict, and how, in one sentence. */
export interface Comparison {
  changed: boolean;
  sentence: string;
}

function decidedBy(verdict: Verdict, names: ConfigNames): string {
  const rule = names.rule(verdict.rule_id);
  const session = names.session(verdict.session_id);
  const word = REASON_WORDS[verdict.reason] ?? verdict.reason;
  return rule && session ? `${word} (${ruleTitle(rule)} of session ${session.name})` : word;
}

/**
 * Compares the two verdicts of a packet: reason, deciding session and rule, and delivery.
 *
 * @example compareVerdicts(saved, edited, savedNames, editedNames).sentence
 * // 'The edit changes the verdict: Copied (inbound rule 1 (accept) of session web) → Rejected (...)'
 */
export function compareVerdicts(
  saved: Verdict,
  edited: Verdict,
  savedNames: ConfigNames,
  editedNames: ConfigNames,
): Comparison {
  const before = decidedBy(saved, savedNames);
  const after = decidedBy(edited, editedNames);
  const sameRule = saved.rule_id === edited.rule_id && saved.session_id === edited.session_id;
  if (saved.reason !== edited.reason) {
    return { changed: true, sentence: `The edit changes the verdict: ${before} → ${after}.` };
  }
  if (!sameRule) {
    return {
      changed: true,
      sentence: `The verdict stays ${REASON_WORDS[saved.reason]}, but another rule decides: ${after}.`,
    };
  }
  const savedRule = savedNames.rule(saved.rule_id);
  const editedRule = editedNames.rule(edited.rule_id);
  if (savedRule && editedRule && savedRule.action !== editedRule.action) {
    return { changed: true, sentence: `The edit changes the verdict: ${before} → ${after}.` };
  }
  return { changed: false, sentence: `The edit does not change this packet's verdict: ${after}.` };
}
