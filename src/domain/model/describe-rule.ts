/**
 * Plain-English sentences for mirror filter rules, in the words of the document's Table 2
 * "Filtering Description", for the console's rule lists and review pages.
 */
import { formatCidr, parseCidr } from '../net/address';
import { parsePortRange } from '../net/port-range';
import { normaliseProtocol, protocolTakesPorts } from './rule-coherence';
import type { TrafficMirrorFilterRule } from './types';

type DescribedRule = Pick<
  TrafficMirrorFilterRule,
  | 'protocol'
  | 'ethertype'
  | 'action'
  | 'source_cidr_block'
  | 'destination_cidr_block'
  | 'source_port_range'
  | 'destination_port_range'
>;

/**
 * A CIDR block as the console shows it: normalised (host bits cleared, canonical IPv6), or
 * the text unchanged when it does not parse.
 *
 * @example displayCidr('10.0.0.1/8') // '10.0.0.0/8'
 */
export function displayCidr(text: string): string {
  const cidr = parseCidr(text);
  return cidr ? formatCidr(cidr) : text;
}

function portPhrase(range: string): string {
  if (range === '') return 'over any port';
  const parsed = parsePortRange(range);
  if (!parsed) return `over ports ${range}`;
  if (parsed.from === parsed.to) return `over port ${parsed.from}`;
  if (parsed.to === parsed.from + 1) return `over port ${parsed.from} or ${parsed.to}`;
  return `over ports ${parsed.from}-${parsed.to}`;
}

function endPhrase(side: 'source' | 'destination', cidr: string, ports: string | null): string {
  const where =
    cidr === ''
      ? `${side === 'source' ? 'from' : 'to'} any ${side}`
      : `${side === 'source' ? 'from' : 'to'} ${side} ${displayCidr(cidr)}`;
  return ports === null ? where : `${where} ${portPhrase(ports)}`;
}

/**
 * Which packets a rule matches, without the action: "TCP (IPv4) packets from source
 * 172.16.0.0/24 over port 10000 or 10001 to destination 10.0.0.3/32 over port 80". `ALL`
 * reads "IPv4 packets ... over any port"; ICMP and ICMPV6 have no port phrase.
 *
 * @example describeRuleMatch({ protocol: 'all', ethertype: 'IPv4', source_cidr_block: '192.168.0.0/24', destination_cidr_block: '10.2.0.0/24', ... })
 * // 'IPv4 packets from source 192.168.0.0/24 over any port to destination 10.2.0.0/24 over any port'
 */
export function describeRuleMatch(rule: Omit<DescribedRule, 'action'>): string {
  const protocol = normaliseProtocol(rule.protocol) ?? rule.protocol.toUpperCase();
  const what = protocol === 'ALL' ? `${rule.ethertype} packets` : `${protocol} (${rule.ethertype}) packets`;
  const withPorts = protocol === 'ALL' || protocolTakesPorts(protocol);
  const source = endPhrase('source', rule.source_cidr_block, withPorts ? rule.source_port_range : null);
  const destination = endPhrase(
    'destination',
    rule.destination_cidr_block,
    withPorts ? rule.destination_port_range : null,
  );
  return `${what} ${source} ${destination}`;
}

/**
 * The rule as a sentence with its action: "Mirror TCP (IPv4) packets from source ... over
 * port 80." for `accept`, "Do not mirror ..." for `reject`.
 *
 * @example describeRule({ protocol: 'TCP', ethertype: 'IPv4', action: 'accept', source_cidr_block: '172.16.0.0/24', source_port_range: '10000-10001', destination_cidr_block: '10.0.0.3/32', destination_port_range: '80-80' })
 * // 'Mirror TCP (IPv4) packets from source 172.16.0.0/24 over port 10000 or 10001 to destination 10.0.0.3/32 over port 80.'
 */
export function describeRule(rule: DescribedRule): string {
  const verb = rule.action === 'accept' ? 'Mirror' : 'Do not mirror';
  return `${verb} ${describeRuleMatch(rule)}.`;
}
