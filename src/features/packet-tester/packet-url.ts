/**
 * Between the address and the form: the search parameters of a test as form values, and a
 * checked packet as search parameters (the interface by id, the direction only when chosen).
 */
import { packetTesterFields } from '@/domain/analysis';
import type { MirrorPacket } from '@/domain/matcher/types';
import type { Inventory } from '@/domain/model/types';
import { parseIp } from '@/domain/net/address';
import { protocolNameOf } from '@/domain/net/protocols';
import { EMPTY_PACKET, PACKET_PROTOCOLS, type PacketFormValues } from './packet-fields';
import type { PacketTesterSearch } from './packet-search';

function protocolValues(
  value: string | number | undefined,
): Pick<PacketFormValues, 'protocol' | 'protocol_number'> {
  if (value === undefined) return { protocol: EMPTY_PACKET.protocol, protocol_number: '' };
  const text = String(value).trim().toUpperCase();
  if (/^\d+$/.test(text)) {
    const named = protocolNameOf(Number(text));
    return named ? { protocol: named, protocol_number: '' } : { protocol: 'OTHER', protocol_number: text };
  }
  const known = PACKET_PROTOCOLS.find((p) => p === text && p !== 'OTHER');
  return known
    ? { protocol: known, protocol_number: '' }
    : { protocol: 'OTHER', protocol_number: String(value) };
}

const textOf = (value: string | number | undefined) => (value === undefined ? '' : String(value));

/**
 * The form's values for the packet in the address. An interface given by id is shown by its
 * name when that name is unique; the type follows the source address when not given.
 *
 * @example formValuesFromSearch({ source: 'port-1', protocol: 6, source_port: 80 }, inventory).protocol // 'TCP'
 */
export function formValuesFromSearch(search: PacketTesterSearch, inventory: Inventory): PacketFormValues {
  const port = inventory.ports.find((p) => p.id === search.source);
  const uniqueName = port && inventory.ports.filter((p) => p.name === port.name).length === 1;
  const family = parseIp(search.source_ip?.trim() ?? '')?.family;
  const ethertypeText = search.ethertype?.toLowerCase();
  return {
    source: port && uniqueName ? port.name : (search.source ?? ''),
    direction: search.direction ?? 'auto',
    ethertype: ethertypeText === 'ipv6' || (ethertypeText === undefined && family === 6) ? 'IPv6' : 'IPv4',
    ...protocolValues(search.protocol),
    source_ip: search.source_ip ?? '',
    destination_ip: search.destination_ip ?? '',
    source_port: textOf(search.source_port),
    destination_port: textOf(search.destination_port),
    length: search.length === undefined ? EMPTY_PACKET.length : String(search.length),
    reply: search.reply === true,
  };
}

/**
 * The search parameters of a packet: `direction` left out when it was inferred from the
 * addresses (the link then infers it again), ports only for TCP and UDP.
 *
 * @example searchOfPacket({ source: 'port-1', direction: 'ingress', protocol: 'TCP', ... }, true).direction // undefined
 */
export function searchOfPacket(packet: MirrorPacket, inferred: boolean): PacketTesterSearch {
  return {
    ...packetTesterFields(packet),
    source: packet.source,
    direction: inferred ? undefined : packet.direction,
    length: packet.length,
    reply: packet.is_reply ? true : undefined,
  };
}
