/**
 * A verdict in plain words: a short headline and one or two sentences naming the interface,
 * the deciding session and rule, and what to look at next, in the language of `t`.
 */
import { SKIP_REASONS } from '@/domain/capture/capture-summary';
import type { MirrorPacket, Verdict, VerdictReason } from '@/domain/matcher/types';
import type { MessageId, Translator } from '@/i18n';
import type { ResultDescriptor as ResultMessage } from '@/components/results/use-result-text';
import { ruleTitle, type ConfigNames } from './config-names';

/** How a verdict is coloured: copied, copied but lost, not copied, or dropped/rejected. */
export type VerdictTone = 'success' | 'warning' | 'neutral' | 'danger';

/** A verdict told in words: headline, sentence and tone. */
export interface VerdictWords {
  headline: string;
  sentence: string;
  tone: VerdictTone;
}

/** Every verdict reason, in the order the matcher looks (docs/behaviour.md). */
export const VERDICT_REASONS = [
  'ACCEPTED',
  'REJECTED',
  'NO_MATCH',
  'NO_ENABLED_SESSION',
  'NOT_A_SOURCE',
  'DROPPED_BY_SECURITY_GROUP',
  'DROPPED_BY_NETWORK_ACL',
] as const satisfies readonly VerdictReason[];

/** The verdict and skip reasons that have short words (`tester.reason.<code>`). */
const REASONS = new Set<string>([...VERDICT_REASONS, ...SKIP_REASONS]);

/**
 * Short words for a verdict or skip reason, for badges and counts; an unknown code as it is.
 *
 * @example reasonWord('ACCEPTED', t) // 'Copied'
 */
export function reasonWord(reason: string, t: Translator['t']): string {
  return REASONS.has(reason) ? t(`tester.reason.${reason}` as MessageId) : reason;
}

/** The headline and sentence ids of each verdict reason; anything else is a security group drop. */
const WORDS: Record<string, [MessageId, MessageId, VerdictTone]> = {
  ACCEPTED: ['tester.verdict.copiedHeadline', 'tester.verdict.copied', 'success'],
  REJECTED: ['tester.verdict.rejectedHeadline', 'tester.verdict.rejected', 'danger'],
  NO_MATCH: ['tester.verdict.noMatchHeadline', 'tester.verdict.noMatch', 'neutral'],
  NO_ENABLED_SESSION: ['tester.verdict.noEnabledHeadline', 'tester.verdict.noEnabled', 'neutral'],
  NOT_A_SOURCE: ['tester.verdict.notSourceHeadline', 'tester.verdict.notSource', 'neutral'],
  DROPPED_BY_NETWORK_ACL: ['tester.verdict.aclHeadline', 'tester.verdict.acl', 'danger'],
};
const DROPPED: [MessageId, MessageId, VerdictTone] = [
  'tester.verdict.securityGroupHeadline',
  'tester.verdict.securityGroup',
  'danger',
];
const LOST: [MessageId, MessageId, VerdictTone] = [
  'tester.verdict.lostHeadline',
  'tester.verdict.lost',
  'warning',
];

/**
 * The verdict of one packet in plain words.
 *
 * @example verdictWords(verdict, packet, names, t, text).headline // 'Copied'
 */
export function verdictWords(
  verdict: Verdict,
  packet: MirrorPacket,
  names: ConfigNames,
  t: Translator['t'],
  text: (d: ResultMessage) => string,
): VerdictWords {
  const session = names.session(verdict.session_id);
  const rule = names.rule(verdict.rule_id);
  const lost = verdict.reason === 'ACCEPTED' && verdict.delivery && !verdict.delivery.delivered;
  const [headline, sentence, tone] = lost ? LOST : (WORDS[verdict.reason] ?? DROPPED);
  const params = {
    where: names.port(packet.source)?.name ?? packet.source,
    session: session?.name ?? verdict.session_id ?? '',
    rule: rule ? ruleTitle(rule, t) : (verdict.rule_id ?? ''),
    targetType: verdict.target_type ?? 'eni',
    target: names.targetName(verdict.target_type, verdict.target_id),
    note: verdict.delivery ? text(verdict.delivery.note) : '',
    direction: packet.direction,
    count: verdict.trace.filter((s) => !s.skipped).length,
  };
  return { headline: t(headline), sentence: t(sentence, params), tone };
}
