/**
 * Small hand-built inventory and resource builders for the domain's tests. Not used by the
 * application.
 *
 * VPC a (192.168.0.0/24 sources, 10.10.0.0/24 targets) peers actively with VPC b, has only a
 * pending peering with VPC c, shares enterprise router er-1 with VPC d; VPC e is isolated.
 */
import type {
  Inventory,
  NetworkAclRule,
  Port,
  SecurityGroupRule,
  Server,
  Subnet,
  TrafficMirrorFilter,
  TrafficMirrorFilterRule,
  TrafficMirrorSession,
} from './types';
import type { Snapshot } from './violations';

const TIME = '2024-04-22T08:00:00Z';

function subnet(id: string, vpc_id: string, cidr: string): Subnet {
  return {
    id,
    name: id,
    cidr,
    vpc_id,
    gateway_ip: '',
    availability_zone: 'az1',
    ipv6_enable: false,
    cidr_v6: '',
  };
}

function server(id: string, flavor: string): Server {
  return {
    id,
    name: id,
    status: 'ACTIVE',
    flavor: { id: flavor, name: flavor, vcpus: '2', ram: '4096' },
    availability_zone: 'az1',
  };
}

/** A port; `ips` are `[subnet_id, address]` pairs. */
export function makePort(
  id: string,
  device_id: string,
  ips: [string, string][],
  extra: Partial<Port> = {},
): Port {
  return {
    id,
    name: `eni-${id}`,
    device_id,
    device_owner: 'compute:az1',
    network_id: ips[0]?.[0] ?? '',
    fixed_ips: ips.map(([subnet_id, ip_address]) => ({ subnet_id, ip_address })),
    security_groups: [],
    mac_address: 'fa:16:3e:00:00:01',
    status: 'ACTIVE',
    mtu: 1400,
    ...extra,
  };
}

/** A security group rule allowing everything unless overridden. */
export function makeSgRule(extra: Partial<SecurityGroupRule> = {}): SecurityGroupRule {
  return {
    id: 'sgr',
    security_group_id: 'sg-target',
    direction: 'ingress',
    ethertype: 'IPv4',
    protocol: '',
    multiport: '',
    remote_ip_prefix: '',
    action: 'allow',
    priority: 1,
    description: '',
    ...extra,
  };
}

/** A network ACL rule matching every IPv4 packet unless overridden. */
export function makeAclRule(extra: Partial<NetworkAclRule> = {}): NetworkAclRule {
  return {
    id: 'aclr',
    name: 'aclr',
    action: 'allow',
    protocol: 'any',
    ip_version: 4,
    source_ip_address: '',
    destination_ip_address: '',
    source_port: '',
    destination_port: '',
    enabled: true,
    ...extra,
  };
}

/** The inventory described at the top of this file. */
export function makeInventory(): Inventory {
  const vpcs = ['vpc-a', 'vpc-b', 'vpc-c', 'vpc-d', 'vpc-e'].map((id) => ({
    id,
    name: id,
    cidr: '10.0.0.0/8',
    status: 'OK' as const,
    description: '',
  }));
  return {
    vpcs,
    subnets: [
      subnet('sub-a', 'vpc-a', '192.168.0.0/24'),
      subnet('sub-t', 'vpc-a', '10.10.0.0/24'),
      subnet('sub-b', 'vpc-b', '172.16.0.0/24'),
      subnet('sub-c', 'vpc-c', '172.17.0.0/24'),
      subnet('sub-d', 'vpc-d', '172.18.0.0/24'),
      subnet('sub-e', 'vpc-e', '172.19.0.0/24'),
    ],
    peerings: [
      peering('peer-ab', 'vpc-b', 'vpc-a', 'ACTIVE'),
      peering('peer-ac', 'vpc-a', 'vpc-c', 'PENDING_ACCEPTANCE'),
    ],
    enterprise_router_attachments: [
      {
        id: 'att-a',
        er_id: 'er-1',
        resource_id: 'vpc-a',
        resource_type: 'vpc',
        state: 'available',
      },
      {
        id: 'att-d',
        er_id: 'er-1',
        resource_id: 'vpc-d',
        resource_type: 'vpc',
        state: 'available',
      },
      {
        id: 'att-e',
        er_id: 'er-1',
        resource_id: 'vpc-e',
        resource_type: 'vpc',
        state: 'pending',
      },
    ],
    servers: [
      server('srv-1', 'c7t.large.2'),
      server('srv-2', 'c7t.xlarge.2'),
      server('srv-3', 'c7t.large.2'),
      server('srv-b', 'c7t.large.2'),
      server('srv-c', 'c7t.large.2'),
      server('srv-d', 'c7t.large.2'),
      server('srv-e', 'c7t.large.2'),
      server('srv-s6', 's6.large.2'),
      server('srv-t', 's6.large.2'),
    ],
    ports: [
      makePort('p1', 'srv-1', [['sub-a', '192.168.0.27']]),
      makePort('p2', 'srv-2', [['sub-a', '192.168.0.28']], { mtu: 1500 }),
      makePort('p3', 'srv-3', [['sub-a', '192.168.0.29']]),
      makePort('pb', 'srv-b', [['sub-b', '172.16.0.5']]),
      makePort('pc', 'srv-c', [['sub-c', '172.17.0.5']]),
      makePort('pd', 'srv-d', [['sub-d', '172.18.0.5']]),
      makePort('pe', 'srv-e', [['sub-e', '172.19.0.5']]),
      makePort('p-s6', 'srv-s6', [['sub-a', '192.168.0.40']]),
      makePort('p-loose', '', [['sub-a', '192.168.0.41']]),
      makePort('pt', 'srv-t', [['sub-t', '10.10.0.8']], { security_groups: ['sg-target'] }),
      makePort('pt2', 'srv-t', [['sub-t', '10.10.0.9']], { security_groups: ['sg-target'] }),
    ],
    load_balancers: [
      {
        id: 'lb-1',
        name: 'lb-1',
        description: '',
        vip_address: '10.10.0.5',
        vip_subnet_cidr_id: 'sub-t',
        vip_port_id: 'vip-port',
        vpc_id: 'vpc-a',
        provisioning_status: 'ACTIVE',
        guaranteed: true,
      },
    ],
    security_groups: [{ id: 'sg-target', name: 'sg-target', description: '' }],
    security_group_rules: [
      makeSgRule({
        id: 'sgr-vxlan',
        protocol: 'udp',
        multiport: '4789',
        remote_ip_prefix: '192.168.0.27/32',
      }),
    ],
    network_acls: [
      {
        id: 'acl-t',
        name: 'acl-t',
        admin_state_up: true,
        associations: [{ virsubnet_id: 'sub-t' }],
        ingress_rules: [
          makeAclRule({
            id: 'acl-vxlan',
            name: 'vxlan',
            protocol: 'udp',
            source_ip_address: '192.168.0.27/32',
            destination_port: '4789',
          }),
          makeAclRule({ id: 'acl-deny', name: 'deny-all', action: 'deny' }),
        ],
        egress_rules: [],
      },
    ],
  };
}

function peering(id: string, request: string, accept: string, status: 'ACTIVE' | 'PENDING_ACCEPTANCE') {
  return {
    id,
    name: id,
    status,
    request_vpc_info: { vpc_id: request, tenant_id: 't' },
    accept_vpc_info: { vpc_id: accept, tenant_id: 't' },
  };
}

/** A session from p1 to the ENI pt with filter f-1 at priority 1, unless overridden. */
export function makeSession(extra: Partial<TrafficMirrorSession> = {}): TrafficMirrorSession {
  return {
    id: 's-1',
    project_id: 'proj',
    name: 's-1',
    description: '',
    traffic_mirror_filter_id: 'f-1',
    traffic_mirror_sources: ['p1'],
    traffic_mirror_target_id: 'pt',
    traffic_mirror_target_type: 'eni',
    priority: 1,
    virtual_network_id: 1,
    packet_length: 96,
    enabled: true,
    type: 'eni',
    created_at: TIME,
    updated_at: TIME,
    ...extra,
  };
}

/** An accept-all IPv4 inbound rule of f-1 at priority 1, unless overridden. */
export function makeRule(extra: Partial<TrafficMirrorFilterRule> = {}): TrafficMirrorFilterRule {
  return {
    id: 'r-1',
    project_id: 'proj',
    traffic_mirror_filter_id: 'f-1',
    direction: 'ingress',
    protocol: 'ALL',
    ethertype: 'IPv4',
    action: 'accept',
    priority: 1,
    source_cidr_block: '',
    destination_cidr_block: '',
    source_port_range: '',
    destination_port_range: '',
    description: '',
    created_at: TIME,
    updated_at: TIME,
    ...extra,
  };
}

/** Filter f-1 with one inbound and one outbound rule, unless overridden. */
export function makeFilter(extra: Partial<TrafficMirrorFilter> = {}): TrafficMirrorFilter {
  return {
    id: 'f-1',
    project_id: 'proj',
    name: 'f-1',
    description: '',
    type: 'eni',
    ingress_rules: [makeRule()],
    egress_rules: [makeRule({ id: 'r-2', direction: 'egress' })],
    created_at: TIME,
    updated_at: TIME,
    ...extra,
  };
}

/** A snapshot over the fixture inventory with filter f-1 and the given sessions. */
export function makeSnapshot(sessions: TrafficMirrorSession[] = [], extra: Partial<Snapshot> = {}): Snapshot {
  return { sessions, filters: [makeFilter()], inventory: makeInventory(), ...extra };
}
