/**
 * Results of the filter and session analysis: what each rule does, and findings with a
 * message for operators. Ids are the API's; priorities are repeated for display.
 */
import type { Direction } from '../model/types';
import type { MirrorPacket } from '../matcher/types';
import type { AnalysisMessage } from './messages';

/** `danger`: packets are handled against the operator's evident intent; `info`: tidy-up. */
export type Severity = 'danger' | 'warning' | 'info';

interface FindingBase {
  severity: Severity;
  /** One or two sentences for operators: what is wrong and what to do (rendered by the console). */
  message: AnalysisMessage;
}

interface FilterFindingBase extends FindingBase {
  filterId: string;
  direction: Direction;
}

/** A rule that never decides: earlier rules match every packet it matches. */
export interface ShadowedRuleFinding extends FilterFindingBase {
  kind: 'shadowed-rule';
  ruleId: string;
  /** The earlier rules that decide its packets (each decides at least one). */
  coveringRuleIds: string[];
  /** The covering rules whose action differs from the rule's. */
  conflictingRuleIds: string[];
  /** Some of its packets get the opposite action to the one it asks for. */
  dangerous: boolean;
}

/** A rule that decides packets, but removing it alone would change no verdict. */
export interface RedundantRuleFinding extends FilterFindingBase {
  kind: 'redundant-rule';
  ruleId: string;
  /** The later rules that would decide its packets, all with the same action. */
  laterRuleIds: string[];
}

/** A rule that matches no packet at all (imported data the API would refuse). */
export interface EmptyRuleFinding extends FilterFindingBase {
  kind: 'rule-matches-nothing';
  ruleId: string;
}

/** A direction in which no rule ever accepts: the filter copies nothing that way. */
export interface CopiesNothingFinding extends FilterFindingBase {
  kind: 'direction-copies-nothing';
  /** Accept rules that exist but never decide (shadowed or empty); empty when there is none. */
  acceptRuleIds: string[];
}

/** A rule that matches only packets no source of its sessions carries (docs/behaviour.md, "The copy on the wire"). */
export interface RuleNeverCarriedFinding extends FilterFindingBase {
  kind: 'rule-never-carried';
  ruleId: string;
  /** The sources of the sessions using the filter. */
  sourceIds: string[];
}

/** An inbound rule whose packets every source's network ACL or security groups drop (section 5 step 1). */
export interface RuleDroppedFinding extends FilterFindingBase {
  kind: 'rule-dropped-before-mirroring';
  ruleId: string;
  /** The sources that carry some of its packets, and what drops them at each. */
  drops: { sourceId: string; droppedBy: 'network_acl' | 'security_group' }[];
}

/** A finding about a rule and the packets its sessions' sources carry; `kind` tells which. */
export type RuleTrafficFinding = RuleNeverCarriedFinding | RuleDroppedFinding;

/** A finding about one filter direction; `kind` tells which. */
export type FilterFinding =
  ShadowedRuleFinding | RedundantRuleFinding | EmptyRuleFinding | CopiesNothingFinding;

interface SourceFindingBase extends FindingBase {
  sourceId: string;
  direction: Direction;
}

/** An enabled session whose rules match packets, all decided by higher-priority sessions. */
export interface SessionNeverReceivesFinding extends SourceFindingBase {
  kind: 'session-never-receives';
  sessionId: string;
  /** The higher-priority sessions that decide its packets. */
  coveringSessionIds: string[];
}

/** A rule of the higher session and a rule of the lower session that both hold. */
export interface RulePair {
  higherRuleId: string;
  lowerRuleId: string;
}

/**
 * Packets that both sessions would decide, differently (copied or not, or copied to another
 * target): the higher-priority session wins, and swapping priorities would change the verdict.
 */
export interface PriorityOverlapFinding extends SourceFindingBase {
  kind: 'priority-overlap';
  higherSessionId: string;
  lowerSessionId: string;
  rulePairs: RulePair[];
  example: MirrorPacket;
}

/** A finding about the sessions sharing one source; `kind` tells which. */
export type SourceFinding = SessionNeverReceivesFinding | PriorityOverlapFinding;

/** What one rule does within its filter and direction. */
export interface RuleAnalysis {
  ruleId: string;
  priority: number;
  /**
   * `decides`: removing it would change some verdict; `redundant`: it decides packets but a
   * later rule with the same action would decide them all without it; `shadowed`: never
   * decides; `matches-nothing`: matches no packet at all.
   */
  status: 'decides' | 'redundant' | 'shadowed' | 'matches-nothing';
  /** A packet it decides; null when shadowed or matching nothing. */
  example: MirrorPacket | null;
  /** `decides` only: a packet whose verdict changes when the rule is deleted. */
  removalExample: MirrorPacket | null;
  /** Shadowed: the earlier rules deciding its packets. Redundant: the later rules taking over. */
  coveringRuleIds: string[];
}

/** What `analyzeFilterDirection` returns: every rule's status, and the findings. */
export interface FilterDirectionAnalysis {
  filterId: string;
  direction: Direction;
  /** In evaluation order. */
  rules: RuleAnalysis[];
  /** No rule of this direction ever accepts. */
  copiesNothing: boolean;
  findings: FilterFinding[];
}

/** One enabled session of a source, in one direction. */
export interface SessionReach {
  sessionId: string;
  direction: Direction;
  /** Its rules match some packet (false when its filter has no rule this way or is missing). */
  matchesPackets: boolean;
  /** Some packet is decided by it (it is not preempted by higher sessions). */
  receives: boolean;
  /** A packet of this source that the session copies (ACCEPTED by it), or null. */
  copyExample: MirrorPacket | null;
}

/** What `analyzeSource` returns: per session and direction what it receives, and the findings. */
export interface SourceAnalysis {
  sourceId: string;
  /** Enabled sessions listing the source, in evaluation order. */
  sessionIds: string[];
  reach: SessionReach[];
  findings: SourceFinding[];
}
