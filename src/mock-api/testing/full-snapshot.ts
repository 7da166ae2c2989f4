/**
 * Test support: the region's whole snapshot (every session and filter, the whole network),
 * as writes loaded it before they read only what their checks need. The property tests
 * compare the answers of the partial snapshots with the answers on this one.
 */
import type { Inventory } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { mirroringRowsOf, type MockDb } from '../store/db';
import { quotasOf, readSettings } from '../store/settings';
import { loadProjectFilters } from '../services/filter-assembly';
import { withoutProject } from '../services/inventory';

/** Each inventory list and the table that holds it. */
const INVENTORY_TABLES = {
  vpcs: 'vpcs',
  subnets: 'subnets',
  peerings: 'peerings',
  enterprise_router_attachments: 'attachments',
  servers: 'servers',
  ports: 'ports',
  load_balancers: 'loadBalancers',
  security_groups: 'securityGroups',
  security_group_rules: 'securityGroupRules',
  network_acls: 'firewalls',
} as const satisfies Record<keyof Inventory, keyof MockDb>;

async function loadInventory(db: MockDb, project_id: string): Promise<Inventory> {
  const lists = await Promise.all(
    Object.entries(INVENTORY_TABLES).map(async ([key, table]) => {
      const rows = await db
        .table<{ project_id: string }>(table)
        .where('project_id')
        .equals(project_id)
        .toArray();
      return [key, rows.map(withoutProject)] as const;
    }),
  );
  return Object.fromEntries(lists) as unknown as Inventory;
}

/** The project's whole snapshot: every session and filter (with rules), the network, the quotas. */
export async function loadFullSnapshot(db: MockDb, project_id: string): Promise<Snapshot> {
  const [settings, sessions, filters, inventory] = await Promise.all([
    readSettings(db),
    mirroringRowsOf(db.sessions, project_id).toArray(),
    loadProjectFilters(db, project_id),
    loadInventory(db, project_id),
  ]);
  return { sessions, filters, inventory, quotas: quotasOf(settings, project_id) };
}
