/**
 * Loading what the domain's constraint checks read (`Snapshot`: sessions, filters, inventory,
 * quotas) from the store, inside the caller's transaction, and turning their violations into
 * an API error.
 */
import { EMPTY_INVENTORY } from '@/domain/network/inventory-lookup';
import type { Table } from 'dexie';
import { apiErrorFor, type Snapshot, type Violation } from '@/domain/model/violations';
import type { Inventory } from '@/domain/model/types';
import { ApiError, invalidFields } from '../http/api-error';
import { mirroringRowsOf, type MockDb } from '../store/db';
import { quotasOf, readSettings } from '../store/settings';
import { loadProjectFilters } from './filter-assembly';
import { withoutProject } from './inventory';
import { toFieldDetails } from '@/domain/model/field-details';
import type { FieldProblem } from '@/domain/model/fields';

/** Every table a Traffic Mirroring write may read or change: one transaction scope. */
export function mirroringTables(db: MockDb): Table[] {
  return [
    db.meta,
    db.sessions,
    db.filters,
    db.rules,
    db.vpcs,
    db.subnets,
    db.peerings,
    db.attachments,
    db.servers,
    db.ports,
    db.loadBalancers,
    db.securityGroups,
    db.securityGroupRules,
    db.firewalls,
  ];
}

async function ownedBy<T extends { project_id: string }>(table: Table<T, string>, project_id: string) {
  const rows = await table.where('project_id').equals(project_id).toArray();
  return rows.map(withoutProject);
}

/** The project's network as the domain sees it. */
export async function loadInventory(db: MockDb, project_id: string): Promise<Inventory> {
  const [vpcs, subnets, peerings, attachments, servers, ports, lbs, groups, groupRules, acls] =
    await Promise.all([
      ownedBy(db.vpcs, project_id),
      ownedBy(db.subnets, project_id),
      ownedBy(db.peerings, project_id),
      ownedBy(db.attachments, project_id),
      ownedBy(db.servers, project_id),
      ownedBy(db.ports, project_id),
      ownedBy(db.loadBalancers, project_id),
      ownedBy(db.securityGroups, project_id),
      ownedBy(db.securityGroupRules, project_id),
      ownedBy(db.firewalls, project_id),
    ]);
  return {
    vpcs,
    subnets,
    peerings,
    enterprise_router_attachments: attachments,
    servers,
    ports,
    load_balancers: lbs,
    security_groups: groups,
    security_group_rules: groupRules,
    network_acls: acls,
  };
}

/**
 * The project's snapshot. Rule and filter checks need neither the network nor (for rules) the
 * sessions; `parts` leaves out what a check does not read, to keep writes fast.
 */
export async function loadSnapshot(
  db: MockDb,
  project_id: string,
  parts: { sessions?: boolean; inventory?: boolean } = {},
): Promise<Snapshot> {
  const { sessions = true, inventory = true } = parts;
  const [settings, sessionRows, filters, network] = await Promise.all([
    readSettings(db),
    sessions ? mirroringRowsOf(db.sessions, project_id).toArray() : Promise.resolve([]),
    loadProjectFilters(db, project_id),
    inventory ? loadInventory(db, project_id) : Promise.resolve(EMPTY_INVENTORY),
  ]);
  return { sessions: sessionRows, filters, inventory: network, quotas: quotasOf(settings, project_id) };
}

/** Throws the API error for `violations` (TM.0003-TM.0007), if any. */
export function raiseViolations(violations: readonly Violation[], wrapper: string): void {
  const answer = apiErrorFor(violations, wrapper);
  if (answer) throw new ApiError(answer.status, answer.error_code, answer.error_msg, answer.details);
}

/** Throws TM.0002 for field problems of a merge (`mergeSessionUpdate`, `mergeRuleUpdate`). */
export function raiseFieldProblems(problems: readonly FieldProblem[], wrapper: string): never {
  throw invalidFields(toFieldDetails(problems, wrapper));
}
