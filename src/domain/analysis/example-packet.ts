/**
 * Concrete packets out of a box set, chosen to read well in the packet tester: TCP before
 * UDP before ICMP, destination port 80 or 443 and source port 40000 when allowed, and
 * familiar addresses (10.0.0.1, 2001:db8::1, ...) or a host at the start of the range. The
 * choice is deterministic: the same set always gives the same packets.
 */
import type { Direction } from '../model/types';
import { formatIp, parseIp } from '../net/address';
import { protocolNameOf } from '../net/protocols';
import type { MirrorPacket } from '../matcher/types';
import type { Box, BoxSet, Family, Interval } from './box-set';
import { DESTINATION, DESTINATION_PORT, PROTOCOL, SOURCE, SOURCE_PORT } from './box-set';
import { bigintToWords, protocolAxis, protocolOfAxis, wordsToBigint } from './rule-space';

const ADDRESSES: Record<Family, { source: string[]; destination: string[] }> = {
  4: {
    source: ['10.0.0.1', '192.168.0.1', '172.16.0.1', '198.51.100.1', '203.0.113.1', '8.8.8.8'],
    destination: ['10.0.0.2', '192.168.0.2', '172.16.0.2', '203.0.113.2', '198.51.100.2', '8.8.4.4'],
  },
  6: {
    source: ['2001:db8::1', 'fd00::1', 'fe80::1', '2400:cb00::1'],
    destination: ['2001:db8::2', 'fd00::2', 'fe80::2', '2400:cb00::2'],
  },
};

const PORTS = { source: [40000n, 50000n, 1024n], destination: [80n, 443n, 8080n] };

interface Pick {
  value: bigint;
  /** Place of the value in the preferred list; the list's length when none was inside. */
  rank: number;
}

function inside([low, high]: Interval, value: bigint): boolean {
  return value >= low && value <= high;
}

function pickFrom(interval: Interval, preferred: readonly bigint[], fallback: () => bigint): Pick {
  const rank = preferred.findIndex((value) => inside(interval, value));
  return rank === -1 ? { value: fallback(), rank: preferred.length } : { value: preferred[rank]!, rank };
}

/** A place on the protocol axis: TCP, UDP, then the ICMP of the family. */
function pickProtocol(interval: Interval, family: Family): Pick {
  const icmp = family === 4 ? [1, 58] : [58, 1];
  return pickFrom(interval, [6, 17, ...icmp].map(protocolAxis), () => interval[0]);
}

/** A real port when there is one (ports 1+ before 0), else no port (-1). */
function pickPort(interval: Interval, preferred: readonly bigint[]): Pick {
  return pickFrom(interval, preferred, () => {
    const [low, high] = interval;
    if (low >= 1n) return low;
    return high >= 1n ? 1n : low;
  });
}

/** A familiar address, else the first host of the range (skipping a .0 network address). */
function pickAddress(interval: Interval, family: Family, preferred: readonly string[]): Pick {
  const numbers = preferred.map((text) => wordsToBigint(parseIp(text)!.words));
  return pickFrom(interval, numbers, () => {
    const [low, high] = interval;
    return low % 256n === 0n && low + 1n <= high ? low + 1n : low;
  });
}

interface Point {
  box: Box;
  picks: Pick[];
}

function pointOf(box: Box): Point {
  const { family, dims } = box;
  const picks = [
    pickProtocol(dims[PROTOCOL], family),
    pickAddress(dims[SOURCE], family, ADDRESSES[family].source),
    pickAddress(dims[DESTINATION], family, ADDRESSES[family].destination),
    pickPort(dims[SOURCE_PORT], PORTS.source),
    pickPort(dims[DESTINATION_PORT], PORTS.destination),
  ];
  return { box, picks };
}

/** What makes a packet read well, most important first: IPv4, protocol, ports, addresses. */
const ORDER = [PROTOCOL, DESTINATION_PORT, SOURCE_PORT, SOURCE, DESTINATION];

function compareNiceness(a: Point, b: Point): number {
  if (a.box.family !== b.box.family) return a.box.family - b.box.family;
  for (const dim of ORDER) {
    const difference = a.picks[dim]!.rank - b.picks[dim]!.rank;
    if (difference !== 0) return difference;
  }
  return 0;
}

function packetOf(point: Point, direction: Direction, source: string): MirrorPacket {
  const family = point.box.family;
  const [place, from, to, fromPort, toPort] = point.picks.map((pick) => pick.value) as [
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
  ];
  const packet: MirrorPacket = {
    source,
    direction,
    ethertype: family === 4 ? 'IPv4' : 'IPv6',
    protocol: protocolNameOf(protocolOfAxis(place)) ?? protocolOfAxis(place),
    source_ip: formatIp({ family, words: bigintToWords(from, family) }),
    destination_ip: formatIp({ family, words: bigintToWords(to, family) }),
  };
  if (fromPort >= 0n) packet.source_port = Number(fromPort);
  if (toPort >= 0n) packet.destination_port = Number(toPort);
  return packet;
}

/**
 * Up to `limit` packets of the set, one per box, the nicest boxes first: IPv4 before IPv6,
 * then TCP, UDP, ICMP before other protocols, then destination port 80, 443..., then source
 * port, then familiar addresses. Every packet returned lies in the set.
 *
 * @example examplePackets(ruleSpace(tcpTo80), 'ingress', 'eni-1', 1)
 * // [{ source: 'eni-1', direction: 'ingress', ethertype: 'IPv4', protocol: 'TCP', source_ip: '10.0.0.1', destination_ip: '10.0.0.2', source_port: 40000, destination_port: 80 }]
 */
export function examplePackets(
  set: BoxSet,
  direction: Direction,
  source: string,
  limit: number,
): MirrorPacket[] {
  const points = set.map(pointOf);
  // Array.prototype.sort is stable: among equally nice boxes the set's order decides.
  points.sort(compareNiceness);
  return points.slice(0, Math.max(0, limit)).map((point) => packetOf(point, direction, source));
}

/**
 * The nicest packet of the set, or null when the set is empty.
 *
 * @example examplePacket([], 'egress', 'eni-1') // null
 */
export function examplePacket(set: BoxSet, direction: Direction, source: string): MirrorPacket | null {
  return examplePackets(set, direction, source, 1)[0] ?? null;
}
