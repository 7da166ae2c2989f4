/**
 * A deliberately plain version of docs/behaviour.md, "Which packets are copied" steps 2-6, written straight from the text
 * with no precomputation and big integers for addresses. Used only as the oracle of the
 * property tests and as the baseline of the benchmark; the console uses `evaluatePacket`.
 */
import type { MirrorConfig, TrafficMirrorFilterRule } from '../model/types';
import { parseCidr, parseIp } from '../net/address';
import { parsePortRange } from '../net/port-range';
import { hasPorts, protocolNumberOf } from '../net/protocols';
import type { MirrorPacket, Outcome } from './types';

function protocolOf(packet: MirrorPacket): number {
  if (typeof packet.protocol === 'number') return packet.protocol;
  return protocolNumberOf(packet.protocol) ?? NaN;
}

function bigOf(words: readonly number[]): bigint {
  return words.reduce((sum, w) => (sum << 32n) + BigInt(w), 0n);
}

function inBlock(block: string, address: string, family: 4 | 6): boolean {
  if (block === '') return true;
  const cidr = parseCidr(block);
  const ip = parseIp(address);
  if (!cidr || !ip || cidr.family !== family || ip.family !== family) return false;
  const drop = BigInt((family === 4 ? 32 : 128) - cidr.prefix);
  return bigOf(cidr.words) >> drop === bigOf(ip.words) >> drop;
}

function inRange(range: string, port: number | undefined): boolean {
  if (range === '') return true;
  const parsed = parsePortRange(range);
  return parsed !== null && port !== undefined && port >= parsed.from && port <= parsed.to;
}

function holds(rule: TrafficMirrorFilterRule, packet: MirrorPacket): boolean {
  const ethertype = rule.ethertype.toLowerCase();
  if (ethertype !== packet.ethertype.toLowerCase()) return false;
  const family = ethertype === 'ipv4' ? 4 : 6;
  const protocol = protocolOf(packet);
  const wanted = rule.protocol.toUpperCase();
  if (wanted !== 'ALL' && protocolNumberOf(wanted) !== protocol) return false;
  const ported = hasPorts(protocol);
  const valid = (port: number | undefined) =>
    ported && port !== undefined && Number.isInteger(port) && port >= 0 && port <= 65535 ? port : undefined;
  return (
    inBlock(rule.source_cidr_block, packet.source_ip, family) &&
    inBlock(rule.destination_cidr_block, packet.destination_ip, family) &&
    inRange(rule.source_port_range, valid(packet.source_port)) &&
    inRange(rule.destination_port_range, valid(packet.destination_port))
  );
}

const byOrder = (
  a: { priority: number; created_at: string; id: string },
  b: { priority: number; created_at: string; id: string },
) => {
  if (a.priority !== b.priority) return a.priority - b.priority;
  if (a.created_at !== b.created_at) return a.created_at < b.created_at ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/**
 * Steps 2-6 of docs/behaviour.md, "Which packets are copied", as plainly as possible (no trace, no inventory).
 *
 * @example referenceEvaluate(config, packet).reason // 'NO_MATCH' when no rule of any session holds
 */
export function referenceEvaluate(config: MirrorConfig, packet: MirrorPacket): Outcome {
  const none = (reason: Outcome['reason']): Outcome => ({
    mirrored: false,
    reason,
    session_id: null,
    rule_id: null,
    target_id: null,
    target_type: null,
    session: null,
  });
  const listing = config.sessions.filter((s) => s.traffic_mirror_sources.includes(packet.source));
  if (listing.length === 0) return none('NOT_A_SOURCE');
  const enabled = listing.filter((s) => s.enabled).sort(byOrder);
  if (enabled.length === 0) return none('NO_ENABLED_SESSION');
  for (const session of enabled) {
    const filter = config.filters.find((f) => f.id === session.traffic_mirror_filter_id);
    if (!filter) continue;
    const rules = [...(packet.direction === 'ingress' ? filter.ingress_rules : filter.egress_rules)].sort(
      byOrder,
    );
    const rule = rules.find((r) => holds(r, packet));
    if (!rule) continue;
    const accepted = rule.action === 'accept';
    return {
      mirrored: accepted,
      reason: accepted ? 'ACCEPTED' : 'REJECTED',
      session_id: session.id,
      rule_id: rule.id,
      target_id: accepted ? session.traffic_mirror_target_id : null,
      target_type: accepted ? session.traffic_mirror_target_type : null,
      session,
    };
  }
  return none('NO_MATCH');
}
