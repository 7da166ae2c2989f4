import { directionLabel } from '@/domain/model/direction-words';

/** The choices of the packet form's selects. */
export const directionOptions = [
  { value: 'auto', label: 'From the addresses' },
  { value: 'ingress', label: `${directionLabel('ingress')} (received)` },
  { value: 'egress', label: `${directionLabel('egress')} (sent)` },
];
/** IPv4 or IPv6. */
export const ethertypeOptions = [
  { value: 'IPv4', label: 'IPv4' },
  { value: 'IPv6', label: 'IPv6' },
];
/** The protocols, ICMPv6 spelled as people write it. */
export const protocolOptions = [
  { value: 'TCP', label: 'TCP' },
  { value: 'UDP', label: 'UDP' },
  { value: 'ICMP', label: 'ICMP' },
  { value: 'ICMPV6', label: 'ICMPv6' },
  { value: 'OTHER', label: 'Other (number)' },
];
