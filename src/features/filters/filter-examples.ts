import { createContext, useContext } from 'react';
import { filterRuleExamples, ruleTrafficFindings } from '@/domain/analysis';
import type { ExampleBasis, RuleExample, RuleTrafficFinding } from '@/domain/analysis';
import type { MirrorConfig, TrafficMirrorFilter } from '@/domain/model/types';

/** The region as the filter page's examples see it, with each rule's example and traffic finding. */
export interface FilterExamples {
  /** Every session and filter of the region and its inventory. */
  config: MirrorConfig;
  /** Whose addresses the examples carry: the sources of the filter's sessions, or generic ones. */
  basis: ExampleBasis;
  byRule: Map<string, RuleExample>;
  /** The rules that match only packets their sources never carry or drop before mirroring. */
  findings: RuleTrafficFinding[];
}

/**
 * The examples and traffic findings of a filter's rules, on the sources of the sessions that
 * use it (docs/behaviour.md, "Example packets"), as the session page builds them.
 */
export function filterExamples(config: MirrorConfig, filter: TrafficMirrorFilter): FilterExamples {
  const { basis, byRule } = filterRuleExamples(config, filter);
  return { config, basis, byRule, findings: ruleTrafficFindings(config, filter) };
}

/** The filter page's examples, provided once by the page for its panels and rule forms. */
export const FilterExamplesContext = createContext<FilterExamples | null>(null);

/** The filter page's examples; null outside the page. */
export function useFilterExamples(): FilterExamples | null {
  return useContext(FilterExamplesContext);
}
