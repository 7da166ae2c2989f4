/**
 * Small constructors that keep the demo data readable: each call adds one resource (and the
 * rows that come with it) to a region's `StoreData`.
 */
import type { NetworkAclRule } from '@/domain/model/types';
import type { StoreData } from '../store/rows';
import { seedId, seedMac, seedTime } from './ids';
import {
  gatewayOf,
  flavorOf,
  type AclRuleSpec,
  type FilterRuleSpec,
  type PortSpec,
  type SessionSpec,
  type SgRuleSpec,
} from './builder-specs';

/** Accumulates one region's rows. */
export class RegionBuilder {
  readonly data: StoreData;
  private sequence = 0;
  private macs = 0;
  private minutes = 0;

  constructor(
    readonly region: number,
    readonly project_id: string,
    readonly regionName: string,
    data: StoreData,
  ) {
    this.data = data;
    data.projects.push({ id: project_id, name: regionName, description: '', enabled: true });
  }

  private nextId(kind: 'securityGroupRule' | 'aclRule' | 'attachment'): string {
    this.sequence += 1;
    return seedId(kind, this.region, 1000 + this.sequence);
  }

  private nextTime(): string {
    this.minutes += 7;
    return seedTime(this.minutes);
  }

  vpc(id: string, name: string, cidr: string): void {
    this.data.vpcs.push({ id, name, cidr, status: 'OK', description: '', project_id: this.project_id });
  }

  subnet(id: string, name: string, vpc_id: string, cidr: string, cidr_v6 = ''): void {
    this.data.subnets.push({
      id,
      name,
      cidr,
      vpc_id,
      gateway_ip: gatewayOf(cidr),
      availability_zone: `${this.regionName}a`,
      ipv6_enable: cidr_v6 !== '',
      cidr_v6,
      project_id: this.project_id,
    });
  }

  peering(id: string, name: string, from: string, to: string, status: 'ACTIVE' | 'PENDING_ACCEPTANCE'): void {
    const side = (vpc_id: string) => ({ vpc_id, tenant_id: this.project_id });
    this.data.peerings.push({
      id,
      name,
      status,
      request_vpc_info: side(from),
      accept_vpc_info: side(to),
      project_id: this.project_id,
    });
  }

  router(id: string, name: string, vpcIds: string[]): void {
    this.data.routers.push({ id, name, state: 'available', project_id: this.project_id });
    for (const vpc of vpcIds) {
      this.data.attachments.push({
        id: this.nextId('attachment'),
        er_id: id,
        resource_id: vpc,
        resource_type: 'vpc',
        state: 'available',
        project_id: this.project_id,
      });
    }
  }

  server(id: string, name: string, flavor: string, status: 'ACTIVE' | 'SHUTOFF' = 'ACTIVE'): void {
    this.data.servers.push({
      id,
      name,
      status,
      flavor: flavorOf(flavor),
      availability_zone: `${this.regionName}a`,
      project_id: this.project_id,
    });
  }

  port(spec: PortSpec): void {
    this.macs += 1;
    const fixed_ips = [{ subnet_id: spec.subnet, ip_address: spec.ip }];
    if (spec.ipv6) fixed_ips.push({ subnet_id: spec.subnet, ip_address: spec.ipv6 });
    this.data.ports.push({
      id: spec.id,
      name: spec.name,
      device_id: spec.server ?? '',
      device_owner: spec.owner ?? (spec.server ? `compute:${this.regionName}a` : ''),
      network_id: spec.subnet,
      fixed_ips,
      security_groups: spec.securityGroups,
      mac_address: seedMac(this.region, this.macs),
      status: 'ACTIVE',
      mtu: spec.mtu ?? 1500,
      project_id: this.project_id,
    });
  }

  loadBalancer(
    id: string,
    name: string,
    vip: { port: string; subnet: string; vpc: string; ip: string; securityGroups: string[] },
    guaranteed = true,
  ): void {
    this.port({
      id: vip.port,
      name: `${name}-vip`,
      subnet: vip.subnet,
      ip: vip.ip,
      securityGroups: vip.securityGroups,
      owner: 'neutron:LOADBALANCERV3',
    });
    this.data.loadBalancers.push({
      id,
      name,
      description: guaranteed ? 'Dedicated load balancer' : 'Shared load balancer',
      vip_address: vip.ip,
      vip_subnet_cidr_id: vip.subnet,
      vip_port_id: vip.port,
      vpc_id: vip.vpc,
      provisioning_status: 'ACTIVE',
      guaranteed,
      project_id: this.project_id,
    });
  }

  securityGroup(id: string, name: string, description: string, inbound: SgRuleSpec[]): void {
    this.data.securityGroups.push({ id, name, description, project_id: this.project_id });
    const rules: SgRuleSpec[] = [
      ...inbound,
      { direction: 'egress', protocol: '', ports: '', remote: '', priority: 100 },
      { direction: 'egress', protocol: '', ports: '', remote: '', priority: 100, ethertype: 'IPv6' },
    ];
    for (const rule of rules) {
      this.data.securityGroupRules.push({
        id: this.nextId('securityGroupRule'),
        security_group_id: id,
        direction: rule.direction ?? 'ingress',
        ethertype: rule.ethertype ?? 'IPv4',
        protocol: rule.protocol,
        multiport: rule.ports,
        remote_ip_prefix: rule.remote,
        action: rule.action ?? 'allow',
        priority: rule.priority ?? 1,
        description: rule.description ?? '',
        project_id: this.project_id,
      });
    }
  }

  firewall(id: string, name: string, subnets: string[], ingress: AclRuleSpec[], egress: AclRuleSpec[]): void {
    const rule = (spec: AclRuleSpec, index: number): NetworkAclRule => ({
      id: this.nextId('aclRule'),
      name: spec.name ?? `rule-${index + 1}`,
      action: spec.action ?? 'allow',
      protocol: spec.protocol,
      ip_version: spec.ipVersion ?? 4,
      source_ip_address: spec.source ?? '',
      destination_ip_address: spec.destination ?? '',
      source_port: spec.sourcePort ?? '',
      destination_port: spec.destinationPort ?? '',
      enabled: true,
    });
    this.data.firewalls.push({
      id,
      name,
      admin_state_up: true,
      associations: subnets.map((virsubnet_id) => ({ virsubnet_id })),
      ingress_rules: ingress.map(rule),
      egress_rules: egress.map(rule),
      project_id: this.project_id,
    });
  }

  filter(id: string, name: string, description: string, rules: FilterRuleSpec[]): void {
    const created_at = this.nextTime();
    this.data.filters.push({
      id,
      project_id: this.project_id,
      name,
      description,
      type: 'eni',
      created_at,
      updated_at: created_at,
    });
    for (const rule of rules) {
      this.data.rules.push({
        id: rule.id,
        project_id: this.project_id,
        traffic_mirror_filter_id: id,
        direction: rule.direction,
        protocol: rule.protocol,
        ethertype: rule.ethertype ?? 'IPv4',
        action: rule.action,
        priority: rule.priority,
        source_cidr_block: rule.source ?? '',
        destination_cidr_block: rule.destination ?? '',
        source_port_range: rule.sourcePorts ?? '',
        destination_port_range: rule.destinationPorts ?? '',
        description: rule.description ?? '',
        created_at,
        updated_at: created_at,
      });
    }
  }

  session(spec: SessionSpec): void {
    const created_at = this.nextTime();
    this.data.sessions.push({
      id: spec.id,
      project_id: this.project_id,
      name: spec.name,
      description: spec.description ?? '',
      traffic_mirror_filter_id: spec.filter,
      traffic_mirror_sources: spec.sources,
      traffic_mirror_target_id: spec.target,
      traffic_mirror_target_type: spec.targetType,
      priority: spec.priority,
      virtual_network_id: spec.vni ?? 1,
      packet_length: spec.packetLength ?? 96,
      enabled: spec.enabled ?? true,
      type: 'eni',
      created_at,
      updated_at: created_at,
    });
  }
}
