/**
 * The IP protocols the console names, with their IP protocol numbers (IANA): rules, packets,
 * security groups, network ACLs and captures all read names and numbers from here.
 */

/** The named protocols and their numbers, as mirror filter rules spell the names. */
export const PROTOCOL_NUMBERS = { TCP: 6, UDP: 17, ICMP: 1, ICMPV6: 58 } as const;
/** A protocol the console knows by name. */
export type NamedProtocol = keyof typeof PROTOCOL_NUMBERS;

const NAMES = new Map<number, NamedProtocol>(
  Object.entries(PROTOCOL_NUMBERS).map(([name, number]) => [number, name as NamedProtocol]),
);

/**
 * The number of a protocol named in any case (`tcp`, `Icmpv6`), or undefined for another name.
 * Why case-blind: rules echo the protocol as sent, security groups and ACLs write it in lower case.
 *
 * @example protocolNumberOf('icmpv6') // 58
 */
export function protocolNumberOf(name: string): number | undefined {
  const upper = name.toUpperCase();
  return Object.hasOwn(PROTOCOL_NUMBERS, upper) ? PROTOCOL_NUMBERS[upper as NamedProtocol] : undefined;
}

/**
 * The name of a protocol number, or undefined when the console has no name for it.
 *
 * @example protocolNameOf(17) // 'UDP'
 */
export function protocolNameOf(protocol: number): NamedProtocol | undefined {
  return NAMES.get(protocol);
}

/**
 * Only TCP and UDP carry ports: a rule with a port range matches only them.
 *
 * @example hasPorts(1) // false (ICMP)
 */
export function hasPorts(protocol: number): boolean {
  return protocol === PROTOCOL_NUMBERS.TCP || protocol === PROTOCOL_NUMBERS.UDP;
}

/**
 * The bytes of a protocol's header after the IP header: 20 for TCP (no options), 8 for UDP,
 * ICMP and ICMPv6 (up to the checksum and identifier), 0 for others.
 *
 * @example transportHeaderLength(6) // 20
 */
export function transportHeaderLength(protocol: number): number {
  if (protocol === PROTOCOL_NUMBERS.TCP) return 20;
  return protocolNameOf(protocol) === undefined ? 0 : 8;
}

/**
 * A protocol as a sentence or a table writes it: its name (`TCP`, `ICMPV6`), or `protocol 47`
 * for a number the console has no name for.
 *
 * @example protocolText(47) // 'protocol 47'
 */
export function protocolText(protocol: number): string {
  return protocolNameOf(protocol) ?? `protocol ${protocol}`;
}

/** The protocols a network ACL rule may name, as the VPC API spells them (`any` for all). */
export const NETWORK_ACL_PROTOCOLS = ['tcp', 'udp', 'icmp', 'icmpv6', 'any'] as const;

/** The protocols a security group rule may name, as the VPC API spells them (`''` for all). */
export const SECURITY_GROUP_PROTOCOLS = ['', 'tcp', 'udp', 'icmp', 'icmpv6'] as const;
