/**
 * Reading the worker's compact result row by row: the reason of each packet, the packets
 * that pass the verdict filter, and a packet as the one-packet tester's search.
 */
import { SKIP_REASONS } from '@/domain/capture/capture-summary';
import type { PacketTesterSearch } from '../packet-search';
import type { CaptureResult } from './capture-protocol';
import { packetAddresses } from './packet-columns';

/** The verdict or skip reason of packet `i`. */
export function reasonOf(result: CaptureResult, i: number): string {
  const code = result.results[i]!;
  return code >= 0 ? (result.outcomes[code]?.reason ?? 'UNKNOWN') : (SKIP_REASONS[-code - 1] ?? 'SKIPPED');
}

/**
 * The packets whose reason is `reason`, in file order (all packets for `all`).
 *
 * @example packetsWithReason(result, 'ACCEPTED').length // result.by_reason.ACCEPTED
 */
export function packetsWithReason(result: CaptureResult, reason: string): Uint32Array {
  const n = result.results.length;
  if (reason === 'all') {
    const every = new Uint32Array(n);
    for (let i = 0; i < n; i++) every[i] = i;
    return every;
  }
  const out = new Uint32Array(result.by_reason[reason] ?? 0);
  let k = 0;
  for (let i = 0; i < n && k < out.length; i++) if (reasonOf(result, i) === reason) out[k++] = i;
  return out;
}

const NAMES: Record<number, string> = { 6: 'TCP', 17: 'UDP', 1: 'ICMP', 58: 'ICMPV6' };

/** Packet `i` as the search of the one-packet tester, or null when it has no direction. */
export function packetSearch(result: CaptureResult, i: number, source: string): PacketTesterSearch | null {
  const c = result.columns;
  const direction = c.direction[i];
  const addresses = packetAddresses(c, i);
  if (!addresses || (direction !== 0 && direction !== 1)) return null;
  const protocol = c.protocol[i]!;
  const ports = protocol === 6 || protocol === 17;
  return {
    source,
    direction: direction === 0 ? 'ingress' : 'egress',
    ethertype: c.family[i] === 6 ? 'IPv6' : 'IPv4',
    protocol: NAMES[protocol] ?? protocol,
    source_ip: addresses[0],
    destination_ip: addresses[1],
    source_port: ports ? c.srcPort[i] : undefined,
    destination_port: ports ? c.dstPort[i] : undefined,
    length: c.ipLength[i],
  };
}
