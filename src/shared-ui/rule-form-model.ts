/**
 * The one filter-rule form's model: its fields in order, their choices, what a new rule
 * starts with, and the hints and sentence shown while it is typed. The wizard's in-place
 * filter, the filter page and the packet tester's what-if copy all use it.
 */
import { describeRule, displayCidr } from '@/domain/model/describe-rule';
import type { Translator } from '@/i18n';
import type { ResultMessage } from '@/domain/model/message';
import { nextFreeRulePriority } from '@/domain/model/filter-constraints';
import { RULE_PROTOCOLS } from '@/domain/model/rule-coherence';
import type { RuleCreateInput } from '@/domain/model/rule-schema';
import type {
  Direction,
  Ethertype,
  RuleAction,
  TrafficMirrorFilter,
  TrafficMirrorFilterRule,
} from '@/domain/model/types';

/** A rule's editable fields as the form holds them (filter id and direction are implied). */
export interface RuleFieldValues {
  priority: number;
  action: RuleAction;
  protocol: string;
  ethertype: Ethertype;
  source_cidr_block: string;
  source_port_range: string;
  destination_cidr_block: string;
  destination_port_range: string;
  description: string;
}

/** The fields in the order the form shows them, and server messages are matched to them. */
export const RULE_FIELDS = [
  'priority',
  'action',
  'protocol',
  'ethertype',
  'source_cidr_block',
  'source_port_range',
  'destination_cidr_block',
  'destination_port_range',
  'description',
] as const satisfies readonly (keyof RuleFieldValues)[];

/** The Action choices, saying what each does. */
export function actionOptions(t: Translator['t']) {
  return [
    { value: 'accept', label: t('ruleFields.actionAccept') },
    { value: 'reject', label: t('ruleFields.actionReject') },
  ];
}
/** The Protocol choices, as the API names them ("ALL" in the console's words). */
export function protocolOptions(t: Translator['t']) {
  return RULE_PROTOCOLS.map((p) => ({ value: p, label: p === 'ALL' ? t('ruleFields.protocolAll') : p }));
}
/** The Type (ethertype) choices. */
export const ETHERTYPE_OPTIONS = [
  { value: 'IPv4', label: 'IPv4' },
  { value: 'IPv6', label: 'IPv6' },
];

/**
 * What a new rule starts with: accept every IPv4 packet, at the given priority (the next
 * free one), so that the sentence under the form reads as the rule before anything is typed.
 *
 * @example newRuleValues(3).protocol // 'ALL'
 */
export function newRuleValues(priority: number): RuleFieldValues {
  return {
    priority,
    action: 'accept',
    protocol: 'ALL',
    ethertype: 'IPv4',
    source_cidr_block: '',
    source_port_range: '',
    destination_cidr_block: '',
    destination_port_range: '',
    description: '',
  };
}

/**
 * A saved rule's values for editing (the protocol in upper case, as the choices name it).
 *
 * @example ruleValuesOf({ ...rule, protocol: 'tcp' }).protocol // 'TCP'
 */
export function ruleValuesOf(rule: TrafficMirrorFilterRule): RuleFieldValues {
  const values = newRuleValues(rule.priority);
  for (const field of RULE_FIELDS) Object.assign(values, { [field]: rule[field] });
  return { ...values, protocol: rule.protocol.toUpperCase() };
}

/**
 * What a form for one rule of a filter starts with: the rule's values when it is edited, else
 * a new rule at the smallest priority the filter's direction leaves free (1 when the filter is
 * unknown or full, so that the priority check explains the problem). The filter page edits the
 * saved filter with it, the packet tester its what-if copy.
 *
 * @example ruleFormStart('f-1', filter, 'ingress').priority // 2 when the only inbound rule has priority 1
 */
export function ruleFormStart(
  filterId: string,
  filter: TrafficMirrorFilter | undefined,
  direction: Direction,
  rule?: TrafficMirrorFilterRule,
): RuleCreateInput {
  const values = rule
    ? ruleValuesOf(rule)
    : newRuleValues((filter ? nextFreeRulePriority(filter, direction) : undefined) ?? 1);
  return { traffic_mirror_filter_id: filterId, direction, ...values };
}

/**
 * The hint under a CIDR field: how a block with host bits set is read, or an example.
 *
 * @example cidrHint(t, '10.0.0.1/8') // 'Means 10.0.0.0/8.'
 */
export function cidrHint(t: Translator['t'], value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  const shown = text === '' ? text : displayCidr(text);
  return shown !== text ? t('ruleFields.cidrMeans', { cidr: shown }) : t('ruleFields.cidrHint');
}

/**
 * The rule being typed, read as a sentence (whatever the form holds so far).
 *
 * @example previewSentence(newRuleValues(1)) // renders 'Mirror IPv4 packets from any source ...'
 */
export function previewSentence(values: Partial<RuleFieldValues> | undefined): ResultMessage {
  return describeRule({
    protocol: String(values?.protocol ?? ''),
    ethertype: values?.ethertype === 'IPv6' ? 'IPv6' : 'IPv4',
    action: values?.action === 'reject' ? 'reject' : 'accept',
    source_cidr_block: values?.source_cidr_block ?? '',
    destination_cidr_block: values?.destination_cidr_block ?? '',
    source_port_range: values?.source_port_range ?? '',
    destination_port_range: values?.destination_port_range ?? '',
  });
}
