/**
 * The what-if copy of one mirror filter: its rules edited, added and removed in the page
 * only (nothing is saved), and the configuration with the copy in place of the saved filter.
 */
import { compareEvaluationOrder } from '@/domain/matcher/session-order';
import type { Direction, TrafficMirrorFilter, TrafficMirrorFilterRule } from '@/domain/model/types';
import type { TesterMessage } from '../tester-message';
import type { FullConfig } from '../use-tester-config';

/** A filter being edited in the page only: the saved filter and the copy's rules. */
export interface WhatIfCopy {
  /** The filter as saved. */
  saved: TrafficMirrorFilter;
  /** The copy's rules, both directions. */
  rules: TrafficMirrorFilterRule[];
  /** Number of the next added rule (`draft-1`, `draft-2`, ...). */
  next: number;
}

/** Rules of one direction a filter holds at most (docs/behaviour.md, "Quotas"). */
export const RULES_PER_DIRECTION = 10;

/** A copy of a saved filter, not changed yet. */
export function startCopy(saved: TrafficMirrorFilter): WhatIfCopy {
  return { saved, rules: [...saved.ingress_rules, ...saved.egress_rules], next: 1 };
}

/** The copy's rules of a direction, in evaluation order. */
export function rulesOf(copy: WhatIfCopy, direction: Direction): TrafficMirrorFilterRule[] {
  return copy.rules.filter((r) => r.direction === direction).sort(compareEvaluationOrder);
}

/** The copy as a filter: same id and name as the saved one, the edited rules. */
export function copiedFilter(copy: WhatIfCopy): TrafficMirrorFilter {
  return { ...copy.saved, ingress_rules: rulesOf(copy, 'ingress'), egress_rules: rulesOf(copy, 'egress') };
}

/** The configuration with the copy in place of its saved filter. */
export function withCopy(config: FullConfig, copy: WhatIfCopy): FullConfig {
  const filter = copiedFilter(copy);
  return { ...config, filters: config.filters.map((f) => (f.id === filter.id ? filter : f)) };
}

/** Adds a rule (`id` empty: a new one) or replaces the rule with its id. */
export function putRule(copy: WhatIfCopy, rule: TrafficMirrorFilterRule): WhatIfCopy {
  if (rule.id === '') {
    return { ...copy, rules: [...copy.rules, { ...rule, id: `draft-${copy.next}` }], next: copy.next + 1 };
  }
  return { ...copy, rules: copy.rules.map((r) => (r.id === rule.id ? rule : r)) };
}

/** Takes a rule out of the copy. */
export function removeRule(copy: WhatIfCopy, id: string): WhatIfCopy {
  return { ...copy, rules: copy.rules.filter((r) => r.id !== id) };
}

/** Puts a removed saved rule back as it was saved. */
export function restoreRule(copy: WhatIfCopy, id: string): WhatIfCopy {
  const saved = [...copy.saved.ingress_rules, ...copy.saved.egress_rules].find((r) => r.id === id);
  return saved ? { ...copy, rules: [...copy.rules, saved] } : copy;
}

const COMPARED = [
  'action',
  'priority',
  'protocol',
  'ethertype',
  'source_cidr_block',
  'destination_cidr_block',
  'source_port_range',
  'destination_port_range',
] as const;

/** How a rule of the copy differs from the saved filter: `new`, `edited` or null. */
export function ruleChange(copy: WhatIfCopy, rule: TrafficMirrorFilterRule): 'new' | 'edited' | null {
  const saved = [...copy.saved.ingress_rules, ...copy.saved.egress_rules].find((r) => r.id === rule.id);
  if (!saved) return 'new';
  return COMPARED.some((key) => saved[key] !== rule[key]) ? 'edited' : null;
}

/** The saved rules the copy no longer has. */
export function removedRules(copy: WhatIfCopy): TrafficMirrorFilterRule[] {
  const kept = new Set(copy.rules.map((r) => r.id));
  return [...copy.saved.ingress_rules, ...copy.saved.egress_rules].filter((r) => !kept.has(r.id));
}

/** Whether the copy differs from the saved filter at all. */
export function isChanged(copy: WhatIfCopy): boolean {
  return removedRules(copy).length > 0 || copy.rules.some((r) => ruleChange(copy, r) !== null);
}

/**
 * Why a rule cannot take this priority in the copy (C5: unique per filter and direction),
 * or null.
 *
 * @example priorityClash(copy, { id: '', direction: 'ingress', priority: 1 }) // { id: 'tester.whatIf.priorityTaken', ... }
 */
export function priorityClash(
  copy: WhatIfCopy,
  rule: Pick<TrafficMirrorFilterRule, 'id' | 'direction' | 'priority'>,
): TesterMessage | null {
  const taken = rulesOf(copy, rule.direction).some((r) => r.priority === rule.priority && r.id !== rule.id);
  if (!taken) return null;
  return {
    id: 'tester.whatIf.priorityTaken',
    params: { direction: rule.direction, priority: rule.priority },
  };
}

/**
 * Why the copy cannot take this rule as it is applied (`id` empty: added), or null: a priority
 * another rule of its direction holds, or an added rule when the direction is full. The
 * what-if editor shows it at the priority.
 *
 * @example copyRuleProblem(copy, { id: '', direction: 'egress', priority: 4 }) // null while there is room
 */
export function copyRuleProblem(
  copy: WhatIfCopy,
  rule: Pick<TrafficMirrorFilterRule, 'id' | 'direction' | 'priority'>,
): TesterMessage | null {
  const clash = priorityClash(copy, rule);
  if (clash) return clash;
  if (rule.id !== '' || rulesOf(copy, rule.direction).length < RULES_PER_DIRECTION) return null;
  return { id: 'tester.whatIf.full', params: { direction: rule.direction, limit: RULES_PER_DIRECTION } };
}
