/**
 * Matching helpers shared by security-group and network-ACL evaluation: protocol names or
 * numbers, port lists (`"80"`, `"1000-2000"`, `"80,443"`) and address prefixes.
 */
import { cidrContains, parseCidr, parseIp } from '../net/address';
import { parsePortRange } from '../net/port-range';
import type { PortRange } from '../net/port-range';
import { protocolNumberOf } from '../net/protocols';

/**
 * Whether a rule's protocol covers a packet's IP protocol number. `""` and `any` cover every
 * protocol; names (`tcp`, `udp`, `icmp`, `icmpv6`, any case) and decimal numbers (`"6"`)
 * cover one. Anything else covers nothing.
 *
 * @example protocolMatches('UDP', 17) // true
 */
export function protocolMatches(ruleProtocol: string, packetProtocol: number): boolean {
  const lower = ruleProtocol.toLowerCase();
  if (lower === '' || lower === 'any') return true;
  const named = protocolNumberOf(lower);
  if (named !== undefined) return named === packetProtocol;
  return /^[0-9]{1,3}$/.test(lower) && Number(lower) === packetProtocol;
}

/**
 * The ranges of a port list such as `"22,80-90,443"` (each item one port or `from-to`,
 * 1-65535), or null when an item is malformed. `""` gives an empty list (meaning any port).
 *
 * @example parsePortList('80,443') // [{ from: 80, to: 80 }, { from: 443, to: 443 }]
 */
export function parsePortList(text: string): PortRange[] | null {
  if (text === '') return [];
  const ranges: PortRange[] = [];
  for (const item of text.split(',')) {
    const range = parsePortRange(item.includes('-') ? item : `${item}-${item}`);
    if (!range) return null;
    ranges.push(range);
  }
  return ranges;
}

/**
 * Whether a port list covers a packet's port. `""` covers everything, even a packet without
 * ports (ICMP); a non-empty list covers only a port it contains, and never a malformed list.
 *
 * @example portListMatches('1000-2000', 1500) // true
 */
export function portListMatches(list: string, port: number | undefined): boolean {
  if (list === '') return true;
  if (port === undefined) return false;
  const ranges = parsePortList(list);
  return ranges !== null && ranges.some((r) => port >= r.from && port <= r.to);
}

/**
 * Whether an address prefix covers an address. `""` covers every address; a CIDR or a bare
 * address (taken as /32 or /128) covers what it contains; a malformed prefix covers nothing.
 *
 * @example prefixMatches('192.168.0.0/24', '192.168.0.27') // true
 */
export function prefixMatches(prefix: string, address: string): boolean {
  if (prefix === '') return true;
  const ip = parseIp(address);
  if (!ip) return false;
  const cidr = parseCidr(prefix.includes('/') ? prefix : `${prefix}/${ip.family === 4 ? 32 : 128}`);
  return cidr !== null && cidrContains(cidr, ip);
}
