/**
 * The rules of one filter and direction, analysed exactly: which rules never decide
 * (shadowed), which could be deleted without changing any verdict (redundant), which match
 * nothing, and whether the direction copies anything at all.
 */
import type { Direction, TrafficMirrorFilter, TrafficMirrorFilterRule } from '../model/types';
import { rulesOfDirection } from '../matcher/session-order';
import { intersect, overlaps, subtract, type BoxSet } from './box-set';
import { examplePacket } from './example-packet';
import { copiesNothingMessage, emptyRuleMessage, redundantMessage, shadowedMessage } from './filter-messages';
import { firstMatch, type Decision } from './first-match';
import { ruleSpace } from './rule-space';
import type { FilterDirectionAnalysis, FilterFinding, RuleAnalysis } from './types';

/** Options of the analysis: the ENI id to put in example packets (default `""`). */
export interface AnalysisOptions {
  sourceId?: string;
}

/**
 * The rules of a filter's direction in evaluation order, each with what it decides.
 *
 * @example ruleDecisions(filter, 'ingress')[0]?.decided // the packets the first rule decides
 */
export function ruleDecisions(
  filter: TrafficMirrorFilter,
  direction: Direction,
): Decision<TrafficMirrorFilterRule>[] {
  const rules = rulesOfDirection(filter, direction);
  return firstMatch(rules.map((item) => ({ item, space: ruleSpace(item) }))).decisions;
}

interface Removal {
  /** The later rules that take over its packets, all with its action. */
  later: TrafficMirrorFilterRule[];
  /** Packets whose verdict changes without the rule; empty when it is redundant. */
  changed: BoxSet;
}

/**
 * Follows the packets rule `index` decides down the later rules, as if it were deleted: the
 * first later rule matching a packet decides it; a different action or no later rule at all
 * (the packet would fall through) is a changed verdict.
 */
function removal(decisions: readonly Decision<TrafficMirrorFilterRule>[], index: number): Removal {
  const own = decisions[index]!;
  let remaining = own.decided;
  const later: TrafficMirrorFilterRule[] = [];
  for (const next of decisions.slice(index + 1)) {
    if (remaining.length === 0) break;
    const hit = intersect(remaining, next.space);
    if (hit.length === 0) continue;
    if (next.item.action !== own.item.action) return { later, changed: hit };
    later.push(next.item);
    remaining = subtract(remaining, next.space);
  }
  return { later, changed: remaining };
}

/**
 * Analyses the rules of one filter direction (docs/behaviour.md, "Which packets are copied" step 4, first match wins), over
 * every well-formed packet, exactly. A rule is:
 * - `matches-nothing` when no packet satisfies it (text the API refuses, a CIDR of the other
 *   IP version, port ranges on a protocol without ports);
 * - `shadowed` when earlier rules match every packet it matches, so it never decides; the
 *   finding names the earlier rules that decide its packets and is `dangerous` (severity
 *   `danger`) when any of them has the other action;
 * - `redundant` when it decides packets but deleting it alone changes no verdict: each
 *   packet it decides is then matched by a later rule, and the first such later rule has the
 *   same action. A later rule of the other action in between, or a packet no later rule
 *   matches, makes it necessary: without a decision the packet falls through to the next
 *   session, which is not the same as `reject`. Findings are about deleting one rule alone:
 *   two rules can each be redundant because of the other.
 * - `decides` otherwise, with `removalExample`, a packet whose verdict its deletion changes.
 * The direction `copiesNothing` when no accept rule decides any packet.
 *
 * @example
 * // Figure 3: rule A (priority 1) rejects TCP from 10.0.0.0/24 to port 22, rule B (priority 2) accepts the same
 * analyzeFilterDirection(filter, 'ingress').findings[0]
 * // { kind: 'shadowed-rule', ruleId: 'rule-b', coveringRuleIds: ['rule-a'], conflictingRuleIds: ['rule-a'],
 * //   dangerous: true, severity: 'danger', message: { id: 'finding.shadowed.all', params: { ... } } }
 * // whose message reads 'Rule 2 (accept TCP from 10.0.0.0/24 to any port 22) never decides: rule 1
 * // (reject TCP from 10.0.0.0/24 to any port 22) covers all its packets, and it rejects them. Move rule 2
 * // above rule 1 or narrow rule 1.'
 */
export function analyzeFilterDirection(
  filter: TrafficMirrorFilter,
  direction: Direction,
  options: AnalysisOptions = {},
): FilterDirectionAnalysis {
  const source = options.sourceId ?? '';
  const decisions = ruleDecisions(filter, direction);
  const base = { filterId: filter.id, direction };
  const rules: RuleAnalysis[] = [];
  const findings: FilterFinding[] = [];
  decisions.forEach((decision, index) => {
    const rule = decision.item;
    const entry = { ruleId: rule.id, priority: rule.priority, example: null, removalExample: null };
    if (decision.space.length === 0) {
      rules.push({ ...entry, status: 'matches-nothing', coveringRuleIds: [] });
      const message = emptyRuleMessage(rule);
      findings.push({ ...base, kind: 'rule-matches-nothing', ruleId: rule.id, severity: 'warning', message });
    } else if (decision.decided.length === 0) {
      const covering = decisions
        .slice(0, index)
        .filter((earlier) => overlaps(earlier.decided, decision.space))
        .map((earlier) => earlier.item);
      const conflicting = covering.filter((r) => r.action !== rule.action);
      const coveringRuleIds = covering.map((r) => r.id);
      rules.push({ ...entry, status: 'shadowed', coveringRuleIds });
      findings.push({
        ...base,
        kind: 'shadowed-rule',
        ruleId: rule.id,
        coveringRuleIds,
        conflictingRuleIds: conflicting.map((r) => r.id),
        dangerous: conflicting.length > 0,
        severity: conflicting.length > 0 ? 'danger' : 'warning',
        message: shadowedMessage(rule, covering, conflicting),
      });
    } else {
      const example = examplePacket(decision.decided, direction, source);
      const { later, changed } = removal(decisions, index);
      const coveringRuleIds = later.map((r) => r.id);
      if (changed.length === 0) {
        rules.push({ ...entry, status: 'redundant', example, coveringRuleIds });
        const message = redundantMessage(rule, later);
        findings.push({
          ...base,
          kind: 'redundant-rule',
          ruleId: rule.id,
          laterRuleIds: coveringRuleIds,
          severity: 'info',
          message,
        });
      } else {
        const removalExample = examplePacket(changed, direction, source);
        rules.push({ ...entry, status: 'decides', example, removalExample, coveringRuleIds: [] });
      }
    }
  });
  const accepting = decisions.filter((d) => d.item.action === 'accept');
  const copiesNothing = accepting.every((d) => d.decided.length === 0);
  if (copiesNothing) {
    const dead = accepting.map((d) => d.item);
    findings.push({
      ...base,
      kind: 'direction-copies-nothing',
      acceptRuleIds: dead.map((r) => r.id),
      severity: 'warning',
      message: copiesNothingMessage(filter, direction, decisions.length, dead),
    });
  }
  return { ...base, rules, copiesNothing, findings };
}
