import type { QuotaValues } from '@/domain/model/quotas';
import { DEFAULT_QUOTAS } from '@/domain/model/quotas';
import type { Inventory, TrafficMirrorFilter, TrafficMirrorSession } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';

/** The filter checks (C5, rules per direction, C6 on delete) read no network inventory. */
const noInventory: Inventory = {
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
 * A snapshot for the domain's filter and rule checks: the filters, the sessions that use
 * them and the quotas in force.
 *
 * @example validateFilterDelete(filterSnapshot([filter], sessions), filter.id)
 */
export function filterSnapshot(
  filters: readonly TrafficMirrorFilter[],
  sessions: readonly TrafficMirrorSession[],
  quotas: QuotaValues = DEFAULT_QUOTAS,
): Snapshot {
  return { filters, sessions, inventory: noInventory, quotas };
}
