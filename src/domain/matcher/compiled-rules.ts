/**
 * The numeric form of filter rules used by `compileConfig`. Each rule becomes one row of an
 * Int32Array: port bounds, then mask and network words of both CIDR blocks, then the index
 * of the outcome it decides. Rows are grouped in lists per (session sequence, ethertype,
 * protocol class) so that `decide` checks only ports and addresses, in one tight loop.
 */
import type { TrafficMirrorFilterRule } from '../model/types';
import { maskWord, parseCidr } from '../net/address';
import { parsePortRange } from '../net/port-range';
import { PROTOCOL_NUMBERS } from '../net/protocols';
import { ANY_PROTOCOL, ruleProtocolNumber } from './conditions';

/** Protocol classes: a list per class holds only the rules that can match that protocol. */
export const PROTOCOL_CLASSES = 5;
const OTHER_CLASS = 4;
const { TCP, UDP, ICMP, ICMPV6 } = PROTOCOL_NUMBERS;

/**
 * The class of an IP protocol number: 0 TCP, 1 UDP, 2 ICMP, 3 ICMPv6, 4 anything else
 * (only `ALL` rules without ports can match those).
 *
 * @example protocolClass(17) // 1
 */
export function protocolClass(protocol: number): number {
  return protocol === TCP
    ? 0
    : protocol === UDP
      ? 1
      : protocol === ICMP
        ? 2
        : protocol === ICMPV6
          ? 3
          : OTHER_CLASS;
}

/** Row width: 4 port bounds + 2 x (mask, network) words + outcome. */
export const ROW_V4 = 9;
export const ROW_V6 = 21;

/** A rule read into numbers; null when it can never hold (text the API would refuse). */
export interface NumericRule {
  family: 4 | 6;
  /** The protocol classes whose packets the rule can match. */
  classes: number[];
  /** sLo, sHi, dLo, dHi, then masks and networks (1 word each for IPv4, 4 for IPv6). */
  cells: number[];
}

/** Any port: -1 (no port) up to 65535, so a packet without ports passes too. */
function portCells(text: string): [number, number] | null {
  if (text === '') return [-1, 65535];
  const range = parsePortRange(text);
  return range && [range.from, range.to];
}

/** Mask then network words of a block; `""` gives mask 0, network 0 (every address). */
function cidrCells(text: string, family: 4 | 6): number[] | null {
  const words = family === 4 ? 1 : 4;
  if (text === '') return new Array<number>(words * 2).fill(0);
  const cidr = parseCidr(text);
  if (!cidr || cidr.family !== family) return null;
  const masks = Array.from({ length: words }, (_, i) => maskWord(cidr.prefix, i) | 0);
  return [...masks, ...cidr.words.map((w) => w | 0)];
}

/**
 * Compiles one rule, or null when no packet can ever satisfy it: unknown ethertype or
 * protocol, malformed CIDR or range, CIDR of the other family. A rule with a port range
 * goes only to the TCP and UDP classes, because other packets have no ports.
 *
 * @example compileRule(table2Inbound)?.cells.slice(0, 4) // [10000, 10001, 80, 80]
 */
export function compileRule(rule: TrafficMirrorFilterRule): NumericRule | null {
  const ethertype = rule.ethertype.toLowerCase();
  const family = ethertype === 'ipv4' ? 4 : ethertype === 'ipv6' ? 6 : 0;
  const protocol = ruleProtocolNumber(rule.protocol);
  const sourcePorts = portCells(rule.source_port_range);
  const destinationPorts = portCells(rule.destination_port_range);
  if (family === 0 || protocol < ANY_PROTOCOL || !sourcePorts || !destinationPorts) return null;
  const source = cidrCells(rule.source_cidr_block, family);
  const destination = cidrCells(rule.destination_cidr_block, family);
  if (!source || !destination) return null;
  const hasPortRange = rule.source_port_range !== '' || rule.destination_port_range !== '';
  const all = protocol === ANY_PROTOCOL ? [0, 1, 2, 3, OTHER_CLASS] : [protocolClass(protocol)];
  const classes = hasPortRange ? all.filter((c) => c === 0 || c === 1) : all;
  const words = family === 4 ? 1 : 4;
  const half = (cells: number[]) => [cells.slice(0, words), cells.slice(words)] as const;
  const [sMask, sNet] = half(source);
  const [dMask, dNet] = half(destination);
  return {
    family,
    classes,
    cells: [...sourcePorts, ...destinationPorts, ...sMask, ...sNet, ...dMask, ...dNet],
  };
}

/**
 * Growable Int32 row storage for one ethertype: rows of `width` cells, the last one the
 * outcome index.
 *
 * @example const t = new RowTable(ROW_V4); t.push(rule.cells, 3); t.finish().length // 9
 */
export class RowTable {
  private data: Int32Array;
  length = 0;

  constructor(readonly width: number) {
    this.data = new Int32Array(width * 64);
  }

  /** Appends a row: the rule's cells, then the outcome index. */
  push(cells: readonly number[], outcome: number): void {
    if (this.length + this.width > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data.set(cells, this.length);
    this.data[this.length + this.width - 1] = outcome;
    this.length += this.width;
  }

  /** The rows, trimmed. */
  finish(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
