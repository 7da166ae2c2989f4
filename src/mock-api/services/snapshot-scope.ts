/**
 * The partial snapshot one write's checks read, loaded through indexes inside the write's own
 * read-write transaction (so that two tabs still cannot beat a quota or a constraint), instead
 * of the region's whole configuration.
 *
 * What the domain's checks read, and where it comes from here:
 * - sessions using a source as a source or a target (C2, C4, sessions per source): `ports`
 *   with `portSessions`, through `*traffic_mirror_sources` and `traffic_mirror_target_id`;
 * - sessions of the target, and those using an ENI target as a source (sessions per target,
 *   C2): `target` with `targetSessions`;
 * - sessions of the filter (sessions per filter, a filter in use): `filter` with `filterSessions`;
 * - the region's count (sessions per region): `count`, an index count, as `sessionCount`;
 * - the filter (it exists, C5, rules per direction): `filter`, with its rules;
 * - the network (C1, C3, C6 and the names in messages): the ports named, their servers, the
 *   target's load balancer, and the project's VPCs, subnets, peerings and router attachments.
 * Sessions come in the region's order (`created_at`, then `id`), as a full load gives them,
 * so that checks naming "the first" session name the same one.
 */
import type { Table } from 'dexie';
import { EMPTY_INVENTORY } from '@/domain/network/inventory-lookup';
import type { TargetRef } from '@/domain/model/session-checks';
import type { Inventory } from '@/domain/model/types';
import type { Snapshot } from '@/domain/model/violations';
import { mirroringRowsOf, type MockDb } from '../store/db';
import type { SessionRow } from '../store/rows';
import { quotasOf, readSettings } from '../store/settings';
import { withRules } from './filter-assembly';
import { withoutProject } from './inventory';

/** What one write names, and which of its sessions its checks count. */
export interface SnapshotScope {
  /** Ports named by the write (sources, an ENI target, ids to remove). */
  ports?: readonly string[];
  /** Also load the sessions that use `ports` as a source or a target. */
  portSessions?: boolean;
  target?: TargetRef;
  /** Also load the sessions sending copies to `target`. */
  targetSessions?: boolean;
  filter?: string;
  /** Also load the sessions using `filter`. */
  filterSessions?: boolean;
  /** Count the region's sessions. */
  count?: boolean;
}

type Owned = { id: string; project_id: string };

async function ownedBy<T extends Owned>(table: Table<T, string>, project_id: string) {
  return (await table.where('project_id').equals(project_id).toArray()).map(withoutProject);
}

async function byIds<T extends Owned>(table: Table<T, string>, project_id: string, ids: Iterable<string>) {
  const rows = await table.bulkGet([...new Set(ids)]);
  return rows.filter((row): row is T => row?.project_id === project_id).map(withoutProject);
}

/** The order of `[project_id+created_at+id]`, in which full loads return sessions and rules. */
const byCreation = <T extends { created_at: string; id: string }>(a: T, b: T) =>
  a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

async function sessionsIn(db: MockDb, project_id: string, scope: SnapshotScope): Promise<SessionRow[]> {
  const ports = scope.portSessions ? [...(scope.ports ?? [])] : [];
  const targets = [...ports];
  if (scope.target && scope.targetSessions) {
    targets.push(scope.target.id);
    if (scope.target.type === 'eni') ports.push(scope.target.id);
  }
  const lookups = [
    ports.length > 0 ? db.sessions.where('traffic_mirror_sources').anyOf(ports).toArray() : [],
    targets.length > 0 ? db.sessions.where('traffic_mirror_target_id').anyOf(targets).toArray() : [],
    scope.filter !== undefined && scope.filterSessions
      ? db.sessions.where('traffic_mirror_filter_id').equals(scope.filter).toArray()
      : [],
  ];
  const found = new Map<string, SessionRow>();
  for (const rows of await Promise.all(lookups)) {
    for (const row of rows) if (row.project_id === project_id) found.set(row.id, row);
  }
  return [...found.values()].sort(byCreation);
}

async function inventoryIn(db: MockDb, project_id: string, scope: SnapshotScope): Promise<Inventory> {
  const portIds = [...(scope.ports ?? [])];
  const lbIds: string[] = [];
  if (scope.target?.type === 'eni') portIds.push(scope.target.id);
  if (scope.target?.type === 'elb') lbIds.push(scope.target.id);
  if (portIds.length === 0 && lbIds.length === 0) return EMPTY_INVENTORY;
  const [ports, load_balancers, vpcs, subnets, peerings, attachments] = await Promise.all([
    byIds(db.ports, project_id, portIds),
    byIds(db.loadBalancers, project_id, lbIds),
    ownedBy(db.vpcs, project_id),
    ownedBy(db.subnets, project_id),
    ownedBy(db.peerings, project_id),
    ownedBy(db.attachments, project_id),
  ]);
  const servers = await byIds(
    db.servers,
    project_id,
    ports.map((port) => port.device_id).filter((id) => id !== ''),
  );
  return {
    ...EMPTY_INVENTORY,
    vpcs,
    subnets,
    peerings,
    enterprise_router_attachments: attachments,
    servers,
    ports,
    load_balancers,
  };
}

async function filterIn(db: MockDb, project_id: string, id: string | undefined) {
  if (id === undefined) return [];
  const [filter, rules] = await Promise.all([
    db.filters.get(id),
    db.rules.where('traffic_mirror_filter_id').equals(id).toArray(),
  ]);
  if (filter?.project_id !== project_id) return [];
  return withRules([filter], rules.filter((rule) => rule.project_id === project_id).sort(byCreation));
}

/**
 * The partial snapshot `scope` says one write's checks read (see the file comment), read
 * inside the caller's transaction. The domain checks answer on it exactly as on the region's
 * whole snapshot.
 *
 * @example loadSnapshotFor(db, p, { ports: ['port-b'], portSessions: true }) // sessions on port-b, port-b and its ECS
 */
export async function loadSnapshotFor(
  db: MockDb,
  project_id: string,
  scope: SnapshotScope,
): Promise<Snapshot> {
  const [settings, sessions, filters, inventory, sessionCount] = await Promise.all([
    readSettings(db),
    sessionsIn(db, project_id, scope),
    filterIn(db, project_id, scope.filter),
    inventoryIn(db, project_id, scope),
    scope.count ? mirroringRowsOf(db.sessions, project_id).count() : undefined,
  ]);
  return {
    sessions,
    filters,
    inventory,
    quotas: quotasOf(settings, project_id),
    ...(sessionCount === undefined ? {} : { sessionCount }),
  };
}
