/**
 * One check per constraint of a session's source or target (docs/behaviour.md, "Quotas" and "Constraints the API refuses"), shared by
 * the API validation (session-constraints.ts) and the wizard's eligibility (eligibility.ts),
 * so that both say the same thing. Each returns a violation or null; `others` are the
 * sessions other than the one being created or edited.
 */
import { vpcsConnected } from '../network/reachability';
import { findPort, isC7tPort, portVpcId, serverOfPort, targetEndpoint } from '../network/inventory-lookup';
import { message, type ResultMessage, type ResultParam } from './message';
import { DEFAULT_QUOTAS, quotaLabel } from './quotas';
import type { QuotaKey, QuotaValues } from './quotas';
import type { Inventory, TargetType, TrafficMirrorSession } from './types';
import type { Snapshot, Violation } from './violations';
import { SESSION_PRIORITY_MAX } from './session-schema';

export interface TargetRef {
  type: TargetType;
  id: string;
}

type Sessions = readonly TrafficMirrorSession[];

/** The quotas in force for a snapshot. @example quotasOf({ ...snapshot, quotas: undefined }) // DEFAULT_QUOTAS */
export function quotasOf(snapshot: Snapshot): QuotaValues {
  return snapshot.quotas ?? DEFAULT_QUOTAS;
}

/** A name quoted, or the id when there is no name. */
function named(name: string | undefined, id: string): ResultParam {
  return name ? message('label.quoted', { name }) : id;
}

/** A port as messages name it: `"name"` or its id. @example portLabel(inventory, 'port-b') // renders '"eni-b"' */
export function portLabel(inventory: Inventory, portId: string): ResultParam {
  return named(findPort(inventory, portId)?.name, portId);
}

function targetLabel(inventory: Inventory, target: TargetRef): ResultParam {
  if (target.type === 'eni') return portLabel(inventory, target.id);
  const name = inventory.load_balancers.find((l) => l.id === target.id)?.name;
  return message('label.loadBalancer', { name: named(name, target.id) });
}

function vpcLabel(inventory: Inventory, vpcId: string): ResultMessage {
  return message('label.vpc', { name: named(inventory.vpcs.find((v) => v.id === vpcId)?.name, vpcId) });
}

/** Sessions listing a port as a source. @example sessionsWithSource(sessions, 'port-b').length // 2 */
export function sessionsWithSource(sessions: Sessions, portId: string): TrafficMirrorSession[] {
  return sessions.filter((s) => s.traffic_mirror_sources.includes(portId));
}

/** Sessions sending copies to a target. @example sessionsWithTarget(sessions, { type: 'elb', id: 'lb-1' }).length // 1 */
export function sessionsWithTarget(sessions: Sessions, target: TargetRef): TrafficMirrorSession[] {
  return sessions.filter(
    (s) => s.traffic_mirror_target_type === target.type && s.traffic_mirror_target_id === target.id,
  );
}

/**
 * The smallest session priority from `from` up that no session sharing one of `sourceIds`
 * uses (C4), or undefined when all up to 32766 are taken. The wizard suggests it.
 *
 * @example nextFreePriority(sessions, ['port-b']) // 3 when sessions on port-b use 1 and 2
 */
export function nextFreePriority(
  sessions: Sessions,
  sourceIds: readonly string[],
  from = 1,
): number | undefined {
  const ids = new Set(sourceIds);
  const used = new Set(
    sessions.filter((s) => s.traffic_mirror_sources.some((id) => ids.has(id))).map((s) => s.priority),
  );
  for (let p = Math.max(1, from); p <= SESSION_PRIORITY_MAX; p++) if (!used.has(p)) return p;
  return undefined;
}

function quotaViolation(
  key: QuotaKey,
  value: number,
  used: number,
  text: (quota: { label: ResultMessage; value: number; used: number }) => ResultMessage,
  fields: string[],
  resources: string[],
): Violation {
  return {
    code: 'QUOTA',
    kind: 'quota',
    message: text({ label: quotaLabel(key), value, used }),
    fields,
    resources,
    quota: { key, value, used },
  };
}

/** The source port must exist (C6). */
export function checkSourceExists(snapshot: Snapshot, portId: string, field: string): Violation | null {
  if (findPort(snapshot.inventory, portId)) return null;
  const text = message('source.missing', { id: portId });
  return { code: 'C6', kind: 'not_found', message: text, fields: [field], resources: [portId] };
}

/** C1: only ENIs of c7t ECSs can be sources. */
export function checkSourceIsC7t(snapshot: Snapshot, portId: string, field: string): Violation | null {
  const { inventory } = snapshot;
  const port = findPort(inventory, portId);
  if (!port || isC7tPort(inventory, portId)) return null;
  const server = serverOfPort(inventory, port);
  const source = portLabel(inventory, portId);
  const text = server
    ? message('source.notC7t', { source, server: server.name, flavor: server.flavor.id })
    : message('source.notOnEcs', { source });
  return { code: 'C1', kind: 'constraint', message: text, fields: [field], resources: [portId] };
}

/** C2 from the source side: the port must not be a target, here or in any session. */
export function checkSourceNotTarget(
  snapshot: Snapshot,
  others: Sessions,
  portId: string,
  target: TargetRef | undefined,
  field: string,
): Violation | null {
  const source = portLabel(snapshot.inventory, portId);
  if (target?.type === 'eni' && target.id === portId) {
    return {
      code: 'C2',
      kind: 'constraint',
      message: message('source.isThisTarget', { source }),
      fields: [field],
      resources: [portId],
    };
  }
  const session = sessionsWithTarget(others, { type: 'eni', id: portId })[0];
  if (!session) return null;
  const text = message('source.isTargetOf', { source, session: session.name });
  return { code: 'C2', kind: 'constraint', message: text, fields: [field], resources: [portId, session.id] };
}

/** Quota: sessions per source. */
export function checkSessionsPerSource(
  snapshot: Snapshot,
  others: Sessions,
  portId: string,
  field: string,
): Violation | null {
  const value = quotasOf(snapshot).sessions_per_source;
  const using = sessionsWithSource(others, portId);
  if (using.length < value) return null;
  const source = portLabel(snapshot.inventory, portId);
  return quotaViolation(
    'sessions_per_source',
    value,
    using.length,
    (quota) => message('quota.sessionsPerSource', { ...quota, source }),
    [field],
    [portId, ...using.map((s) => s.id)],
  );
}

/**
 * Quota: sessions per region. The count is `snapshot.sessionCount` when given, else
 * `snapshot.sessions` are the region's sessions before the new one; the import check passes
 * the first ones up to the quota to name the session too many.
 *
 * @example checkSessionsPerRegion({ ...snapshot, quotas: { ...DEFAULT_QUOTAS, sessions_per_region: 3 } })?.code // 'QUOTA' when 3 sessions exist
 */
export function checkSessionsPerRegion(snapshot: Snapshot): Violation | null {
  const value = quotasOf(snapshot).sessions_per_region;
  const used = snapshot.sessionCount ?? snapshot.sessions.length;
  if (used < value) return null;
  return {
    code: 'QUOTA',
    kind: 'quota',
    message: message('quota.sessionsPerRegion', { label: quotaLabel('sessions_per_region'), value, used }),
    quota: { key: 'sessions_per_region', value, used },
  };
}

/** C4: a session sharing this source must not have this priority. */
export function checkSourcePriority(
  snapshot: Snapshot,
  others: Sessions,
  portId: string,
  priority: number,
  field: string,
): Violation | null {
  const session = sessionsWithSource(others, portId).find((s) => s.priority === priority);
  if (!session) return null;
  const next = nextFreePriority(others, [portId], priority);
  const text = message('source.priorityTaken', {
    session: session.name,
    source: portLabel(snapshot.inventory, portId),
    priority,
    next: next ?? 'none',
  });
  return { code: 'C4', kind: 'conflict', message: text, fields: [field], resources: [portId, session.id] };
}

/** The target must exist (C6). */
export function checkTargetExists(snapshot: Snapshot, target: TargetRef, field: string): Violation | null {
  if (targetEndpoint(snapshot.inventory, target.type, target.id)) return null;
  const text = message('target.missing', { kind: target.type, id: target.id });
  return { code: 'C6', kind: 'not_found', message: text, fields: [field], resources: [target.id] };
}

/** C2 from the target side: an ENI target must not be a source, here or in any session. */
export function checkTargetNotSource(
  snapshot: Snapshot,
  others: Sessions,
  sources: readonly string[],
  target: TargetRef,
  field: string,
): Violation | null {
  if (target.type !== 'eni') return null;
  const label = portLabel(snapshot.inventory, target.id);
  if (sources.includes(target.id)) {
    return {
      code: 'C2',
      kind: 'constraint',
      message: message('target.isThisSource', { target: label }),
      fields: [field],
      resources: [target.id],
    };
  }
  const session = sessionsWithSource(others, target.id)[0];
  if (!session) return null;
  const text = message('target.isSourceOf', { target: label, session: session.name });
  return {
    code: 'C2',
    kind: 'constraint',
    message: text,
    fields: [field],
    resources: [target.id, session.id],
  };
}

/** Quota: sessions per target (10 for an ENI, 200 for a load balancer). */
export function checkSessionsPerTarget(
  snapshot: Snapshot,
  others: Sessions,
  target: TargetRef,
  field: string,
): Violation | null {
  const key = target.type === 'eni' ? 'sessions_per_eni_target' : 'sessions_per_elb_target';
  const value = quotasOf(snapshot)[key];
  const using = sessionsWithTarget(others, target);
  if (using.length < value) return null;
  const label = targetLabel(snapshot.inventory, target);
  return quotaViolation(
    key,
    value,
    using.length,
    (quota) => message('quota.sessionsPerTarget', { ...quota, target: label }),
    [field],
    [target.id],
  );
}

/** C3: the source's VPC must reach the target's; unknown VPCs are not judged here. */
export function checkReachable(
  snapshot: Snapshot,
  portId: string,
  target: TargetRef,
  field: string,
): Violation | null {
  const { inventory } = snapshot;
  const port = findPort(inventory, portId);
  const sourceVpc = port && portVpcId(inventory, port);
  const targetVpc = targetEndpoint(inventory, target.type, target.id)?.vpc_id;
  if (sourceVpc === undefined || targetVpc === undefined) return null;
  if (vpcsConnected(inventory, sourceVpc, targetVpc).connected) return null;
  const text = message('source.unreachable', {
    source: portLabel(inventory, portId),
    sourceVpc: vpcLabel(inventory, sourceVpc),
    target: targetLabel(inventory, target),
    targetVpc: vpcLabel(inventory, targetVpc),
  });
  return { code: 'C3', kind: 'constraint', message: text, fields: [field], resources: [portId, target.id] };
}
