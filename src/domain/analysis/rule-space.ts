/**
 * Which packets a mirror filter rule matches, as a box set (docs/behaviour.md, "Which packets are copied" step 4). The
 * packet space is well-formed packets: ethertype IPv4 or IPv6, both addresses of that
 * family, IP protocol 0-255, and ports only on TCP (6) and UDP (17), each port 0-65535 or
 * absent (-1). A rule's empty port range covers -1 too; `80-80` covers only 80, so it never
 * matches a packet without ports. Rule text the API would refuse matches nothing, as in the
 * matcher.
 */
import type { TrafficMirrorFilterRule } from '../model/types';
import { parseCidr } from '../net/address';
import { parsePortRange } from '../net/port-range';
import { ANY_PROTOCOL, ruleProtocolNumber, UNKNOWN_PROTOCOL } from '../matcher/conditions';
import { PROTOCOL_NUMBERS } from '../net/protocols';
import { intersect, type BoxSet, type Dims, type Family, type Interval } from './box-set';

const NO_PORT = -1n;
const ANY_PORT: Interval = [NO_PORT, 65535n];
const PORTLESS: Interval = [NO_PORT, NO_PORT];
const ALL_PROTOCOLS: Interval = [0n, 255n];
/** TCP and UDP, the protocols with ports, side by side at the start of the protocol axis. */
const PORTED_PROTOCOLS: Interval = [0n, 1n];
const OTHER_PROTOCOLS: Interval = [2n, 255n];

/**
 * Where an IP protocol number sits on the protocol axis of the boxes: TCP at 0, UDP at 1,
 * then every other number in order (0-5 at 2-7, 7-16 at 8-17, 18-255 in place), so that
 * "the protocols with ports" and "the others" are one interval each.
 *
 * @example protocolAxis(17) // 1n
 */
export function protocolAxis(protocol: number): bigint {
  if (protocol === PROTOCOL_NUMBERS.TCP) return 0n;
  if (protocol === PROTOCOL_NUMBERS.UDP) return 1n;
  if (protocol < PROTOCOL_NUMBERS.TCP) return BigInt(protocol + 2);
  return BigInt(protocol < PROTOCOL_NUMBERS.UDP ? protocol + 1 : protocol);
}

/**
 * The IP protocol number at a place of the protocol axis (inverse of `protocolAxis`).
 *
 * @example protocolOfAxis(0n) // 6
 */
export function protocolOfAxis(value: bigint): number {
  const n = Number(value);
  if (n === 0) return PROTOCOL_NUMBERS.TCP;
  if (n === 1) return PROTOCOL_NUMBERS.UDP;
  if (n < 8) return n - 2;
  return n < 18 ? n - 1 : n;
}

/**
 * The largest address of a family as a number: 2^32 - 1 or 2^128 - 1.
 *
 * @example maxAddress(4) // 4294967295n
 */
export function maxAddress(family: Family): bigint {
  return (1n << (family === 4 ? 32n : 128n)) - 1n;
}

/**
 * An address given as 32-bit words (most significant first) as one number.
 *
 * @example wordsToBigint([0x0a000001]) // 167772161n (10.0.0.1)
 */
export function wordsToBigint(words: readonly number[]): bigint {
  return words.reduce((sum, word) => (sum << 32n) + BigInt(word >>> 0), 0n);
}

/**
 * A number as the 32-bit words of an address of the family, most significant first.
 *
 * @example bigintToWords(167772161n, 4) // [0x0a000001]
 */
export function bigintToWords(value: bigint, family: Family): number[] {
  const count = family === 4 ? 1 : 4;
  const words: number[] = [];
  for (let i = count - 1; i >= 0; i--) words.push(Number((value >> BigInt(32 * i)) & 0xffffffffn));
  return words;
}

/**
 * Every well-formed packet of a family, as disjoint boxes: TCP and UDP with or without
 * each port, and every other protocol without ports.
 *
 * @example packetSpace(4).length // 2
 */
export function packetSpace(family: Family): BoxSet {
  const all: Interval = [0n, maxAddress(family)];
  return [
    { family, dims: [PORTED_PROTOCOLS, all, all, ANY_PORT, ANY_PORT] },
    { family, dims: [OTHER_PROTOCOLS, all, all, PORTLESS, PORTLESS] },
  ];
}

function familyOf(ethertype: string): Family | null {
  const lower = ethertype.toLowerCase();
  return lower === 'ipv4' ? 4 : lower === 'ipv6' ? 6 : null;
}

function addressInterval(text: string, family: Family): Interval | null {
  if (text === '') return [0n, maxAddress(family)];
  const cidr = parseCidr(text);
  if (!cidr || cidr.family !== family) return null;
  const low = wordsToBigint(cidr.words);
  const size = 1n << BigInt((family === 4 ? 32 : 128) - cidr.prefix);
  return [low, low + size - 1n];
}

function portInterval(text: string): Interval | null {
  if (text === '') return ANY_PORT;
  const range = parsePortRange(text);
  return range ? [BigInt(range.from), BigInt(range.to)] : null;
}

function protocolInterval(text: string): Interval | null {
  const number = ruleProtocolNumber(text);
  if (number === ANY_PROTOCOL) return ALL_PROTOCOLS;
  if (number === UNKNOWN_PROTOCOL) return null;
  const place = protocolAxis(number);
  return [place, place];
}

/** The fields of a rule that decide which packets it matches. */
export type RuleConditions = Pick<
  TrafficMirrorFilterRule,
  | 'ethertype'
  | 'protocol'
  | 'source_cidr_block'
  | 'destination_cidr_block'
  | 'source_port_range'
  | 'destination_port_range'
>;

/**
 * The well-formed packets a rule matches: its box cut to the packet space. Empty when the
 * rule can match nothing (text the API refuses, a CIDR of the other family, ports on ICMP).
 *
 * @example ruleSpace({ ethertype: 'IPv4', protocol: 'TCP', destination_port_range: '80-80', ... })
 * // [{ family: 4, dims: [[0n, 0n], [0n, 2n ** 32n - 1n], [0n, 2n ** 32n - 1n], [-1n, 65535n], [80n, 80n]] }]
 */
export function ruleSpace(rule: RuleConditions): BoxSet {
  const family = familyOf(rule.ethertype);
  if (family === null) return [];
  const parts = [
    protocolInterval(rule.protocol),
    addressInterval(rule.source_cidr_block, family),
    addressInterval(rule.destination_cidr_block, family),
    portInterval(rule.source_port_range),
    portInterval(rule.destination_port_range),
  ];
  if (parts.some((part) => part === null)) return [];
  return intersect(packetSpace(family), [{ family, dims: parts as unknown as Dims }]);
}
