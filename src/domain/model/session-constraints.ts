/**
 * Whether a session create, update, add-sources or remove-sources is valid against the
 * current snapshot (docs/behaviour.md, "Quotas" and "Constraints the API refuses"). The mock API calls these after the body schema
 * and turns the violations into its error answer (`mock-api/http/violation-answers.ts`).
 */
import { quotasOf } from './session-checks';
import {
  checkReachable,
  checkSessionsPerRegion,
  checkSessionsPerSource,
  checkSessionsPerTarget,
  checkSourceExists,
  checkSourceIsC7t,
  checkSourceNotTarget,
  checkSourcePriority,
  checkTargetExists,
  checkTargetNotSource,
  portLabel,
} from './session-checks';
import type { TargetRef } from './session-checks';
import { checkSessionFilter } from './filter-constraints';
import { message } from './message';
import { quotaLabel } from './quotas';
import type { TrafficMirrorSession } from './types';
import type { Snapshot, Violation } from './violations';

/** The fields of a session the constraints look at. */
export type SessionShape = Pick<
  TrafficMirrorSession,
  | 'traffic_mirror_filter_id'
  | 'traffic_mirror_sources'
  | 'traffic_mirror_target_id'
  | 'traffic_mirror_target_type'
  | 'priority'
>;

interface NewSource {
  id: string;
  field: string;
}

const SOURCES = 'traffic_mirror_sources';

function sessionViolations(
  snapshot: Snapshot,
  candidate: SessionShape,
  previous: TrafficMirrorSession | undefined,
  added: readonly NewSource[],
  priorityField: (source: NewSource) => string,
): Violation[] {
  const others = previous ? snapshot.sessions.filter((s) => s.id !== previous.id) : snapshot.sessions;
  const target: TargetRef = {
    type: candidate.traffic_mirror_target_type,
    id: candidate.traffic_mirror_target_id,
  };
  const targetChanged =
    !previous ||
    previous.traffic_mirror_target_id !== target.id ||
    previous.traffic_mirror_target_type !== target.type;
  const out: (Violation | null)[] = [];

  if (!previous || previous.traffic_mirror_filter_id !== candidate.traffic_mirror_filter_id) {
    out.push(...checkSessionFilter(snapshot, others, candidate.traffic_mirror_filter_id));
  }
  const targetMissing = checkTargetExists(snapshot, target, 'traffic_mirror_target_id');
  if (targetChanged) {
    out.push(targetMissing);
    if (!targetMissing) {
      out.push(
        checkTargetNotSource(
          snapshot,
          others,
          candidate.traffic_mirror_sources,
          target,
          'traffic_mirror_target_id',
        ),
      );
      out.push(checkSessionsPerTarget(snapshot, others, target, 'traffic_mirror_target_id'));
    }
  }
  const addedIds = new Set(added.map((s) => s.id));
  for (const source of added) {
    const missing = checkSourceExists(snapshot, source.id, source.field);
    out.push(missing);
    if (missing) continue;
    out.push(checkSourceIsC7t(snapshot, source.id, source.field));
    if (!(targetChanged && target.type === 'eni' && target.id === source.id)) {
      out.push(checkSourceNotTarget(snapshot, others, source.id, target, source.field));
    }
    out.push(checkSessionsPerSource(snapshot, others, source.id, source.field));
    out.push(checkSourcePriority(snapshot, others, source.id, candidate.priority, priorityField(source)));
  }
  const kept = candidate.traffic_mirror_sources.filter((id) => !addedIds.has(id));
  if (previous && previous.priority !== candidate.priority) {
    for (const id of kept)
      out.push(checkSourcePriority(snapshot, others, id, candidate.priority, 'priority'));
  }
  if (!targetMissing) {
    const reach = targetChanged
      ? [...added, ...kept.map((id) => ({ id, field: 'traffic_mirror_target_id' }))]
      : added;
    for (const source of reach) out.push(checkReachable(snapshot, source.id, target, source.field));
  }
  const quotas = quotasOf(snapshot);
  const count = new Set(candidate.traffic_mirror_sources).size;
  if (added.length > 0 && count > quotas.sources_per_session) {
    const used = count - added.length;
    const label = quotaLabel('sources_per_session');
    const value = quotas.sources_per_session;
    out.push({
      code: 'QUOTA',
      kind: 'quota',
      message: message('quota.sourcesPerSession', { label, value, used, count }),
      fields: [SOURCES],
      quota: { key: 'sources_per_session', value: quotas.sources_per_session, used },
    });
  }
  if (!previous) out.push(checkSessionsPerRegion(snapshot));
  return out.filter((v): v is Violation => v !== null);
}

function duplicateViolations(
  ids: readonly string[],
  snapshot: Snapshot,
  already: ReadonlySet<string>,
): { added: NewSource[]; violations: Violation[] } {
  const seen = new Set<string>();
  const added: NewSource[] = [];
  const violations: Violation[] = [];
  ids.forEach((id, index) => {
    const field = `${SOURCES}.${index}`;
    const source = portLabel(snapshot.inventory, id);
    const repeated = already.has(id) ? 'source.alreadyInSession' : seen.has(id) ? 'source.listedTwice' : null;
    if (repeated) {
      const text = message(repeated, { source });
      violations.push({ code: 'C6', kind: 'conflict', message: text, fields: [field], resources: [id] });
    } else added.push({ id, field });
    seen.add(id);
  });
  return { added, violations };
}

/**
 * Violations of creating a session: filter, sources and target exist (C6), no duplicate
 * source (C6), C1-C4, and the quotas (sources per session, sessions per source, target,
 * filter and region). Empty when the session can be created.
 *
 * @example validateSessionCreate(snapshot, { ...body, traffic_mirror_sources: ['port-on-s6'] })
 * // [{ code: 'C1', kind: 'constraint', fields: ['traffic_mirror_sources.0'], message: { id: 'source.notC7t', ... } }]
 */
export function validateSessionCreate(snapshot: Snapshot, draft: SessionShape): Violation[] {
  const { added, violations } = duplicateViolations(draft.traffic_mirror_sources, snapshot, new Set());
  return [...violations, ...sessionViolations(snapshot, draft, undefined, added, () => 'priority')];
}

/**
 * Violations of an update, checked on the merged session (see `mergeSessionUpdate`): a new
 * filter or target must exist and respect C2, C3 and its quota; a new priority must be free
 * on every source (C4).
 *
 * @example validateSessionUpdate(snapshot, session, { ...session, priority: 1 })
 * // [{ code: 'C4', kind: 'conflict', fields: ['priority'], ... }] when another session on a shared source has priority 1
 */
export function validateSessionUpdate(
  snapshot: Snapshot,
  existing: TrafficMirrorSession,
  merged: SessionShape,
): Violation[] {
  return sessionViolations(snapshot, merged, existing, [], () => 'priority');
}

/**
 * Whether an update changes a field the constraints look at (filter, sources, target, target
 * type, priority). When it does not (a new name, description, VNI, packet length or enabled),
 * {@link validateSessionUpdate} finds nothing on any snapshot, even where the stored session
 * no longer meets a quota lowered since: an update is checked only on what it changes. The
 * API then reads no snapshot at all, which keeps a bulk enable or disable of 1,000 sessions fast.
 *
 * @example updateChangesShape(session, { ...session, enabled: false }) // false
 * @example updateChangesShape(session, { ...session, priority: 9 }) // true
 */
export function updateChangesShape(existing: SessionShape, merged: SessionShape): boolean {
  return (
    existing.traffic_mirror_filter_id !== merged.traffic_mirror_filter_id ||
    existing.traffic_mirror_target_id !== merged.traffic_mirror_target_id ||
    existing.traffic_mirror_target_type !== merged.traffic_mirror_target_type ||
    existing.priority !== merged.priority ||
    existing.traffic_mirror_sources.length !== merged.traffic_mirror_sources.length ||
    existing.traffic_mirror_sources.some((id, index) => merged.traffic_mirror_sources[index] !== id)
  );
}

/**
 * Violations of add-sources: ids already in the session or repeated (C6 conflict), then each
 * new source as on create (exists, C1-C4, sessions per source) and the sources-per-session
 * quota. Fields name the index in the request's `traffic_mirror_sources`.
 *
 * @example validateAddSources(snapshot, session, ['port-b'])
 * // [{ code: 'C6', kind: 'conflict', fields: ['traffic_mirror_sources.0'], message: { id: 'source.alreadyInSession', ... } }]
 */
export function validateAddSources(
  snapshot: Snapshot,
  session: TrafficMirrorSession,
  ids: readonly string[],
): Violation[] {
  const { added, violations } = duplicateViolations(ids, snapshot, new Set(session.traffic_mirror_sources));
  const candidate = {
    ...session,
    traffic_mirror_sources: [...session.traffic_mirror_sources, ...added.map((s) => s.id)],
  };
  return [...violations, ...sessionViolations(snapshot, candidate, session, added, (s) => s.field)];
}

/**
 * Violations of remove-sources: each id must be a source of the session (C6, not found).
 * Removing every source is allowed (docs/api.md).
 *
 * @example validateRemoveSources(snapshot, session, ['port-x'])
 * // [{ code: 'C6', kind: 'not_found', fields: ['traffic_mirror_sources.0'], message: { id: 'source.notInSession', ... } }]
 */
export function validateRemoveSources(
  snapshot: Snapshot,
  session: TrafficMirrorSession,
  ids: readonly string[],
): Violation[] {
  return ids.flatMap((id, index): Violation[] =>
    session.traffic_mirror_sources.includes(id)
      ? []
      : [
          {
            code: 'C6',
            kind: 'not_found',
            message: message('source.notInSession', { source: portLabel(snapshot.inventory, id) }),
            fields: [`${SOURCES}.${index}`],
            resources: [id],
          },
        ],
  );
}
