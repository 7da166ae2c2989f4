/**
 * The mock's IndexedDB database (Dexie 4). Survives reloads; shared by the tabs of an origin.
 *
 * Migration path: the schema is the list `SCHEMA_VERSIONS`. Never edit a published entry;
 * append one with the new `stores` (only the tables that change) and, when existing rows must
 * change, an `upgrade(tx)` that rewrites them. Dexie runs every missing step in order when a
 * tab opens an older database; other tabs holding the old version are closed by Dexie and
 * pick the new one up on their next reload.
 */
import { Dexie, type Table, type Transaction } from 'dexie';
import type {
  AttachmentRow,
  FilterRow,
  FirewallRow,
  LoadBalancerRow,
  PeeringRow,
  PortRow,
  ProjectRow,
  RouterRow,
  RuleRow,
  SecurityGroupRow,
  SecurityGroupRuleRow,
  ServerRow,
  SessionRow,
  SubnetRow,
  VpcRow,
} from './rows';

/** The default database name of the in-browser cloud. */
export const DEFAULT_DB_NAME = 'traffic-mirror-console-mock';

/** A row of the `meta` table (settings and the like), keyed by `key`. */
export interface MetaRow {
  key: string;
  value: unknown;
}

interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Indexes on each table; `[project_id+created_at+id]` is the order of TM lists. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      projects: 'id, name',
      sessions: 'id, project_id, [project_id+created_at+id]',
      filters: 'id, project_id, [project_id+created_at+id]',
      rules: 'id, project_id, [project_id+created_at+id], traffic_mirror_filter_id',
      vpcs: 'id, project_id',
      subnets: 'id, project_id, vpc_id',
      peerings: 'id, project_id',
      routers: 'id, project_id',
      attachments: 'id, project_id, enterprise_router_id, resource_id',
      servers: 'id, project_id',
      ports: 'id, project_id, device_id',
      loadBalancers: 'id, project_id',
      securityGroups: 'id, project_id',
      securityGroupRules: 'id, project_id, security_group_id',
      firewalls: 'id, project_id',
      meta: 'key',
    },
  },
  {
    // Lookups for the quota and constraint checks: sessions by source, target and filter.
    version: 2,
    stores: {
      sessions:
        'id, project_id, [project_id+created_at+id], *traffic_mirror_sources, traffic_mirror_target_id, traffic_mirror_filter_id',
      loadBalancers: 'id, project_id, vip_port_id',
    },
  },
  {
    // The checks read whole snapshots, so the lookups of version 2 were never queried, and
    // `project_id` queries are served by the first part of `[project_id+created_at+id]`.
    // Fewer indexes make the 20,000-session load and every session write cheaper.
    version: 3,
    stores: {
      sessions: 'id, [project_id+created_at+id]',
      filters: 'id, [project_id+created_at+id]',
      rules: 'id, [project_id+created_at+id], traffic_mirror_filter_id',
    },
  },
  {
    // Enterprise router attachments name their router `er_id`, as the real ER API does.
    version: 4,
    stores: { attachments: 'id, project_id, er_id, resource_id' },
    upgrade: async (tx) => {
      await tx
        .table('attachments')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          if (row.er_id === undefined) row.er_id = row.enterprise_router_id;
          delete row.enterprise_router_id;
        });
    },
  },
  {
    // The checks of a session write read only the sessions of the sources, the target and the
    // filter it names (services/snapshot-scope.ts), through these lookups: a write no longer
    // loads the region's 20,000 sessions. Dexie builds the new indexes from the rows already there.
    version: 5,
    stores: {
      sessions:
        'id, [project_id+created_at+id], *traffic_mirror_sources, traffic_mirror_target_id, traffic_mirror_filter_id',
    },
  },
];

/** The store: one Dexie table per resource kind, plus `meta`. */
export class MockDb extends Dexie {
  projects!: Table<ProjectRow, string>;
  sessions!: Table<SessionRow, string>;
  filters!: Table<FilterRow, string>;
  rules!: Table<RuleRow, string>;
  vpcs!: Table<VpcRow, string>;
  subnets!: Table<SubnetRow, string>;
  peerings!: Table<PeeringRow, string>;
  routers!: Table<RouterRow, string>;
  attachments!: Table<AttachmentRow, string>;
  servers!: Table<ServerRow, string>;
  ports!: Table<PortRow, string>;
  loadBalancers!: Table<LoadBalancerRow, string>;
  securityGroups!: Table<SecurityGroupRow, string>;
  securityGroupRules!: Table<SecurityGroupRuleRow, string>;
  firewalls!: Table<FirewallRow, string>;
  meta!: Table<MetaRow, string>;

  constructor(name: string = DEFAULT_DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    // Relaxed durability: a commit does not wait for the disk flush (much faster bulk loads).
    super(name, { chromeTransactionDurability: 'relaxed' });
    for (const step of versions) {
      const declared = this.version(step.version).stores(step.stores);
      if (step.upgrade) declared.upgrade(step.upgrade);
    }
  }
}

/**
 * A project's rows of a Traffic Mirroring table (sessions, filters, rules), through the first
 * part of `[project_id+created_at+id]`: `[p]` sorts before every `[p, created_at, id]` and
 * `[p, []]` after (arrays follow strings).
 */
export function mirroringRowsOf<T>(table: Table<T, string>, project_id: string) {
  return table.where('[project_id+created_at+id]').between([project_id], [project_id, []], true, true);
}
