import { EMPTY_INVENTORY } from '@/domain/network/inventory-lookup';
import type { QuotaValues } from '@/domain/model/quotas';
import { DEFAULT_QUOTAS } from '@/domain/model/quotas';
import type { TrafficMirrorFilter, TrafficMirrorSession } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';

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
  return { filters, sessions, inventory: EMPTY_INVENTORY, quotas };
}
