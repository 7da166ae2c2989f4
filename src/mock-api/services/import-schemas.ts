/**
 * Shapes of the rows an import may hold (the types of src/domain/model/types.ts). Field
 * rules of Traffic Mirroring resources are checked on top of these with the domain schemas.
 */
import { z } from 'zod';
import { NETWORK_ACL_PROTOCOLS } from '@/domain/net/protocols';

const id = z.string().min(1);
const text = z.string();
const time = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, { error: 'Use YYYY-MM-DDThh:mm:ssZ.' });
const int = z.number().int();
const owned = { id, project_id: id };
const direction = z.enum(['ingress', 'egress']);
const ethertype = z.enum(['IPv4', 'IPv6']);

const aclRule = z.object({
  id,
  name: text,
  action: z.enum(['allow', 'deny']),
  protocol: z.enum(NETWORK_ACL_PROTOCOLS),
  ip_version: z.union([z.literal(4), z.literal(6)]),
  source_ip_address: text,
  destination_ip_address: text,
  source_port: text,
  destination_port: text,
  enabled: z.boolean(),
});
const side = z.object({ vpc_id: id, tenant_id: text });

/** One zod schema per data table. */
export const ROW_SCHEMAS = {
  projects: z.object({ id, name: z.string().min(1), description: text, enabled: z.boolean() }),
  sessions: z.object({
    ...owned,
    name: text,
    description: text,
    traffic_mirror_filter_id: id,
    traffic_mirror_sources: z.array(id),
    traffic_mirror_target_id: id,
    traffic_mirror_target_type: z.enum(['eni', 'elb']),
    priority: int,
    virtual_network_id: int,
    packet_length: int,
    enabled: z.boolean(),
    type: z.literal('eni'),
    created_at: time,
    updated_at: time,
  }),
  filters: z.object({
    ...owned,
    name: text,
    description: text,
    type: z.literal('eni'),
    created_at: time,
    updated_at: time,
  }),
  rules: z.object({
    ...owned,
    traffic_mirror_filter_id: id,
    direction,
    protocol: text,
    ethertype,
    action: z.enum(['accept', 'reject']),
    priority: int,
    source_cidr_block: text,
    destination_cidr_block: text,
    source_port_range: text,
    destination_port_range: text,
    description: text,
    created_at: time,
    updated_at: time,
  }),
  vpcs: z.object({ ...owned, name: text, cidr: text, status: z.enum(['OK', 'CREATING']), description: text }),
  subnets: z.object({
    ...owned,
    name: text,
    cidr: text,
    vpc_id: id,
    gateway_ip: text,
    availability_zone: text,
    ipv6_enable: z.boolean(),
    cidr_v6: text,
  }),
  peerings: z.object({
    ...owned,
    name: text,
    status: z.enum(['ACTIVE', 'PENDING_ACCEPTANCE', 'REJECTED', 'EXPIRED', 'DELETED']),
    request_vpc_info: side,
    accept_vpc_info: side,
  }),
  routers: z.object({ ...owned, name: text, state: z.enum(['available', 'pending']) }),
  attachments: z.object({
    ...owned,
    er_id: id,
    resource_id: id,
    resource_type: z.literal('vpc'),
    state: z.enum(['available', 'pending']),
  }),
  servers: z.object({
    ...owned,
    name: text,
    status: z.enum(['ACTIVE', 'SHUTOFF']),
    flavor: z.object({ id: text, name: text, vcpus: text, ram: text }),
    availability_zone: text,
  }),
  ports: z.object({
    ...owned,
    name: text,
    device_id: text,
    device_owner: text,
    network_id: text,
    fixed_ips: z.array(z.object({ subnet_id: id, ip_address: text })),
    security_groups: z.array(id),
    mac_address: text,
    status: z.enum(['ACTIVE', 'DOWN']),
    mtu: int.min(68).max(65535),
  }),
  loadBalancers: z.object({
    ...owned,
    name: text,
    description: text,
    vip_address: text,
    vip_subnet_cidr_id: text,
    vip_port_id: text,
    vpc_id: id,
    provisioning_status: z.enum(['ACTIVE', 'PENDING_CREATE', 'ERROR']),
    guaranteed: z.boolean(),
  }),
  securityGroups: z.object({ ...owned, name: text, description: text }),
  securityGroupRules: z.object({
    ...owned,
    security_group_id: id,
    direction,
    ethertype,
    protocol: text,
    multiport: text,
    remote_ip_prefix: text,
    action: z.enum(['allow', 'deny']),
    priority: int,
    description: text,
  }),
  firewalls: z.object({
    ...owned,
    name: text,
    admin_state_up: z.boolean(),
    associations: z.array(z.object({ virsubnet_id: id })),
    ingress_rules: z.array(aclRule),
    egress_rules: z.array(aclRule),
  }),
} as const;
