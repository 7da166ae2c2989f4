/**
 * Whether two VPCs can exchange traffic (C3): the same VPC, an ACTIVE VPC peering between them
 * (either side may have requested it), or both attached (state `available`) to the same
 * enterprise router.
 */
import type { Inventory } from '../model/types';

export interface VpcConnection {
  connected: boolean;
  via: 'same-vpc' | 'peering' | 'enterprise-router' | null;
  peering_id?: string;
  enterprise_router_id?: string;
}

/**
 * How VPC `vpcA` reaches VPC `vpcB`, checked in this order: same VPC, active peering,
 * shared enterprise router. Pending or rejected peerings and pending attachments do not count.
 *
 * @example vpcsConnected(inventory, 'vpc-a', 'vpc-b') // { connected: true, via: 'peering', peering_id: 'peer-1' }
 */
export function vpcsConnected(inventory: Inventory, vpcA: string, vpcB: string): VpcConnection {
  if (vpcA === vpcB) return { connected: true, via: 'same-vpc' };
  const peering = inventory.peerings.find((p) => {
    if (p.status !== 'ACTIVE') return false;
    const ends = [p.request_vpc_info.vpc_id, p.accept_vpc_info.vpc_id];
    return ends.includes(vpcA) && ends.includes(vpcB);
  });
  if (peering) return { connected: true, via: 'peering', peering_id: peering.id };
  const routersOf = (vpc: string) =>
    new Set(
      inventory.enterprise_router_attachments
        .filter((a) => a.resource_type === 'vpc' && a.state === 'available' && a.resource_id === vpc)
        .map((a) => a.er_id),
    );
  const routersB = routersOf(vpcB);
  const shared = [...routersOf(vpcA)].find((id) => routersB.has(id));
  if (shared !== undefined)
    return { connected: true, via: 'enterprise-router', enterprise_router_id: shared };
  return { connected: false, via: null };
}
