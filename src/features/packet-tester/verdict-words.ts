/**
 * A verdict in plain words: a short headline and one or two sentences naming the interface,
 * the deciding session and rule, and what to look at next.
 */
import type { MirrorPacket, Verdict } from '@/domain/matcher/types';
import { directionWord } from '@/domain/model/direction-words';
import type { ResultMessage } from '@/components/results/analysis-text';
import { ruleTitle, type ConfigNames } from './config-names';

/** How a verdict is coloured: copied, copied but lost, not copied, or dropped/rejected. */
export type VerdictTone = 'success' | 'warning' | 'neutral' | 'danger';

/** A verdict told in words: headline, sentence and tone. */
export interface VerdictWords {
  headline: string;
  sentence: string;
  tone: VerdictTone;
}

/** Short words for a verdict reason, for badges and counts. */
export const REASON_WORDS: Record<string, string> = {
  ACCEPTED: 'Copied',
  REJECTED: 'Rejected',
  NO_MATCH: 'No rule matches',
  NO_ENABLED_SESSION: 'No enabled session',
  NOT_A_SOURCE: 'Not a mirror source',
  DROPPED_BY_SECURITY_GROUP: 'Dropped by security group',
  DROPPED_BY_NETWORK_ACL: 'Dropped by network ACL',
  SKIPPED_NOT_IP: 'Skipped: not IP',
  SKIPPED_TRUNCATED: 'Skipped: cut short',
  SKIPPED_MALFORMED: 'Skipped: malformed',
  SKIPPED_LINK_TYPE: 'Skipped: link type',
  SKIPPED_OTHER_HOST: 'Skipped: other hosts',
};

/**
 * The verdict of one packet in plain words.
 *
 * @example verdictWords(verdict, packet, names, analysisText).headline // 'Copied'
 */
export function verdictWords(
  verdict: Verdict,
  packet: MirrorPacket,
  names: ConfigNames,
  text: (d: ResultMessage) => string,
): VerdictWords {
  const port = names.port(packet.source);
  const where = port?.name ?? packet.source;
  const session = names.session(verdict.session_id);
  const rule = names.rule(verdict.rule_id);
  const by =
    session && rule ? `session ${session.name}: its ${ruleTitle(rule)} is the first rule that matches` : '';
  switch (verdict.reason) {
    case 'ACCEPTED': {
      const target = names.target(verdict.target_type, verdict.target_id);
      if (verdict.delivery && !verdict.delivery.delivered) {
        return {
          headline: 'Copied, but the copy does not reach the target',
          sentence: `The packet is copied to ${target} by ${by}. The copy is dropped on the way: ${text(verdict.delivery.note)}`,
          tone: 'warning',
        };
      }
      return { headline: 'Copied', sentence: `The packet is copied to ${target} by ${by}.`, tone: 'success' };
    }
    case 'REJECTED':
      return {
        headline: 'Not copied: rejected',
        sentence: `The packet is not copied. It is rejected by ${by}; sessions after it are not looked at.`,
        tone: 'danger',
      };
    case 'NO_MATCH': {
      const count = verdict.trace.filter((s) => !s.skipped).length;
      const sessions = count === 1 ? 'its one enabled session' : `its ${count} enabled sessions`;
      return {
        headline: 'Not copied: no rule matches',
        sentence: `No ${directionWord(packet.direction)} rule of ${sessions} matches this packet on ${where}. The trace shows the first condition each rule failed.`,
        tone: 'neutral',
      };
    }
    case 'NO_ENABLED_SESSION':
      return {
        headline: 'Not copied: no enabled session',
        sentence: `Every mirror session of ${where} is disabled. Enable one to copy its packets.`,
        tone: 'neutral',
      };
    case 'NOT_A_SOURCE':
      return {
        headline: 'Not copied: not a mirror source',
        sentence: `${where} is not a source of any mirror session. Add it to a session to copy its packets.`,
        tone: 'neutral',
      };
    case 'DROPPED_BY_NETWORK_ACL':
      return {
        headline: 'Not copied: dropped by the network ACL',
        sentence: `The packet never reaches ${where}: the network ACL of its subnet drops it first, so it is not mirrored.`,
        tone: 'danger',
      };
    default:
      return {
        headline: 'Not copied: dropped by the security group',
        sentence: `The packet never reaches ${where}: its security group drops it first, so it is not mirrored. If the packet answers a connection ${where} opened, tick Reply: security groups are stateful.`,
        tone: 'danger',
      };
  }
}
