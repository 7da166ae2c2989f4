/**
 * The packet form's values and their checks: what an operator types (or a link gives) turned
 * into the matcher's packet, with a message next to each field that is wrong. The same
 * checks serve the form and the address, so a shared link shows the same messages.
 */
import type { MirrorPacket } from '@/domain/matcher/types';
import type { Direction, Ethertype, Inventory, Port } from '@/domain/model/types';
import { describeIpProblem, parseIp } from '@/domain/net/address';
import { PROTOCOL_NUMBERS, transportHeaderLength } from '@/domain/net/protocols';
import { findInterface, inferDirection, interfaceAddresses } from './interface-lookup';
import { netMessage, type TesterMessage } from './tester-message';

/** The protocols the form offers; OTHER takes an IP protocol number. */
export const PACKET_PROTOCOLS = ['TCP', 'UDP', 'ICMP', 'ICMPV6', 'OTHER'] as const;
/** A protocol choice of the form. */
export type FormProtocol = (typeof PACKET_PROTOCOLS)[number];

/** What the form holds: text as typed. */
export interface PacketFormValues {
  source: string;
  direction: 'auto' | Direction;
  ethertype: Ethertype;
  protocol: FormProtocol;
  protocol_number: string;
  source_ip: string;
  destination_ip: string;
  source_port: string;
  destination_port: string;
  length: string;
  reply: boolean;
}

/** A field of the packet form, for its messages. */
export type PacketField = keyof PacketFormValues;

/** A checked packet: the matcher's input, the interface, and whether the direction was inferred. */
export interface TestPacket {
  packet: MirrorPacket;
  port: Port;
  inferred: boolean;
}

/** The packet to test, or a message per field that is wrong. */
export type PacketCheck =
  { ok: true; value: TestPacket } | { ok: false; problems: Partial<Record<PacketField, TesterMessage>> };

/** The form of a new test: an inbound TCP packet, 64 bytes, direction from the addresses. */
export const EMPTY_PACKET: PacketFormValues = {
  source: '',
  direction: 'auto',
  ethertype: 'IPv4',
  protocol: 'TCP',
  protocol_number: '',
  source_ip: '',
  destination_ip: '',
  source_port: '',
  destination_port: '',
  length: '64',
  reply: false,
};

/** Only TCP and UDP packets carry ports. */
export function protocolHasPorts(protocol: FormProtocol): boolean {
  return protocol === 'TCP' || protocol === 'UDP';
}

function wholeNumber(text: string): number | null {
  return /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : null;
}

function addressProblem(
  text: string,
  ethertype: Ethertype,
  which: 'source' | 'destination',
): TesterMessage | null {
  const problem = describeIpProblem(text.trim());
  if (problem) return netMessage(problem);
  const family = parseIp(text.trim())!.family;
  const wanted = ethertype === 'IPv6' ? 6 : 4;
  if (family === wanted) return null;
  return { id: 'tester.check.addressFamily', params: { which, family, ethertype } };
}

function minimumLength(ethertype: Ethertype, protocol: number): number {
  const ip = ethertype === 'IPv6' ? 40 : 20;
  return ip + transportHeaderLength(protocol);
}

/**
 * Checks the form's values against the inventory and builds the packet to test, or says
 * what is wrong with each field.
 *
 * @example checkPacket({ ...EMPTY_PACKET, source: '10.0.0.3', source_ip: '172.16.0.5', ... }, inventory)
 * // { ok: true, value: { packet: { source: 'port-1', direction: 'ingress', ... }, inferred: true } }
 */
export function checkPacket(values: PacketFormValues, inventory: Inventory): PacketCheck {
  const problems: Partial<Record<PacketField, TesterMessage>> = {};
  const found = findInterface(inventory, values.source);
  if ('problem' in found) problems.source = found.problem;
  const { ethertype } = values;
  let protocol: number = values.protocol === 'OTHER' ? -1 : PROTOCOL_NUMBERS[values.protocol];
  if (values.protocol === 'OTHER') {
    const number = wholeNumber(values.protocol_number);
    if (number === null || number > 255) problems.protocol_number = { id: 'tester.check.protocolNumber' };
    else protocol = number;
  }
  const sourceProblem = addressProblem(values.source_ip, ethertype, 'source');
  if (sourceProblem) problems.source_ip = sourceProblem;
  const destinationProblem = addressProblem(values.destination_ip, ethertype, 'destination');
  if (destinationProblem) problems.destination_ip = destinationProblem;
  const ports = protocolHasPorts(values.protocol);
  for (const [field, which] of [
    ['source_port', 'source'],
    ['destination_port', 'destination'],
  ] as const) {
    const port = wholeNumber(values[field]);
    if (ports && (port === null || port > 65535))
      problems[field] = { id: 'tester.check.port', params: { which } };
  }
  const length = wholeNumber(values.length);
  const minimum = minimumLength(ethertype, protocol);
  if (length === null || length < minimum || length > 65535) {
    problems.length = { id: 'tester.check.length', params: { minimum } };
  }
  let direction: Direction | null = values.direction === 'auto' ? null : values.direction;
  if (!direction && 'port' in found && !sourceProblem && !destinationProblem) {
    direction = inferDirection(found.port, values.source_ip, values.destination_ip);
    if (!direction) {
      const addresses = interfaceAddresses(found.port).join(', ');
      const name = found.port.name;
      problems.direction = addresses
        ? { id: 'tester.check.direction', params: { name, addresses } }
        : { id: 'tester.check.directionNoAddresses', params: { name } };
    }
  }
  if (Object.keys(problems).length > 0 || !('port' in found) || !direction) return { ok: false, problems };
  const packet: MirrorPacket = {
    source: found.port.id,
    direction,
    ethertype,
    protocol: values.protocol === 'OTHER' ? protocol : values.protocol,
    source_ip: values.source_ip.trim(),
    destination_ip: values.destination_ip.trim(),
    length: length!,
  };
  if (ports) {
    packet.source_port = wholeNumber(values.source_port)!;
    packet.destination_port = wholeNumber(values.destination_port)!;
  }
  if (values.reply) packet.is_reply = true;
  return { ok: true, value: { packet, port: found.port, inferred: values.direction === 'auto' } };
}
