/**
 * Small lookups over the inventory used by the constraints, the warnings, the matcher and
 * the UI: a port and its server, subnet, VPC and addresses; where a mirror target lives.
 */
import { parseIp } from '../net/address';
import type { Inventory, LoadBalancer, Port, Server, Subnet, TargetType } from '../model/types';
import { listIndex } from './list-index';

const portById = listIndex((port: Port) => [port.id]);
const serverById = listIndex((server: Server) => [server.id]);
const subnetById = listIndex((subnet: Subnet) => [subnet.id]);
const subnetByEitherId = listIndex((subnet: Subnet) => [subnet.id, subnet.neutron_subnet_id]);

/**
 * An inventory with nothing in it, for checks that read no network (filters, rules, quotas).
 * Shared: never change its lists.
 */
export const EMPTY_INVENTORY: Inventory = {
  vpcs: [],
  subnets: [],
  peerings: [],
  enterprise_router_attachments: [],
  servers: [],
  ports: [],
  load_balancers: [],
  security_groups: [],
  security_group_rules: [],
  network_acls: [],
};

/**
 * The port (ENI) with this id.
 *
 * @example findPort(inventory, 'port-b')?.name // 'eni-b'
 */
export function findPort(inventory: Inventory, portId: string): Port | undefined {
  return portById(inventory.ports, portId);
}

/**
 * The server a port is attached to (`device_id`), if any.
 *
 * @example serverOfPort(inventory, port)?.flavor.id // 'c7t.large.2'
 */
export function serverOfPort(inventory: Inventory, port: Port): Server | undefined {
  return port.device_id === '' ? undefined : serverById(inventory.servers, port.device_id);
}

/**
 * Whether the port is an ENI of a c7t ECS (its server's flavor starts with `c7t.`), the only
 * kind that can be a mirror source (C1). An unknown or detached port is not.
 *
 * @example isC7tPort(inventory, 'port-b') // true when port-b is on a c7t.large.2 server
 */
export function isC7tPort(inventory: Inventory, portId: string): boolean {
  const port = findPort(inventory, portId);
  const server = port && serverOfPort(inventory, port);
  return server !== undefined && server.flavor.id.toLowerCase().startsWith('c7t.');
}

/**
 * The subnet an id names. A subnet has two ids in the real API: its own (`id`, also the
 * network id) and that of its IPv4 subnet (`neutron_subnet_id`), which is what a port's
 * `fixed_ips[].subnet_id` and a load balancer's `vip_subnet_cidr_id` carry. Either finds it.
 *
 * @example findSubnet(inventory, lb.vip_subnet_cidr_id)?.name // 'lb-subnet'
 */
export function findSubnet(inventory: Inventory, id: string): Subnet | undefined {
  return subnetByEitherId(inventory.subnets, id);
}

/**
 * The port's subnet: its network (`network_id`, the subnet's id), else that of its first
 * fixed IP whose subnet is known.
 *
 * @example portSubnet(inventory, port)?.cidr // '192.168.0.0/24'
 */
export function portSubnet(inventory: Inventory, port: Port): Subnet | undefined {
  const network = port.network_id ? subnetById(inventory.subnets, port.network_id) : undefined;
  if (network) return network;
  for (const fixed of port.fixed_ips) {
    const subnet = findSubnet(inventory, fixed.subnet_id);
    if (subnet) return subnet;
  }
  return undefined;
}

/**
 * The id of the VPC the port is in (its subnet's VPC).
 *
 * @example portVpcId(inventory, port) // 'vpc-1'
 */
export function portVpcId(inventory: Inventory, port: Port): string | undefined {
  return portSubnet(inventory, port)?.vpc_id;
}

function firstAddress(port: Port, family: 4 | 6): string | undefined {
  return port.fixed_ips.find((f) => parseIp(f.ip_address)?.family === family)?.ip_address;
}

/**
 * The port's primary IPv4 address (its first IPv4 fixed IP): the outer source of the VXLAN
 * copies it sends and the address W1/W2 look for in the target's rules.
 *
 * @example portIpv4(port) // '192.168.0.27'
 */
export function portIpv4(port: Port): string | undefined {
  return firstAddress(port, 4);
}

/**
 * The port's first IPv6 address, if it has one.
 *
 * @example portIpv6(port) // '2001:db8::27'
 */
export function portIpv6(port: Port): string | undefined {
  return firstAddress(port, 6);
}

/** Where a mirror target lives and how copies reach it. */
export interface TargetEndpoint {
  type: TargetType;
  id: string;
  name: string;
  /** IPv4 address copies are sent to: the ENI's primary IPv4 or the load balancer's VIP. */
  address: string | undefined;
  ipv6: string | undefined;
  vpc_id: string | undefined;
  subnet_id: string | undefined;
  /** Security groups that filter copies at the target; none for a load balancer. */
  security_group_ids: string[];
  port?: Port;
  load_balancer?: LoadBalancer;
}

/**
 * The address, VPC, subnet and security groups of an `eni` or `elb` mirror target, or
 * undefined when no such resource exists. A load balancer's subnet is the one its
 * `vip_subnet_cidr_id` names (`findSubnet`) and it has no security group of its own.
 *
 * @example targetEndpoint(inventory, 'elb', 'lb-1')?.address // '10.10.0.5' (the VIP)
 */
export function targetEndpoint(
  inventory: Inventory,
  type: TargetType,
  id: string,
): TargetEndpoint | undefined {
  if (type === 'eni') {
    const port = findPort(inventory, id);
    if (!port) return undefined;
    const subnet = portSubnet(inventory, port);
    return {
      type,
      id,
      name: port.name,
      address: portIpv4(port),
      ipv6: portIpv6(port),
      vpc_id: subnet?.vpc_id,
      subnet_id: subnet?.id,
      security_group_ids: [...port.security_groups],
      port,
    };
  }
  const lb = inventory.load_balancers.find((l) => l.id === id);
  if (!lb) return undefined;
  const ip = parseIp(lb.vip_address);
  return {
    type,
    id,
    name: lb.name,
    address: ip?.family === 4 ? lb.vip_address : undefined,
    ipv6: ip?.family === 6 ? lb.vip_address : undefined,
    vpc_id: lb.vpc_id,
    subnet_id: findSubnet(inventory, lb.vip_subnet_cidr_id)?.id ?? lb.vip_subnet_cidr_id,
    security_group_ids: [],
    load_balancer: lb,
  };
}

/**
 * A VPC as messages name it, the way the tables show it: by its name, with the id only when
 * the inventory has no name for it.
 *
 * @example vpcLabel(inventory, 'a1000000-...') // 'VPC "vpc-prod"'
 */
export function vpcLabel(inventory: Inventory, vpcId: string): string {
  const name = inventory.vpcs.find((v) => v.id === vpcId)?.name;
  return name ? `VPC "${name}"` : `VPC ${vpcId}`;
}
