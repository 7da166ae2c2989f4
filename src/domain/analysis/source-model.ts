/**
 * The sessions of one source as a chain of deciders (docs/behaviour.md, "Which packets are copied" steps 2-6): enabled
 * sessions in evaluation order, each with its filter's rules of one direction. A session
 * decides the packets its rules match that no higher-priority session's rules match.
 */
import type { Direction, MirrorConfig, TrafficMirrorFilterRule, TrafficMirrorSession } from '../model/types';
import { filtersById, sessionsOfSource } from '../matcher/session-order';
import { compact, intersect, subtract, type BoxSet } from './box-set';
import { ruleDecisions } from './filter-analysis';
import type { Decision } from './first-match';

export interface RuleReach {
  rule: TrafficMirrorFilterRule;
  /** What it decides within its filter alone. */
  inFilter: BoxSet;
  /** What it decides for the source: `inFilter` without the higher sessions' packets. */
  inSource: BoxSet;
}

export interface SessionLayer {
  session: TrafficMirrorSession;
  rules: RuleReach[];
  /** Every packet its rules match (it decides these if no higher session does). */
  space: BoxSet;
  /** The packets it decides for the source. */
  reached: BoxSet;
  /** The packets it copies for the source (decided by an accept rule). */
  copied: BoxSet;
}

/**
 * The enabled sessions listing `sourceId`, highest priority first, with what each decides
 * in `direction`. A disabled session, or one whose filter is missing, decides nothing; a
 * disabled one is left out. `filterOverride` replaces a filter (by id) for change impact;
 * `within`, when given, keeps only those packets (the packets the source really carries).
 *
 * @example sessionLayers(config, 'eni-1', 'ingress').map((l) => l.session.id) // ['s-1', 's-2']
 */
export function sessionLayers(
  config: MirrorConfig,
  sourceId: string,
  direction: Direction,
  filterOverride?: { id: string; rules: Decision<TrafficMirrorFilterRule>[] },
  within?: BoxSet,
): SessionLayer[] {
  const filters = filtersById(config.filters);
  const sessions = sessionsOfSource(config.sessions, sourceId).filter((s) => s.enabled);
  let earlier: BoxSet = [];
  return sessions.map((session) => {
    const id = session.traffic_mirror_filter_id;
    const filter = filters.get(id);
    const decisions =
      filterOverride && filterOverride.id === id
        ? filterOverride.rules
        : filter
          ? ruleDecisions(filter, direction)
          : [];
    const rules = decisions.map((d) => {
      const inFilter = within ? intersect(d.decided, within) : d.decided;
      return { rule: d.item, inFilter, inSource: subtract(inFilter, earlier) };
    });
    const space = compact(rules.flatMap((r) => r.inFilter));
    const reached = compact(rules.flatMap((r) => r.inSource));
    const copied = compact(rules.filter((r) => r.rule.action === 'accept').flatMap((r) => r.inSource));
    earlier = compact([...earlier, ...reached]);
    return { session, rules, space, reached, copied };
  });
}

/**
 * What a packet's verdict would be when `session` decides it with `rule`: the target for a
 * copy, `reject` otherwise. Two outcomes differ when these keys differ.
 *
 * @example outcomeKey(session, { action: 'reject' }) // 'reject'
 */
export function outcomeKey(session: TrafficMirrorSession, rule: { action: string }): string {
  return rule.action === 'accept'
    ? `copy:${session.traffic_mirror_target_type}:${session.traffic_mirror_target_id}`
    : 'reject';
}
