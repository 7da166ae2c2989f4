/**
 * The conditions of a mirror filter rule (docs/behaviour.md, "Which packets are copied" step 4), checked one by one so the
 * trace can name the first that fails. Shared by `evaluatePacket` and the compiler, which
 * reads rules through `ruleProtocolNumber` and the parsers of `net/`.
 */
import type { TrafficMirrorFilterRule } from '../model/types';
import { cidrContains, parseCidr, parseIp, type ParsedIp } from '../net/address';
import { parsePortRange, portInRange } from '../net/port-range';
import { hasPorts, protocolNumberOf } from '../net/protocols';
import type { ConditionFailure, MirrorPacket, PacketProtocol } from './types';
import { message, type AnalysisMessage } from '../analysis/messages';

/** A rule's protocol `ALL`: matches every packet. */
export const ANY_PROTOCOL = -1;
/** A rule's protocol the API does not know (imported data): matches no packet. */
export const UNKNOWN_PROTOCOL = -2;

/**
 * The IP protocol number of a packet's protocol (names case-blind; numbers kept as given).
 * An unknown name gives -2, which no rule but `ALL` matches.
 *
 * @example packetProtocolNumber('udp') // 17
 */
export function packetProtocolNumber(protocol: PacketProtocol | string): number {
  if (typeof protocol === 'number') return protocol;
  return protocolNumberOf(protocol) ?? UNKNOWN_PROTOCOL;
}

/**
 * The protocol number a rule asks for, compared case-blind: `ANY_PROTOCOL` for `ALL`,
 * `UNKNOWN_PROTOCOL` for text the API would refuse (so the rule never holds).
 *
 * @example ruleProtocolNumber('Tcp') // 6
 */
export function ruleProtocolNumber(protocol: string): number {
  if (protocol.toUpperCase() === 'ALL') return ANY_PROTOCOL;
  const number = packetProtocolNumber(protocol);
  return number < 0 ? UNKNOWN_PROTOCOL : number;
}

/** A packet read once, for checking against many rules. */
export interface PacketView {
  ethertype: string;
  protocol: number;
  source: ParsedIp | null;
  destination: ParsedIp | null;
  /** -1 when the packet has no such port. */
  sourcePort: number;
  destinationPort: number;
  raw: MirrorPacket;
}

function portOf(protocol: number, port: number | undefined): number {
  return hasPorts(protocol) && port !== undefined && Number.isInteger(port) && port >= 0 && port <= 65535
    ? port
    : -1;
}

/**
 * Reads a packet's text fields once. An address that does not parse is kept as null and lies
 * in no CIDR block; a port is kept only for TCP and UDP.
 *
 * @example viewPacket(p).sourcePort // -1 for an ICMP packet, whatever p.source_port says
 */
export function viewPacket(packet: MirrorPacket): PacketView {
  const protocol = packetProtocolNumber(packet.protocol);
  return {
    ethertype: packet.ethertype.toLowerCase(),
    protocol,
    source: parseIp(packet.source_ip),
    destination: parseIp(packet.destination_ip),
    sourcePort: portOf(protocol, packet.source_port),
    destinationPort: portOf(protocol, packet.destination_port),
    raw: packet,
  };
}

/** A block of the other family than the rule's ethertype never holds (docs/behaviour.md, "Resources and their fields"). */
function cidrHolds(text: string, ip: ParsedIp | null, ethertype: string): boolean {
  if (text === '') return true;
  const cidr = parseCidr(text);
  const family = ethertype === 'ipv4' ? 4 : 6;
  return cidr !== null && ip !== null && cidr.family === family && cidrContains(cidr, ip);
}

function portHolds(text: string, port: number): boolean {
  if (text === '') return true;
  const range = parsePortRange(text);
  return range !== null && port >= 0 && portInRange(range, port);
}

/**
 * The first condition of `rule` that the packet fails, or null when the rule holds. Checked
 * in this order: ethertype, protocol (`ALL` matches anything), source CIDR, destination CIDR,
 * source ports, destination ports. Empty CIDR or range means any; ranges include their ends;
 * a range never holds for a packet without ports; text the API would refuse never holds.
 *
 * @example firstFailedCondition(tcpTo80Rule, view) // { field: 'destination_port_range', rule_value: '80-80', packet_value: '443' }
 */
export function firstFailedCondition(
  rule: TrafficMirrorFilterRule,
  packet: PacketView,
): ConditionFailure | null {
  const raw = packet.raw;
  if (rule.ethertype.toLowerCase() !== packet.ethertype) {
    return { field: 'ethertype', rule_value: rule.ethertype, packet_value: raw.ethertype };
  }
  const protocol = ruleProtocolNumber(rule.protocol);
  if (protocol !== ANY_PROTOCOL && protocol !== packet.protocol) {
    return { field: 'protocol', rule_value: rule.protocol, packet_value: String(raw.protocol) };
  }
  if (!cidrHolds(rule.source_cidr_block, packet.source, packet.ethertype)) {
    return { field: 'source_cidr_block', rule_value: rule.source_cidr_block, packet_value: raw.source_ip };
  }
  if (!cidrHolds(rule.destination_cidr_block, packet.destination, packet.ethertype)) {
    return {
      field: 'destination_cidr_block',
      rule_value: rule.destination_cidr_block,
      packet_value: raw.destination_ip,
    };
  }
  const portText = (port: number) => (port < 0 ? null : String(port));
  if (!portHolds(rule.source_port_range, packet.sourcePort)) {
    return {
      field: 'source_port_range',
      rule_value: rule.source_port_range,
      packet_value: portText(packet.sourcePort),
    };
  }
  if (!portHolds(rule.destination_port_range, packet.destinationPort)) {
    const value = portText(packet.destinationPort);
    return { field: 'destination_port_range', rule_value: rule.destination_port_range, packet_value: value };
  }
  return null;
}

/**
 * One sentence explaining a failed condition, for the packet tester's step-by-step view.
 *
 * @example describeConditionFailure({ field: 'source_port_range', rule_value: '10000-10001', packet_value: '9999' })
 * // a message that reads 'Source port range: the packet's 9999 is not in 10000-10001.'
 */
export function describeConditionFailure(failure: ConditionFailure): AnalysisMessage {
  const field = message('condition.field', { field: failure.field });
  const { rule_value: rule, packet_value: packet } = failure;
  switch (failure.field) {
    case 'ethertype':
    case 'protocol':
      return message('condition.wants', { field, rule, packet: packet ?? message('condition.unknown') });
    case 'source_cidr_block':
    case 'destination_cidr_block': {
      const block = parseCidr(rule);
      const address = packet === null ? null : parseIp(packet);
      if (!block) return message('condition.invalidCidr', { field, rule });
      if (packet !== null && address && address.family !== block.family) {
        const families = { packetFamily: address.family, ruleFamily: block.family };
        return message('condition.family', { field, packet, rule, ...families });
      }
      return message('condition.notIn', { field, packet: packet ?? '', rule });
    }
    default:
      if (!parsePortRange(rule)) return message('condition.invalidRange', { field, rule });
      return packet === null
        ? message('condition.noPorts', { field, rule })
        : message('condition.notIn', { field, packet, rule });
  }
}
