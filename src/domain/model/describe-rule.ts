/**
 * Sentences for mirror filter rules, in the words of the document's Table 2 "Filtering
 * Description", for the console's rule lists and review pages: descriptors the UI renders.
 */
import { formatCidr, parseCidr } from '../net/address';
import { parsePortRange } from '../net/port-range';
import { message, type ResultMessage } from './message';
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

function portPhrase(range: string): ResultMessage {
  if (range === '') return message('rule.anyPort');
  const parsed = parsePortRange(range);
  if (!parsed) return message('rule.ports', { range });
  if (parsed.from === parsed.to) return message('rule.port', { port: parsed.from });
  if (parsed.to === parsed.from + 1) return message('rule.portPair', { from: parsed.from, to: parsed.to });
  return message('rule.ports', { range: `${parsed.from}-${parsed.to}` });
}

function endPhrase(side: 'source' | 'destination', cidr: string, ports: string | null): ResultMessage {
  const portWords = ports === null ? '' : portPhrase(ports);
  if (cidr === '') return message('rule.endAny', { side, ports: portWords });
  return message('rule.end', { side, cidr: displayCidr(cidr), ports: portWords });
}

/**
 * Which packets a rule matches, without the action: "TCP (IPv4) packets from source
 * 172.16.0.0/24 over port 10000 or 10001 to destination 10.0.0.3/32 over port 80". `ALL`
 * reads "IPv4 packets ... over any port"; ICMP and ICMPV6 have no port phrase.
 *
 * @example describeRuleMatch({ protocol: 'all', ethertype: 'IPv4', source_cidr_block: '192.168.0.0/24', destination_cidr_block: '10.2.0.0/24', ... })
 * // renders 'IPv4 packets from source 192.168.0.0/24 over any port to destination 10.2.0.0/24 over any port'
 */
export function describeRuleMatch(rule: Omit<DescribedRule, 'action'>): ResultMessage {
  const protocol = normaliseProtocol(rule.protocol) ?? rule.protocol.toUpperCase();
  const what =
    protocol === 'ALL'
      ? message('rule.whatAll', { ethertype: rule.ethertype })
      : message('rule.what', { protocol, ethertype: rule.ethertype });
  const withPorts = protocol === 'ALL' || protocolTakesPorts(protocol);
  const source = endPhrase('source', rule.source_cidr_block, withPorts ? rule.source_port_range : null);
  const destination = endPhrase(
    'destination',
    rule.destination_cidr_block,
    withPorts ? rule.destination_port_range : null,
  );
  return message('rule.match', { what, source, destination });
}

/**
 * The rule as a sentence with its action: "Mirror TCP (IPv4) packets from source ... over
 * port 80." for `accept`, "Do not mirror ..." for `reject`.
 *
 * @example describeRule({ protocol: 'TCP', ethertype: 'IPv4', action: 'accept', source_cidr_block: '172.16.0.0/24', source_port_range: '10000-10001', destination_cidr_block: '10.0.0.3/32', destination_port_range: '80-80' })
 * // renders 'Mirror TCP (IPv4) packets from source 172.16.0.0/24 over port 10000 or 10001 to destination 10.0.0.3/32 over port 80.'
 */
export function describeRule(rule: DescribedRule): ResultMessage {
  return message('rule.sentence', { action: rule.action, match: describeRuleMatch(rule) });
}
