/**
 * Which way a captured packet goes relative to the interface it was captured on: to one of
 * its addresses (ingress), from one of them (egress), or neither (not the interface's).
 */
import { parseIp } from '../net/address';
import type { DecodedPacket } from '../net/packet-fields';

export const DIRECTION_NONE = -1;
export const DIRECTION_INGRESS = 0;
export const DIRECTION_EGRESS = 1;

/** The interface's addresses as numbers: IPv4 one word each, IPv6 four words each. */
export interface AddressSet {
  v4: Uint32Array;
  v6: Uint32Array;
}

/**
 * Reads the interface's addresses; text that is not an IP address is ignored.
 *
 * @example addressSet(['192.168.0.27', '2001:db8::1b']).v4 // Uint32Array [0xc0a8001b]
 */
export function addressSet(addresses: readonly string[]): AddressSet {
  const v4: number[] = [];
  const v6: number[] = [];
  for (const text of addresses) {
    const ip = parseIp(text.trim());
    if (ip?.family === 4) v4.push(...ip.words);
    else if (ip?.family === 6) v6.push(...ip.words);
  }
  return { v4: Uint32Array.from(v4), v6: Uint32Array.from(v6) };
}

function isOneOf6(words: Uint32Array, set: Uint32Array): boolean {
  for (let i = 0; i < set.length; i += 4) {
    if (
      words[0] === set[i] &&
      words[1] === set[i + 1] &&
      words[2] === set[i + 2] &&
      words[3] === set[i + 3]
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The direction of a decoded packet: egress when its source is one of the interface's
 * addresses (also when both ends are, as the interface sent it first), else ingress when
 * its destination is, else DIRECTION_NONE.
 * Why: a capture holds both directions; the filter has rules per direction.
 *
 * @example directionOf(packet, addressSet(['10.0.0.5'])) // 0 for a packet 10.0.0.9 -> 10.0.0.5
 */
export function directionOf(packet: DecodedPacket, set: AddressSet): number {
  if (packet.ethertype === 4) {
    const v4 = set.v4;
    const src = packet.src[0];
    const dst = packet.dst[0];
    for (let i = 0; i < v4.length; i++) if (v4[i] === src) return DIRECTION_EGRESS;
    for (let i = 0; i < v4.length; i++) if (v4[i] === dst) return DIRECTION_INGRESS;
    return DIRECTION_NONE;
  }
  if (isOneOf6(packet.src, set.v6)) return DIRECTION_EGRESS;
  return isOneOf6(packet.dst, set.v6) ? DIRECTION_INGRESS : DIRECTION_NONE;
}
