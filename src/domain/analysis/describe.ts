/**
 * Short phrases for analysis messages: a rule as "rule 3 (accept TCP from 10.0.0.0/24)",
 * a packet as "TCP 10.0.0.1:40000 -> 10.0.0.2:80", lists as "rules 1 and 2".
 */
import type { MirrorConfig, TrafficMirrorFilterRule, TrafficMirrorSession } from '../model/types';
import { findPort, targetEndpoint } from '../network/inventory-lookup';
import { displayCidr } from '../model/describe-rule';
import type { MirrorPacket } from '../matcher/types';

function portsPhrase(range: string): string {
  if (range === '') return '';
  const [from, to] = range.split('-');
  return from === to ? ` port ${from}` : ` ports ${range}`;
}

function endPhrase(word: 'from' | 'to', cidr: string, ports: string): string {
  if (cidr === '' && ports === '') return '';
  return ` ${word} ${cidr === '' ? 'any' : displayCidr(cidr)}${portsPhrase(ports)}`;
}

/**
 * What a rule does in a few words, without its priority.
 *
 * @example ruleSummary({ action: 'accept', protocol: 'tcp', ethertype: 'IPv4', source_cidr_block: '10.0.0.0/24', ... })
 * // 'accept TCP from 10.0.0.0/24'
 */
export function ruleSummary(rule: TrafficMirrorFilterRule): string {
  const protocol = rule.protocol.toUpperCase();
  const family = rule.ethertype.toLowerCase() === 'ipv6' ? ' IPv6' : '';
  const from = endPhrase('from', rule.source_cidr_block, rule.source_port_range);
  const to = endPhrase('to', rule.destination_cidr_block, rule.destination_port_range);
  return `${rule.action} ${protocol}${family}${from}${to}`;
}

/**
 * A rule as named in messages: its priority and summary.
 *
 * @example ruleName(rule) // 'rule 1 (reject ALL from 10.0.0.0/16)'
 */
export function ruleName(rule: TrafficMirrorFilterRule): string {
  return `rule ${rule.priority} (${ruleSummary(rule)})`;
}

/**
 * A session as named in messages.
 *
 * @example sessionName(session) // 'session "web" (priority 1)'
 */
export function sessionName(session: TrafficMirrorSession): string {
  return `session "${session.name}" (priority ${session.priority})`;
}

/**
 * The text with its first letter in upper case, for names that start a sentence.
 *
 * @example capitalize('rule 3') // 'Rule 3'
 */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Items joined for a sentence, so that messages read naturally with one, two or more names.
 *
 * @example joinAnd(['a', 'b', 'c']) // 'a, b and c'
 */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function endpoint(ip: string, port: number | undefined, family: string): string {
  if (port === undefined) return ip;
  return family === 'IPv6' ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/**
 * A packet in one line.
 *
 * @example packetText({ protocol: 'TCP', ethertype: 'IPv4', source_ip: '10.0.0.1', source_port: 40000, destination_ip: '10.0.0.2', destination_port: 80, ... })
 * // 'TCP 10.0.0.1:40000 -> 10.0.0.2:80'
 */
export function packetText(packet: MirrorPacket): string {
  const protocol = typeof packet.protocol === 'number' ? `protocol ${packet.protocol}` : packet.protocol;
  const from = endpoint(packet.source_ip, packet.source_port, packet.ethertype);
  const to = endpoint(packet.destination_ip, packet.destination_port, packet.ethertype);
  return `${protocol} ${from} -> ${to}`;
}

/**
 * A network interface as named in messages: its name when the configuration's inventory
 * knows it, else its id (configurations without inventory, as in tests of rules alone).
 *
 * @example interfaceName(config, 'port-1') // 'interface "web-prod-01-eth0"'
 */
export function interfaceName(config: MirrorConfig, portId: string): string {
  const port = config.inventory && findPort(config.inventory, portId);
  return port ? `interface "${port.name}"` : portId;
}

/**
 * A session's target as named in messages, such as `load balancer "elb-collector"`; its id
 * when the inventory does not know it.
 *
 * @example targetName(config, session) // 'interface "ids-eth0"'
 */
export function targetName(config: MirrorConfig, session: TrafficMirrorSession): string {
  const type = session.traffic_mirror_target_type;
  const kind = type === 'elb' ? 'load balancer' : 'interface';
  const target = config.inventory && targetEndpoint(config.inventory, type, session.traffic_mirror_target_id);
  return target ? `${kind} "${target.name}"` : `${kind} ${session.traffic_mirror_target_id}`;
}
