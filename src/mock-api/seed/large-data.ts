/**
 * The large data set: exactly the region quota of 20,000 mirror sessions, with the
 * interfaces, filters and load balancers needed to respect every other quota and constraint:
 * 6,667 c7t interfaces (at most 3 sessions each, priorities 1-3 so C4 holds), 100 load
 * balancers (200 sessions each), 20 filters (1,000 sessions each, 2 rules), all in one VPC.
 * Ids are deterministic: region number 99 of `seedId`.
 */
import { DEFAULT_QUOTAS } from '@/domain/model/quotas';
import { emptyStoreData, type StoreData } from '../store/rows';
import { flavorOf } from './builder-specs';
import { seedId, seedMac, seedTime, type SeedKind } from './ids';

/** Region number of `seedId` reserved for the large data set. */
export const LARGE_REGION = 99;
const SESSIONS = DEFAULT_QUOTAS.sessions_per_region;
const PER_SOURCE = DEFAULT_QUOTAS.sessions_per_source;
const PER_TARGET = DEFAULT_QUOTAS.sessions_per_elb_target;
const PER_FILTER = DEFAULT_QUOTAS.sessions_per_filter;

/** The id of the `n`th large-set resource of `kind`. */
export const largeId = (kind: SeedKind, n: number) => seedId(kind, LARGE_REGION, n);

/** The first characters every large-set id of `kind` starts with. */
export const largeIdPrefix = (kind: SeedKind) => largeId(kind, 0).slice(0, 26);

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The address of host number `n` counted from 10.128.0.0. */
function hostIp(n: number): string {
  return `10.${128 + Math.floor(n / 65536)}.${Math.floor(n / 256) % 256}.${n % 256}`;
}

/**
 * The rows of the large data set for project `project_id` (no project row: the project
 * exists already).
 *
 * @example largeData('p').sessions.length // 20000
 */
export function largeData(project_id: string): StoreData {
  const data = emptyStoreData();
  const own = { project_id };
  const vpc = largeId('vpc', 1);
  const subnet = largeId('subnet', 1);
  const lbSubnet = largeId('subnet', 2);
  const group = largeId('securityGroup', 1);
  data.vpcs.push({
    ...own,
    id: vpc,
    name: 'vpc-scale',
    cidr: '10.128.0.0/12',
    status: 'OK',
    description: 'Large data set',
  });
  const subnetOf = (id: string, name: string, cidr: string, gateway_ip: string) =>
    data.subnets.push({
      ...own,
      id,
      name,
      cidr,
      vpc_id: vpc,
      gateway_ip,
      availability_zone: '',
      ipv6_enable: false,
      cidr_v6: '',
    });
  subnetOf(subnet, 'subnet-scale-apps', '10.128.0.0/16', '10.128.0.1');
  subnetOf(lbSubnet, 'subnet-scale-collectors', '10.140.0.0/24', '10.140.0.1');
  data.securityGroups.push({ ...own, id: group, name: 'sg-scale', description: 'Large data set' });
  data.securityGroupRules.push({
    ...own,
    id: largeId('securityGroupRule', 1),
    security_group_id: group,
    direction: 'ingress',
    ethertype: 'IPv4',
    protocol: 'udp',
    multiport: '4789',
    remote_ip_prefix: '10.128.0.0/12',
    action: 'allow',
    priority: 1,
    description: 'Traffic Mirroring (VXLAN)',
  });

  const sources = Math.ceil(SESSIONS / PER_SOURCE);
  for (let i = 0; i < sources; i += 1) {
    const server = largeId('server', 1 + Math.floor(i / 2));
    if (i % 2 === 0) {
      const name = `scale-app-${pad(1 + i / 2, 4)}`;
      data.servers.push({
        ...own,
        id: server,
        name,
        status: 'ACTIVE',
        flavor: flavorOf('c7t.large.2'),
        availability_zone: '',
      });
    }
    data.ports.push({
      ...own,
      id: largeId('port', 1 + i),
      name: `scale-app-${pad(1 + Math.floor(i / 2), 4)}-eth${i % 2}`,
      device_id: server,
      device_owner: 'compute:',
      network_id: subnet,
      fixed_ips: [{ subnet_id: subnet, ip_address: hostIp(256 + i) }],
      security_groups: [group],
      mac_address: seedMac(LARGE_REGION, 1 + i),
      status: 'ACTIVE',
      mtu: 1500,
    });
  }
  const targets = Math.ceil(SESSIONS / PER_TARGET);
  for (let i = 0; i < targets; i += 1) {
    const vip = `10.140.0.${10 + i}`;
    const vipPort = largeId('port', 100_000 + i);
    data.ports.push({
      ...own,
      id: vipPort,
      name: `scale-collector-${pad(1 + i, 3)}-vip`,
      device_id: '',
      device_owner: 'neutron:LOADBALANCERV3',
      network_id: lbSubnet,
      fixed_ips: [{ subnet_id: lbSubnet, ip_address: vip }],
      security_groups: [group],
      mac_address: seedMac(LARGE_REGION, 100_000 + i),
      status: 'ACTIVE',
      mtu: 1500,
    });
    data.loadBalancers.push({
      ...own,
      id: largeId('loadBalancer', 1 + i),
      name: `scale-collector-${pad(1 + i, 3)}`,
      description: 'Dedicated load balancer',
      vip_address: vip,
      vip_subnet_cidr_id: lbSubnet,
      vip_port_id: vipPort,
      vpc_id: vpc,
      provisioning_status: 'ACTIVE',
      guaranteed: true,
    });
  }
  const filters = Math.ceil(SESSIONS / PER_FILTER);
  const created_at = seedTime(0, Date.UTC(2024, 5, 1));
  for (let i = 0; i < filters; i += 1) {
    const filter = largeId('filter', 1 + i);
    data.filters.push({
      ...own,
      id: filter,
      name: `scale-filter-${pad(1 + i, 2)}`,
      description: '',
      type: 'eni',
      created_at,
      updated_at: created_at,
    });
    for (const [k, direction] of (['ingress', 'egress'] as const).entries()) {
      data.rules.push({
        ...own,
        id: largeId('rule', 1 + i * 2 + k),
        traffic_mirror_filter_id: filter,
        direction,
        protocol: 'ALL',
        ethertype: 'IPv4',
        action: 'accept',
        priority: 1,
        source_cidr_block: '',
        destination_cidr_block: '',
        source_port_range: '',
        destination_port_range: '',
        description: '',
        created_at,
        updated_at: created_at,
      });
    }
  }
  for (let i = 0; i < SESSIONS; i += 1) {
    const at = seedTime(0, Date.UTC(2024, 5, 2) + i * 1000);
    data.sessions.push({
      ...own,
      id: largeId('session', 1 + i),
      name: `scale-session-${pad(1 + i, 5)}`,
      description: '',
      traffic_mirror_filter_id: largeId('filter', 1 + Math.floor(i / PER_FILTER)),
      traffic_mirror_sources: [largeId('port', 1 + Math.floor(i / PER_SOURCE))],
      traffic_mirror_target_id: largeId('loadBalancer', 1 + Math.floor(i / PER_TARGET)),
      traffic_mirror_target_type: 'elb',
      priority: 1 + (i % PER_SOURCE),
      virtual_network_id: 1 + i,
      packet_length: 96,
      enabled: true,
      type: 'eni',
      created_at: at,
      updated_at: at,
    });
  }
  return data;
}
