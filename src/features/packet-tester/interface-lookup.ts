/**
 * Finding the network interface a packet is seen on from what an operator types (an id, a
 * name or one of its IP addresses), and which way a packet goes relative to it.
 */
import type { Direction, Inventory, Port } from '@/domain/model/types';
import { formatIp, parseIp } from '@/domain/net/address';
import { portAddresses } from '@/domain/network/packet-address';
import type { TesterMessage } from './tester-message';

/** The interface found, or why none was. */
export type InterfaceLookup = { port: Port } | { problem: TesterMessage };

/** An address in its canonical spelling, or the text when it does not parse. */
function canonical(text: string): string {
  const ip = parseIp(text.trim());
  return ip ? formatIp(ip) : text.trim();
}

/** Every IP address of an interface, canonical (IPv4 first, as the inventory lists them). */
export const interfaceAddresses = portAddresses;

/** "web-prod-01-eth0 (10.0.0.3, 2407:c080:802:be7::3)" */
export function interfaceLabel(port: Port): string {
  const addresses = interfaceAddresses(port);
  return addresses.length > 0 ? `${port.name} (${addresses.join(', ')})` : port.name;
}

/**
 * The interface an operator means: by id, by name (case-blind) or by one of its addresses.
 *
 * @example findInterface(inventory, '10.0.0.3') // { port: web-prod-01-eth0 }
 */
export function findInterface(inventory: Inventory, typed: string): InterfaceLookup {
  const text = typed.trim();
  if (text === '') {
    return { problem: { id: 'tester.check.interfaceEmpty' } };
  }
  const byId = inventory.ports.find((p) => p.id === text);
  if (byId) return { port: byId };
  const named = inventory.ports.filter((p) => p.name.toLowerCase() === text.toLowerCase());
  if (named.length === 1) return { port: named[0]! };
  if (named.length > 1) {
    return {
      problem: { id: 'tester.check.interfaceNameTaken', params: { count: named.length, name: text } },
    };
  }
  const address = canonical(text);
  const byAddress = inventory.ports.filter((p) => interfaceAddresses(p).includes(address));
  if (byAddress.length === 1) return { port: byAddress[0]! };
  if (byAddress.length > 1) {
    return {
      problem: { id: 'tester.check.interfaceAddressTaken', params: { count: byAddress.length, address } },
    };
  }
  return { problem: { id: 'tester.check.interfaceUnknown', params: { text } } };
}

/**
 * Which way a packet goes for the interface: from one of its addresses it is outbound
 * (egress, also when both ends are its own), to one of them inbound (ingress), else null.
 * The same rule as the capture pipeline's.
 *
 * @example inferDirection(port, '172.16.0.5', '10.0.0.3') // 'ingress' when 10.0.0.3 is the port's
 */
export function inferDirection(port: Port, sourceIp: string, destinationIp: string): Direction | null {
  const own = interfaceAddresses(port);
  if (own.includes(canonical(sourceIp))) return 'egress';
  if (own.includes(canonical(destinationIp))) return 'ingress';
  return null;
}
