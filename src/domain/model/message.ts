/**
 * The domain's words as message descriptors: an id and typed parameters, never a sentence. The
 * console renders them in the chosen language and the mock API formats its English `error_msg`
 * from the same catalog (docs/architecture.md, "Languages"). The domain knows no language.
 */
import type { Direction, TargetType } from './types';

/** A parameter: a value, a descriptor rendered first, or a list of them (joined the language's way). */
export type ResultParam = string | number | ResultMessage | readonly ResultParam[];

/** A message without parameters. */
type None = Record<never, never>;
type Yes = 'yes' | 'no';
type Suggestion = number | 'none';
/** Which end of a port range a problem is about. */
type PortEnd = 'first' | 'last';
type QuotaParams = { label: ResultMessage; value: number; used: number };

/** Every message of the domain's results with its parameters: the catalog has `results.<id>` for each. */
export interface ResultMessageParams {
  plain: { text: string };
  'kind.source.eni': None;
  'kind.target.eni': None;
  'kind.target.elb': None;
  'kind.loadBalancerNote': None;
  sentences: { first: ResultMessage; next: ResultMessage };
  'label.quoted': { name: string };
  'label.loadBalancer': { name: ResultParam };
  'label.vpc': { name: ResultParam };
  'warningTitle.W1': None;
  'warningTitle.W2': None;
  'warningTitle.W3': None;
  'warningTitle.W4': None;
  warningLabel: { code: string; title: ResultMessage };
  'w1.head': { target: string; source: ResultParam; ip: string; port: number };
  'w1.noGroup': { head: ResultMessage };
  'w1.denied': { head: ResultMessage; rule: string };
  'w1.addRule': { head: ResultMessage; ip: string; port: number };
  'w2.ruleDenies': { acl: string; source: ResultParam; ip: string; rule: string; port: number };
  'w2.noRuleAllows': { acl: string; source: ResultParam; ip: string; port: number };
  'w3.cut': {
    whole: Yes;
    kept: number;
    inner: number;
    outer: number;
    overhead: number;
    over: number;
    assumed: Yes;
    mtu: number;
    cut: number;
    copied: number;
  };
  'w3.head': { source: ResultParam; length: number; mtu: number; cut: ResultMessage };
  'w3.noLength': { head: ResultMessage };
  'w3.setLength': { head: ResultMessage; limit: number };
  'w4.disabled': None;
  'w4.noRule': { filter: string; direction: Direction };
  'fix.before': { rule: string };
  'fix.onlyRule': None;
  'fix.afterLast': None;
  'quota.sources_per_session': None;
  'quota.sessions_per_source': None;
  'quota.targets_per_session': None;
  'quota.sessions_per_eni_target': None;
  'quota.sessions_per_elb_target': None;
  'quota.filters_per_session': None;
  'quota.sessions_per_filter': None;
  'quota.ingress_rules_per_filter': None;
  'quota.egress_rules_per_filter': None;
  'quota.sessions_per_region': None;
  'quota.sourcesPerSession': QuotaParams & { count: number };
  'quota.sessionsPerSource': QuotaParams & { source: ResultParam };
  'quota.sessionsPerTarget': QuotaParams & { target: ResultParam };
  'quota.sessionsPerRegion': QuotaParams;
  'quota.sessionsPerFilter': QuotaParams;
  'quota.rulesPerFilter': QuotaParams & { direction: Direction };
  'quota.unknown': { key: string };
  'quota.fixed': { label: ResultMessage; value: number };
  'quota.enterValue': { floor: number; max: number };
  'quota.enterValueInUse': { floor: number; max: number; label: ResultMessage; used: number };
  'source.missing': { id: string };
  'source.notC7t': { source: ResultParam; server: string; flavor: string };
  'source.notOnEcs': { source: ResultParam };
  'source.isThisTarget': { source: ResultParam };
  'source.isTargetOf': { source: ResultParam; session: string };
  'source.priorityTaken': { session: string; source: ResultParam; priority: number; next: Suggestion };
  'source.unreachable': {
    source: ResultParam;
    sourceVpc: ResultMessage;
    target: ResultParam;
    targetVpc: ResultMessage;
  };
  'source.alreadyInSession': { source: ResultParam };
  'source.listedTwice': { source: ResultParam };
  'source.notInSession': { source: ResultParam };
  'target.missing': { kind: TargetType; id: string };
  'target.isThisSource': { target: ResultParam };
  'target.isSourceOf': { target: ResultParam; session: string };
  'filter.missing': { id: string };
  'filter.inUse': { count: number; names: readonly ResultParam[] };
  'label.more': { count: number };
  'rule.priorityTaken': { direction: Direction; priority: number; next: Suggestion };
  'region.unavailable': { region: string; example: string };
  'eligibility.notEligible': { reasons: readonly ResultMessage[] };
  'eligibility.source.C1': None;
  'eligibility.source.C2': None;
  'eligibility.source.C3': None;
  'eligibility.source.C4': None;
  'eligibility.source.C6': None;
  'eligibility.source.QUOTA': None;
  'eligibility.target.C2': None;
  'eligibility.target.C3': None;
  'eligibility.target.C6': None;
  'eligibility.target.QUOTA': None;
  'eligibility.otherRule': { code: string };
  'rule.sentence': { action: 'accept' | 'reject'; match: ResultMessage };
  'rule.match': { what: ResultMessage; source: ResultMessage; destination: ResultMessage };
  'rule.what': { protocol: string; ethertype: string };
  'rule.whatAll': { ethertype: string };
  'rule.end': { side: 'source' | 'destination'; cidr: string; ports: ResultParam };
  'rule.endAny': { side: 'source' | 'destination'; ports: ResultParam };
  'rule.anyPort': None;
  'rule.port': { port: number };
  'rule.portPair': { from: number; to: number };
  'rule.ports': { range: string };
  'field.nameEmpty': None;
  'field.nameChars': { chars: readonly string[] };
  'field.nameLength': { max: number; length: number };
  'field.descriptionChars': None;
  'field.descriptionLength': { max: number; length: number };
  'field.descriptionType': None;
  'session.filter': None;
  'session.sources': None;
  'session.source': None;
  'session.target': None;
  'session.targetType': None;
  'session.priority': { min: number; max: number };
  'session.vni': { max: number };
  'session.packetLength': { max: number };
  'session.enabled': None;
  'session.type': None;
  'session.sourcesByUpdate': None;
  'filter.type': None;
  'ruleField.filter': None;
  'ruleField.direction': None;
  'ruleField.protocol': None;
  'ruleField.ethertype': None;
  'ruleField.action': None;
  'ruleField.priority': { max: number };
  'ruleField.cidr': None;
  'ruleField.ports': None;
  'ruleField.moveFilter': None;
  'ruleField.moveDirection': None;
  'coherence.icmpV4': None;
  'coherence.icmpV6': None;
  'coherence.ports': { side: 'source' | 'destination' };
  'coherence.family': { side: 'source' | 'destination'; ethertype: string; cidr: string; family: number };
  'fault.latency': { max: number };
  'fault.failureRate': None;
  'fault.failurePath': None;
  'fault.failurePathLength': { max: number };
  'fault.failurePathStart': None;
  'fault.unknown': None;
  'fault.latencyOrder': { min: number };
  'net.ip.enter': None;
  'net.ip.spaces': None;
  'net.ip.zone': None;
  'net.v4.tooLarge': { number: string };
  'net.v4.leadingZeros': { fixed: string; typed: string };
  'net.v4.notFull': { full: string; typed: string };
  'net.v4.parts': None;
  'net.v4.invalid': { address: string };
  'net.v6.gapTwice': None;
  'net.v6.chars': None;
  'net.v6.groupLong': { group: string };
  'net.v6.form': None;
  'net.spaces.write': { text: string };
  'net.cidr.family': { family: number; cidr: string; actual: number };
  'net.cidr.spaces': None;
  'net.cidr.zone': None;
  'net.cidr.slash': None;
  'net.cidr.addPrefix': { cidr: string };
  'net.cidr.enter': None;
  'net.cidr.prefixZeros': { fixed: string; typed: string };
  'net.cidr.prefixRange': { max: string; family: number };
  'net.ports.spaces': None;
  'net.ports.outOfRange': { text: string };
  'net.ports.single': { range: string };
  'net.ports.form': None;
  'net.ports.endEmpty': { end: PortEnd };
  'net.ports.endNotNumber': { end: PortEnd; text: string };
  'net.ports.endZeros': { end: PortEnd; port: string };
  'net.ports.endRange': { end: PortEnd; text: string };
  'net.ports.order': { range: string };
}

/** The id of a domain message: `results.<id>` in the catalog. */
export type ResultMessageId = keyof ResultMessageParams;

/** A message of the domain: its id and its parameters, rendered in the UI's language. */
export type ResultMessage = {
  [K in ResultMessageId]: { readonly id: K; readonly params?: Readonly<ResultMessageParams[K]> };
}[ResultMessageId];

type ParamsArg<K extends ResultMessageId> = [keyof ResultMessageParams[K]] extends [never]
  ? []
  : [params: ResultMessageParams[K]];

/**
 * A descriptor, its parameters checked against the id.
 *
 * @example message('w4.noRule', { filter: 'web', direction: 'egress' })
 */
export function message<K extends ResultMessageId>(id: K, ...params: ParamsArg<K>): ResultMessage {
  return (params[0] === undefined ? { id } : { id, params: params[0] }) as ResultMessage;
}

/** Where a descriptor travels inside a string (zod issues, form errors): a marked JSON text. */
const MARK = '{"$result":';

/**
 * A descriptor as a string, for zod issue messages and form errors: {@link decodeMessage}
 * reads it back; the UI's renderer shows it in the language.
 *
 * @example encodeMessage(message('session.filter')) // '{"$result":{"id":"session.filter"}}'
 */
export function encodeMessage(descriptor: ResultMessage): string {
  return `${MARK}${JSON.stringify(descriptor)}}`;
}

/**
 * The descriptor inside a string from {@link encodeMessage}, or undefined for other text.
 *
 * @example decodeMessage(encodeMessage(message('session.filter')))?.id // 'session.filter'
 */
export function decodeMessage(text: string): ResultMessage | undefined {
  if (!text.startsWith(MARK)) return undefined;
  try {
    return (JSON.parse(text) as { $result: ResultMessage }).$result;
  } catch {
    return undefined;
  }
}

/**
 * A zod issue's message or a descriptor, as a descriptor: what the checks return.
 *
 * @example asMessage(encodeMessage(message('session.filter'))) // { id: 'session.filter' }
 */
export function asMessage(text: string | ResultMessage): ResultMessage {
  if (typeof text !== 'string') return text;
  return decodeMessage(text) ?? message('plain', { text });
}
