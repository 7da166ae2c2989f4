/** Shapes the demo-data builder takes, and small helpers it uses. */
import type { Direction, Ethertype, NetworkAclRule, TargetType } from '@/domain/model/types';

const SIZES: Record<string, number> = { medium: 1, large: 2, xlarge: 4, '2xlarge': 8, '4xlarge': 16 };

/** `flavor` of a server from its name, e.g. `c7t.large.2` -> 2 vCPUs, 4096 MiB. */
export function flavorOf(name: string) {
  const [, size = 'large', ratio = '2'] = name.split('.');
  const vcpus = SIZES[size] ?? 2;
  return { id: name, name, vcpus: String(vcpus), ram: String(vcpus * Number(ratio) * 1024) };
}

/** First host of an IPv4 CIDR (the subnet gateway), e.g. 10.0.1.0/24 -> 10.0.1.1. */
export function gatewayOf(cidr: string): string {
  const [address = ''] = cidr.split('/');
  const parts = address.split('.').map(Number);
  parts[3] = (parts[3] ?? 0) + 1;
  return parts.join('.');
}

export interface PortSpec {
  id: string;
  name: string;
  server?: string;
  subnet: string;
  ip: string;
  ipv6?: string;
  securityGroups: string[];
  mtu?: number;
  owner?: string;
}

export interface SgRuleSpec {
  direction?: Direction;
  ethertype?: Ethertype;
  protocol: string;
  ports: string;
  remote: string;
  action?: 'allow' | 'deny';
  priority?: number;
  description?: string;
}

export interface AclRuleSpec {
  name?: string;
  action?: 'allow' | 'deny';
  protocol: NetworkAclRule['protocol'];
  ipVersion?: 4 | 6;
  source?: string;
  destination?: string;
  sourcePort?: string;
  destinationPort?: string;
}

export interface FilterRuleSpec {
  id: string;
  direction: Direction;
  priority: number;
  protocol: string;
  action: 'accept' | 'reject';
  ethertype?: Ethertype;
  source?: string;
  destination?: string;
  sourcePorts?: string;
  destinationPorts?: string;
  description?: string;
}

export interface SessionSpec {
  id: string;
  name: string;
  description?: string;
  filter: string;
  sources: string[];
  target: string;
  targetType: TargetType;
  priority: number;
  vni?: number;
  packetLength?: number;
  enabled?: boolean;
}
