/**
 * Resource types exactly as the API returns them (VPC v3 field names, docs/behaviour.md, "Resources and their fields" and
 * docs/api.md). The mock stores these shapes, the console renders them and the matcher reads them.
 */

export type Direction = 'ingress' | 'egress';
export type Ethertype = 'IPv4' | 'IPv6';
export type RuleAction = 'accept' | 'reject';
export type TargetType = 'eni' | 'elb';

export interface TrafficMirrorSession {
  id: string;
  project_id: string;
  name: string;
  description: string;
  traffic_mirror_filter_id: string;
  traffic_mirror_sources: string[];
  traffic_mirror_target_id: string;
  traffic_mirror_target_type: TargetType;
  priority: number;
  virtual_network_id: number;
  packet_length: number;
  enabled: boolean;
  type: 'eni';
  created_at: string;
  updated_at: string;
}

export interface TrafficMirrorFilterRule {
  id: string;
  project_id: string;
  traffic_mirror_filter_id: string;
  direction: Direction;
  /** As sent by the client (`TCP`, `tcp`, `All`...); compared case-blind. */
  protocol: string;
  ethertype: Ethertype;
  action: RuleAction;
  priority: number;
  /** `""` means any address. */
  source_cidr_block: string;
  destination_cidr_block: string;
  /** `"from-to"`; `""` means any port. */
  source_port_range: string;
  destination_port_range: string;
  description: string;
  created_at: string;
  updated_at: string;
}

export interface TrafficMirrorFilter {
  id: string;
  project_id: string;
  name: string;
  description: string;
  type: 'eni';
  /** Sorted by ascending priority. */
  ingress_rules: TrafficMirrorFilterRule[];
  egress_rules: TrafficMirrorFilterRule[];
  created_at: string;
  updated_at: string;
}

/* ------------------------------------------------------------------ inventory */

/** `GET /v3/projects`: one project per region; `name` is the region id. */
export interface Project {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
}

/** `GET /v1/{project_id}/vpcs` */
export interface Vpc {
  id: string;
  name: string;
  cidr: string;
  status: 'OK' | 'CREATING';
  description: string;
}

/** `GET /v1/{project_id}/subnets` */
export interface Subnet {
  id: string;
  name: string;
  cidr: string;
  vpc_id: string;
  gateway_ip: string;
  availability_zone: string;
  ipv6_enable: boolean;
  /** IPv6 CIDR, `""` when the subnet has no IPv6. */
  cidr_v6: string;
  /**
   * The id of the subnet's IPv4 subnet, which ports (`fixed_ips[].subnet_id`) and load
   * balancers (`vip_subnet_cidr_id`) name it by in the real API; absent in older data.
   */
  neutron_subnet_id?: string;
}

export interface VpcPeeringSide {
  vpc_id: string;
  tenant_id: string;
}

/** `GET /v2.0/vpc/peerings` */
export interface VpcPeering {
  id: string;
  name: string;
  status: 'ACTIVE' | 'PENDING_ACCEPTANCE' | 'REJECTED' | 'EXPIRED' | 'DELETED';
  request_vpc_info: VpcPeeringSide;
  accept_vpc_info: VpcPeeringSide;
}

/** `GET /v3/{project_id}/enterprise-router/instances` */
export interface EnterpriseRouter {
  id: string;
  name: string;
  state: 'available' | 'pending';
}

/** `GET /v3/{project_id}/enterprise-router/{er_id}/attachments` */
export interface EnterpriseRouterAttachment {
  id: string;
  /** The router this attachment belongs to (the real field name of the ER API). */
  er_id: string;
  resource_id: string;
  resource_type: 'vpc';
  state: 'available' | 'pending';
}

/** `GET /v1/{project_id}/cloudservers/detail` */
export interface Server {
  id: string;
  name: string;
  status: 'ACTIVE' | 'SHUTOFF';
  /** `flavor.id` is the flavor name, e.g. `c7t.large.2`; only c7t servers can be sources (C1). */
  flavor: { id: string; name: string; vcpus: string; ram: string };
  availability_zone: string;
}

export interface FixedIp {
  subnet_id: string;
  ip_address: string;
}

/** `GET /v1/{project_id}/ports`: an elastic network interface (ENI). */
export interface Port {
  id: string;
  name: string;
  /** The server the port is attached to (`""` when detached or owned by a load balancer). */
  device_id: string;
  device_owner: string;
  network_id: string;
  fixed_ips: FixedIp[];
  security_groups: string[];
  mac_address: string;
  status: 'ACTIVE' | 'DOWN';
  /**
   * MTU of the interface in bytes: an extension of the mock *(ours)*. The real port has no such
   * field, so nothing may require it: W3 and the packet tester assume 1500 and say so.
   */
  mtu?: number;
}

/** `GET /v3/{project_id}/elb/loadbalancers` */
export interface LoadBalancer {
  id: string;
  name: string;
  description: string;
  vip_address: string;
  vip_subnet_cidr_id: string;
  vip_port_id: string;
  vpc_id: string;
  provisioning_status: 'ACTIVE' | 'PENDING_CREATE' | 'ERROR';
  /**
   * A dedicated (`true`) or shared (`false`) load balancer. Either kind can be a mirror
   * target: copies go to its private VIP, public IP or not (docs/behaviour.md, "Concepts").
   */
  guaranteed: boolean;
}

/** `GET /v3/{project_id}/vpc/security-groups` */
export interface SecurityGroup {
  id: string;
  name: string;
  description: string;
}

/**
 * `GET /v3/{project_id}/vpc/security-group-rules`. Priority 1-100, smaller first; at equal
 * priority `deny` wins. `protocol` `""` means any; `multiport` `""` means any port, else
 * `"4789"`, `"80,443"` or `"1000-2000"`; `remote_ip_prefix` `""` means any address.
 */
export interface SecurityGroupRule {
  id: string;
  security_group_id: string;
  direction: Direction;
  ethertype: Ethertype;
  protocol: string;
  multiport: string;
  remote_ip_prefix: string;
  action: 'allow' | 'deny';
  priority: number;
  description: string;
}

/** One rule of a network ACL (VPC v3 firewall). `""` address or port means any. */
export interface NetworkAclRule {
  id: string;
  name: string;
  action: 'allow' | 'deny';
  protocol: 'tcp' | 'udp' | 'icmp' | 'icmpv6' | 'any';
  ip_version: 4 | 6;
  source_ip_address: string;
  destination_ip_address: string;
  source_port: string;
  destination_port: string;
  enabled: boolean;
}

/**
 * `GET /v3/{project_id}/vpc/firewalls`: a network ACL. Rules are evaluated in list order; a
 * packet that no rule matches is denied. A subnet with no ACL associated allows everything.
 */
export interface NetworkAcl {
  id: string;
  name: string;
  admin_state_up: boolean;
  associations: { virsubnet_id: string }[];
  ingress_rules: NetworkAclRule[];
  egress_rules: NetworkAclRule[];
}

/** One entry of `GET /v1/{project_id}/quotas` -> `quotas.resources[]`. */
export interface QuotaResource {
  type: string;
  used: number;
  quota: number;
}

/** Everything the constraints, warnings and the matcher need to know about the network. */
export interface Inventory {
  vpcs: Vpc[];
  subnets: Subnet[];
  peerings: VpcPeering[];
  enterprise_router_attachments: EnterpriseRouterAttachment[];
  servers: Server[];
  ports: Port[];
  load_balancers: LoadBalancer[];
  security_groups: SecurityGroup[];
  security_group_rules: SecurityGroupRule[];
  network_acls: NetworkAcl[];
}

/** A configuration as the matcher and the constraint checks see it. */
export interface MirrorConfig {
  sessions: TrafficMirrorSession[];
  filters: TrafficMirrorFilter[];
  inventory?: Inventory;
}
