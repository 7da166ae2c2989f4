/**
 * Rows of the capture's packet table as the page shows them: the reason of each result
 * code, a packet in one line, and a packet as the one-packet tester's search.
 */
import { SKIP_REASONS } from '@/domain/capture/capture-summary';
import type { PacketRow } from '@/domain/capture/packet-rows';
import { hasPorts, protocolNameOf, protocolText } from '@/domain/net/protocols';
import type { Translator } from '@/i18n';
import type { PacketTesterSearch } from '../packet-search';
import type { CompactOutcome } from './capture-protocol';

/**
 * The verdict or skip reason a result code stands for (codes below zero are skip reasons).
 *
 * @example reasonOf(-1, outcomes) // 'SKIPPED_NOT_IP'
 */
export function reasonOf(code: number, outcomes: readonly CompactOutcome[]): string {
  return code >= 0 ? (outcomes[code]?.reason ?? 'UNKNOWN') : (SKIP_REASONS[-code - 1] ?? 'SKIPPED');
}

/**
 * A packet in one line: protocol, addresses and ports, IP length, in the language of `t`.
 *
 * @example packetSummary(row, t) // 'TCP 172.16.0.5:10000 → 10.0.0.3:80 · 64 B'
 */
export function packetSummary(row: PacketRow, t: Translator['t']): string {
  if (row.family === 0) return t('tester.table.notIp', { frame: row.frameLength });
  const end = (ip: string, port: number) =>
    port < 0 ? ip : row.family === 6 ? `[${ip}]:${port}` : `${ip}:${port}`;
  const from = end(row.source, row.sourcePort);
  const to = end(row.destination, row.destinationPort);
  return t('tester.table.summary', { protocol: protocolText(row.protocol), from, to, length: row.ipLength });
}

/** A packet as the search of the one-packet tester, or null when it has no direction. */
export function packetSearch(row: PacketRow, source: string): PacketTesterSearch | null {
  if (row.family === 0 || (row.direction !== 0 && row.direction !== 1)) return null;
  const ports = hasPorts(row.protocol);
  return {
    source,
    direction: row.direction === 0 ? 'ingress' : 'egress',
    ethertype: row.family === 6 ? 'IPv6' : 'IPv4',
    protocol: protocolNameOf(row.protocol) ?? row.protocol,
    source_ip: row.source,
    destination_ip: row.destination,
    source_port: ports ? row.sourcePort : undefined,
    destination_port: ports ? row.destinationPort : undefined,
    length: row.ipLength,
  };
}
