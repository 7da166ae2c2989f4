/**
 * Whether a packet's own-side address is the interface's (docs/behaviour.md, "Example packets"):
 * a packet seen inbound on an interface is addressed to it, one seen outbound comes from it.
 * The matcher does not look at this; the packet tester says so beside the verdict.
 */
import type { Direction, Port } from '../model/types';
import { formatIp, parseIp } from '../net/address';

/**
 * Every IP address of an interface in its canonical spelling (IPv4 first, as the inventory
 * lists them).
 *
 * @example portAddresses(port) // ['10.0.0.4', '2407:c080:802:be7::4']
 */
export function portAddresses(port: Port): string[] {
  return port.fixed_ips.map((f) => {
    const ip = parseIp(f.ip_address.trim());
    return ip ? formatIp(ip) : f.ip_address.trim();
  });
}

/** The addresses of a packet the check reads. */
export interface AddressedPacket {
  direction: Direction;
  source_ip: string;
  destination_ip: string;
}

/**
 * What is wrong when the packet's address on the interface's side (the destination inbound,
 * the source outbound) is not one of the interface's, and which address to use; null when it
 * is one (or does not parse: the form says so).
 *
 * @example packetAddressProblem(web02, { direction: 'ingress', source_ip: '10.0.0.1', destination_ip: '10.0.0.3' })
 * // 'This inbound packet is addressed to 10.0.0.3, which is not an address of web-prod-02-eth0: an inbound packet on an interface is addressed to it. Use its address 10.0.0.4 as the destination.'
 */
export function packetAddressProblem(port: Port, packet: AddressedPacket): string | null {
  const inbound = packet.direction === 'ingress';
  const ip = parseIp((inbound ? packet.destination_ip : packet.source_ip).trim());
  if (!ip) return null;
  const own = portAddresses(port);
  const address = formatIp(ip);
  if (own.includes(address)) return null;
  const sameFamily = own.filter((a) => parseIp(a)?.family === ip.family);
  const end = inbound ? 'destination' : 'source';
  const what = inbound
    ? `This inbound packet is addressed to ${address}, which is not an address of ${port.name}: an inbound packet on an interface is addressed to it.`
    : `This outbound packet comes from ${address}, which is not an address of ${port.name}: an outbound packet on an interface comes from it.`;
  const fix =
    sameFamily.length > 0
      ? `Use its address ${sameFamily[0]} as the ${end}.`
      : `It has no IPv${ip.family} address: test a packet of ${own.length > 0 ? `its address ${own[0]}` : 'another interface'}.`;
  return `${what} ${fix}`;
}
