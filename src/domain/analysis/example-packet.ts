/**
 * Concrete packets out of a box set, chosen to read well in the packet tester: TCP before
 * UDP before ICMP, destination port 80 or 443 and source port 40000 when allowed, and
 * familiar addresses (10.0.0.1, 2001:db8::1, ...) or a host at the start of the range. The
 * choice is deterministic: the same set always gives the same packets.
 */
import type { Direction } from '../model/types';
import { formatIp, parseIp } from '../net/address';
import type { MirrorPacket } from '../matcher/types';
import type { Box, BoxSet, Family, Interval } from './box-set';
import { DESTINATION, DESTINATION_PORT, PROTOCOL, SOURCE, SOURCE_PORT } from './box-set';
import { bigintToWords, wordsToBigint } from './rule-space';

const NAMES = new Map<number, 'TCP' | 'UDP' | 'ICMP' | 'ICMPV6'>([
  [6, 'TCP'],
  [17, 'UDP'],
  [1, 'ICMP'],
  [58, 'ICMPV6'],
]);

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
  /** Whether a preferred value was found (used to choose the nicest box). */
  nice: boolean;
}

function inside([low, high]: Interval, value: bigint): boolean {
  return value >= low && value <= high;
}

function pickFrom(interval: Interval, preferred: readonly bigint[], fallback: () => bigint): Pick {
  const hit = preferred.find((value) => inside(interval, value));
  return hit === undefined ? { value: fallback(), nice: false } : { value: hit, nice: true };
}

function pickProtocol(interval: Interval, family: Family): Pick {
  const icmp = family === 4 ? [1n, 58n] : [58n, 1n];
  return pickFrom(interval, [6n, 17n, ...icmp], () => interval[0]);
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

function score(point: Point): number {
  const family = point.box.family === 4 ? 1 : 0;
  return point.picks.reduce((sum, pick, i) => sum + (pick.nice ? (i === PROTOCOL ? 4 : 2) : 0), family);
}

function packetOf(point: Point, direction: Direction, source: string): MirrorPacket {
  const family = point.box.family;
  const [protocol, from, to, fromPort, toPort] = point.picks.map((pick) => pick.value) as [
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
    protocol: NAMES.get(Number(protocol)) ?? Number(protocol),
    source_ip: formatIp({ family, words: bigintToWords(from, family) }),
    destination_ip: formatIp({ family, words: bigintToWords(to, family) }),
  };
  if (fromPort >= 0n) packet.source_port = Number(fromPort);
  if (toPort >= 0n) packet.destination_port = Number(toPort);
  return packet;
}

/**
 * Up to `limit` packets of the set, one per box, the nicest boxes first (IPv4 before IPv6,
 * familiar protocols, ports and addresses). Every packet returned lies in the set.
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
  const order = points.map((point, index) => ({ point, index, score: score(point) }));
  order.sort((a, b) => b.score - a.score || a.index - b.index);
  return order.slice(0, Math.max(0, limit)).map(({ point }) => packetOf(point, direction, source));
}

/**
 * The nicest packet of the set, or null when the set is empty.
 *
 * @example examplePacket([], 'egress', 'eni-1') // null
 */
export function examplePacket(set: BoxSet, direction: Direction, source: string): MirrorPacket | null {
  return examplePackets(set, direction, source, 1)[0] ?? null;
}
