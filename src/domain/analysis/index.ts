/**
 * Filter and session analysis: shadowed, redundant and empty rules, directions
 * that copy nothing, sessions that never receive a packet, priority-dependent overlaps,
 * example packets and the impact of an edit. Exact: packet sets are unions of boxes over
 * ethertype, protocol, addresses and ports, never samples.
 */
export { analyzeFilterDirection, type AnalysisOptions } from './filter-analysis';
export { analyzeSource } from './source-analysis';
export { examplePacketForRule, examplePacketForSession, type ExampleResult } from './examples';
export {
  filterRuleExamples,
  examplePacketForRuleIn,
  type FilterExamples,
  type RuleExample,
  type RuleExampleFit,
  type ExampleBasis,
} from './rule-examples';
export {
  changeImpact,
  changeImpactOnSources,
  IMPACT_SOURCE_LIMIT,
  type SourcesImpact,
  type ChangeImpact,
  type ChangeImpactOptions,
  type ImpactSet,
} from './change-impact';
export {
  packetTesterFields,
  sessionFindings,
  sessionFindingsIn,
  type SessionFindingLine,
} from './session-findings';
export { packetText, ruleName, ruleSummary } from './describe';
export { ruleTrafficFindings, filterSources } from './traffic-findings';
export { TRAFFIC_FINDING_BADGE } from './traffic-messages';
export { sourceTraffic, type SourceTraffic } from './source-traffic';
export type * from './types';
