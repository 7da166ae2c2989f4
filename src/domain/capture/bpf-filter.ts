/**
 * The tcpdump / libpcap filter (BPF syntax) that accepts exactly the packets a mirror
 * configuration copies from one interface: run on a capture of that interface, it keeps
 * what the sessions would mirror. Used to check the pipeline against tcpdump, and to let a
 * user capture on the source only what would be mirrored.
 *
 * Limits of BPF, documented rather than hidden: the filter looks at untagged frames (prefix
 * `vlan and` for a VLAN capture) and at IPv6 packets without extension headers (libpcap's
 * `ip6 proto` reads only the first next-header field).
 */
import type { Direction, MirrorConfig, TrafficMirrorFilterRule } from '../model/types';
import { formatCidr, parseCidr, parseIp, formatIp } from '../net/address';
import { formatPortRange, parsePortRange } from '../net/port-range';
import { filtersById, rulesOfDirection, sessionsOfSource } from '../matcher/session-order';

const NAMES: Record<string, string[]> = {
  tcp: ['tcp'],
  udp: ['udp'],
  icmp: ['icmp'],
  icmpv6: ['icmp6'],
  all: [],
};

function cidrTerm(text: string, family: 4 | 6, side: 'src' | 'dst'): string | null {
  if (text === '') return '';
  const cidr = parseCidr(text);
  return cidr && cidr.family === family ? `${side} net ${formatCidr(cidr)}` : null;
}

/** The BPF expression of one rule's conditions, or null when the rule can never hold. */
function ruleTerm(rule: TrafficMirrorFilterRule): string | null {
  const ethertype = rule.ethertype.toLowerCase();
  const family = ethertype === 'ipv4' ? 4 : ethertype === 'ipv6' ? 6 : 0;
  const protocols = NAMES[rule.protocol.toLowerCase()];
  if (family === 0 || !protocols) return null;
  const terms = [family === 4 ? 'ip' : 'ip6'];
  for (const [text, side] of [
    [rule.source_cidr_block, 'src'],
    [rule.destination_cidr_block, 'dst'],
  ] as const) {
    const term = cidrTerm(text, family, side);
    if (term === null) return null;
    if (term) terms.push(term);
  }
  const ranges: string[] = [];
  for (const [text, side] of [
    [rule.source_port_range, 'src'],
    [rule.destination_port_range, 'dst'],
  ] as const) {
    if (text === '') continue;
    const range = parsePortRange(text);
    if (!range) return null;
    ranges.push(`${side} portrange ${formatPortRange(range)}`);
  }
  if (ranges.length > 0) {
    // Only TCP and UDP have ports; an ALL rule with a range matches either.
    const carriers =
      protocols.length === 0 ? ['tcp', 'udp'] : protocols.filter((p) => p === 'tcp' || p === 'udp');
    if (carriers.length === 0) return null;
    terms.push(`(${carriers.map((p) => ranges.map((r) => `${p} ${r}`).join(' and ')).join(' or ')})`);
  } else if (protocols.length > 0) {
    terms.push(protocols.join(''));
  }
  return `(${terms.join(' and ')})`;
}

/** First match wins: a packet is copied when an accept rule holds and no earlier reject rule does. */
function directionTerm(rules: TrafficMirrorFilterRule[]): string | null {
  const accepted: string[] = [];
  const rejected: string[] = [];
  for (const rule of rules) {
    const term = ruleTerm(rule);
    if (!term) continue;
    if (rule.action === 'accept') {
      accepted.push(rejected.length ? `(${term} and not (${rejected.join(' or ')}))` : term);
    } else {
      rejected.push(term);
    }
  }
  return accepted.length ? accepted.join(' or ') : null;
}

/**
 * The BPF filter equivalent to what `config` mirrors from ENI `source`, whose addresses are
 * `addresses`: a packet from one of them is egress, one to them (and not from them) ingress.
 * Sessions are visited by priority and their rules by priority, as the shared matcher does.
 * When tcpdump answers "expression rejects all packets", its optimizer has proved that the
 * configuration copies nothing from this interface (an accept shadowed by a reject).
 *
 * @example
 * bpfFilterOf(config, 'eni-a', ['10.0.0.5'])
 * // '((src host 10.0.0.5) and ((ip and tcp))) or ((dst host 10.0.0.5) and not (src host 10.0.0.5) and ...)'
 */
export function bpfFilterOf(config: MirrorConfig, source: string, addresses: readonly string[]): string {
  const hosts = addresses.map((text) => parseIp(text.trim())).flatMap((ip) => (ip ? [formatIp(ip)] : []));
  const filters = filtersById(config.filters);
  const sessions = sessionsOfSource(config.sessions, source).filter((s) => s.enabled);
  const parts: string[] = [];
  if (hosts.length > 0) {
    const from = `(${hosts.map((h) => `src host ${h}`).join(' or ')})`;
    const to = `(${hosts.map((h) => `dst host ${h}`).join(' or ')}) and not ${from}`;
    for (const direction of ['egress', 'ingress'] as Direction[]) {
      const rules = sessions.flatMap((s) => {
        const filter = filters.get(s.traffic_mirror_filter_id);
        return filter ? rulesOfDirection(filter, direction) : [];
      });
      const term = directionTerm(rules);
      if (term) parts.push(`(${direction === 'egress' ? from : to} and (${term}))`);
    }
  }
  // tcpdump refuses a filter it can prove empty; no frame on the wire is shorter than 1 byte.
  return parts.length ? parts.join(' or ') : 'less 1';
}
