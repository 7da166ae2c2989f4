/**
 * Short phrases for analysis messages, as message descriptors: a rule as "rule 3 (accept TCP
 * from 10.0.0.0/24)", a session, an interface, a target; a packet as "TCP 10.0.0.1:40000 ->
 * 10.0.0.2:80" (the same in every language).
 */
import type { MirrorConfig, TrafficMirrorFilterRule, TrafficMirrorSession } from '../model/types';
import { findPort, targetEndpoint } from '../network/inventory-lookup';
import { displayCidr } from '../model/describe-rule';
import type { MirrorPacket } from '../matcher/types';
import { message, type AnalysisMessage, type AnalysisParam } from './messages';

function portsPhrase(range: string): AnalysisParam {
  if (range === '') return '';
  const [from, to] = range.split('-');
  return from === to ? message('summary.port', { port: from ?? range }) : message('summary.ports', { range });
}

function endPhrase(id: 'rule.from' | 'rule.to', cidr: string, ports: string): AnalysisParam {
  if (cidr === '' && ports === '') return '';
  return message(id, {
    cidr: cidr === '' ? message('rule.any') : displayCidr(cidr),
    ports: portsPhrase(ports),
  });
}

/**
 * What a rule does in a few words, without its priority.
 *
 * @example ruleSummary({ action: 'accept', protocol: 'tcp', ethertype: 'IPv4', source_cidr_block: '10.0.0.0/24', ... })
 * // a message that reads 'accept TCP from 10.0.0.0/24'
 */
export function ruleSummary(rule: TrafficMirrorFilterRule): AnalysisMessage {
  return message('rule.summary', {
    action: rule.action,
    protocol: rule.protocol.toUpperCase(),
    ipv6: rule.ethertype.toLowerCase() === 'ipv6' ? 'yes' : 'no',
    from: endPhrase('rule.from', rule.source_cidr_block, rule.source_port_range),
    to: endPhrase('rule.to', rule.destination_cidr_block, rule.destination_port_range),
  });
}

/**
 * A rule as named in messages: its priority and summary; `start` for a name that starts a
 * sentence.
 *
 * @example ruleName(rule) // a message that reads 'rule 1 (reject ALL from 10.0.0.0/16)'
 */
export function ruleName(rule: TrafficMirrorFilterRule, start = false): AnalysisMessage {
  return message(start ? 'rule.nameStart' : 'rule.name', {
    priority: rule.priority,
    summary: ruleSummary(rule),
  });
}

/**
 * A session as named in messages; `start` for a name that starts a sentence.
 *
 * @example sessionName(session) // a message that reads 'session "web" (priority 1)'
 */
export function sessionName(session: TrafficMirrorSession, start = false): AnalysisMessage {
  return message(start ? 'session.nameStart' : 'session.name', {
    name: session.name,
    priority: session.priority,
  });
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
 * A packet in one line, in the same words in every language: a protocol without a name is
 * written as tcpdump writes it (`ip-proto-47`).
 *
 * @example packetText({ protocol: 'TCP', ethertype: 'IPv4', source_ip: '10.0.0.1', source_port: 40000, destination_ip: '10.0.0.2', destination_port: 80, ... })
 * // 'TCP 10.0.0.1:40000 -> 10.0.0.2:80'
 */
export function packetText(packet: MirrorPacket): string {
  const protocol = typeof packet.protocol === 'number' ? `ip-proto-${packet.protocol}` : packet.protocol;
  const from = endpoint(packet.source_ip, packet.source_port, packet.ethertype);
  const to = endpoint(packet.destination_ip, packet.destination_port, packet.ethertype);
  return `${protocol} ${from} -> ${to}`;
}

/**
 * A network interface as named in messages: its name when the configuration's inventory
 * knows it, else its id (configurations without inventory, as in tests of rules alone);
 * `start` for a name that starts a sentence.
 *
 * @example interfaceName(config, 'port-1') // a message that reads 'interface "web-prod-01-eth0"'
 */
export function interfaceName(config: MirrorConfig, portId: string, start = false): AnalysisParam {
  const port = config.inventory && findPort(config.inventory, portId);
  return port ? message(start ? 'interface.namedStart' : 'interface.named', { name: port.name }) : portId;
}

/**
 * A session's target as named in messages, such as `load balancer "elb-collector"`; its id
 * when the inventory does not know it.
 *
 * @example targetName(config, session) // a message that reads 'interface "ids-eth0"'
 */
export function targetName(config: MirrorConfig, session: TrafficMirrorSession): AnalysisMessage {
  const kind = session.traffic_mirror_target_type;
  const id = session.traffic_mirror_target_id;
  const target = config.inventory && targetEndpoint(config.inventory, kind, id);
  return target
    ? message('target.named', { kind, name: target.name })
    : message('target.unnamed', { kind, id });
}
