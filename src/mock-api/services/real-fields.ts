/**
 * The inventory as the real services answer it. The store keeps what the console and the checks
 * need; these functions add, at the API's edge, the other fields the real models have (checked
 * against the official SDK models in `routes/sdk-fidelity.test.ts`) and use the real services'
 * ids where they differ from the VPC API's:
 *
 * - a subnet's `id` is its network id; its IPv4 subnet has another id, `neutron_subnet_id`, and
 *   that is the id a port's `fixed_ips[].subnet_id` and a load balancer's `vip_subnet_cidr_id`
 *   carry (the store keeps the subnet's `id` there; `neutronSubnetId` derives the other);
 * - ECS names the availability zone `OS-EXT-AZ:availability_zone`.
 */
import { seedTime } from '../seed/ids';

type Row = Record<string, unknown> & { id: string; project_id: string };

/** When the demo inventory was "created" (inventory rows have no time of their own). */
const CREATED = seedTime(0);
/** The internal DNS servers a Huawei Cloud subnet gets by default. */
const DNS = ['100.125.1.250', '100.125.21.250'];
/** The account's IAM domain (every project of the demo belongs to one account). */
export const DEMO_DOMAIN_ID = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';

function fnv(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The id of a subnet's IPv4 subnet (the real API's `neutron_subnet_id`): a UUID derived from the
 * subnet's id, so that it is stable and never equal to it.
 *
 * @example neutronSubnetId('a2000000-0000-4000-8000-010000000001') // 'xxxxxxxx-xxxx-4xxx-9xxx-xxxxxxxxxxxx'
 */
export function neutronSubnetId(subnetId: string): string {
  const hex = [0x811c9dc5, 0x01000193, 0x5bd1e995, 0x27d4eb2f].map((seed) => fnv(subnetId, seed)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-9${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const common = (row: Row) => ({ tenant_id: row.project_id, created_at: CREATED, updated_at: CREATED });

/** The real model's fields the store does not keep, per table (stored values win). */
const DEFAULTS: Partial<Record<string, (row: Row) => object>> = {
  vpcs: (row) => ({ routes: [], enterprise_project_id: '0', ...common(row) }),
  subnets: (row) => ({
    description: '',
    dhcp_enable: true,
    primary_dns: DNS[0],
    secondary_dns: DNS[1],
    dnsList: DNS,
    status: 'ACTIVE',
    gateway_ip_v6: '',
    neutron_network_id: row.id,
    neutron_subnet_id: neutronSubnetId(row.id),
    neutron_subnet_id_v6: row.cidr_v6 ? neutronSubnetId(`${row.id}/v6`) : '',
    extra_dhcp_opts: [],
    ...common(row),
  }),
  ports: (row) => ({
    admin_state_up: true,
    allowed_address_pairs: [],
    extra_dhcp_opts: [],
    dns_assignment: [],
    dns_name: '',
    'binding:vnic_type': 'normal',
    'binding:vif_details': {},
    'binding:profile': {},
    instance_id: row.device_id,
    instance_type: row.device_id ? 'ecs' : '',
    port_security_enabled: true,
    zone_id: '',
    enable_efi: false,
    ipv6_bandwidth_id: '',
    tenant_id: row.project_id,
  }),
  peerings: () => ({ description: '', created_at: CREATED, updated_at: CREATED }),
  securityGroups: (row) => ({
    project_id: row.project_id,
    enterprise_project_id: '0',
    tags: [],
    created_at: CREATED,
    updated_at: CREATED,
  }),
  securityGroupRules: (row) => ({
    remote_group_id: '',
    remote_address_group_id: '',
    enabled: true,
    project_id: row.project_id,
    created_at: CREATED,
    updated_at: CREATED,
  }),
  firewalls: (row) => ({
    description: '',
    status: 'ACTIVE',
    enterprise_project_id: '0',
    tags: [],
    project_id: row.project_id,
    created_at: CREATED,
    updated_at: CREATED,
  }),
};

/** Ids the real services give in another form than the store keeps them (they win). */
const REAL_IDS: Partial<Record<string, (row: Row) => object>> = {
  ports: (row) => ({
    fixed_ips: (row.fixed_ips as { subnet_id: string; ip_address: string }[]).map((fixed) => ({
      ...fixed,
      subnet_id: neutronSubnetId(fixed.subnet_id),
    })),
  }),
  loadBalancers: (row) => ({ vip_subnet_cidr_id: neutronSubnetId(String(row.vip_subnet_cidr_id)) }),
};

/**
 * A stored inventory row as the real API answers it: the stored fields (without the store's
 * `project_id`, unless the real resource has one), the real model's other fields, and the real
 * ids where they differ.
 *
 * @example presentInventory('subnets', row).neutron_subnet_id // neutronSubnetId(row.id)
 */
export function presentInventory(table: string, row: Row): Record<string, unknown> {
  const { project_id: _project, ...stored } = row;
  if (table === 'servers') return presentServer(stored, row.project_id);
  return { ...DEFAULTS[table]?.(row), ...stored, ...REAL_IDS[table]?.(row) };
}

function presentServer(stored: Record<string, unknown>, project_id: string): Record<string, unknown> {
  const { availability_zone, ...rest } = stored;
  return {
    ...rest,
    'OS-EXT-AZ:availability_zone': availability_zone,
    tenant_id: project_id,
    user_id: DEMO_DOMAIN_ID,
    key_name: '',
    metadata: {},
    locked: false,
    accessIPv4: '',
    accessIPv6: '',
    host_status: 'UP',
    'OS-EXT-STS:vm_state': stored.status === 'ACTIVE' ? 'active' : 'stopped',
    'OS-EXT-STS:power_state': stored.status === 'ACTIVE' ? 1 : 4,
    created: CREATED,
    updated: CREATED,
  };
}
