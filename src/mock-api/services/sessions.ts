/**
 * Mirror sessions: field rules from the domain schemas (TM.0002), constraints C1-C6 and the
 * quotas from the domain checks (TM.0003-TM.0006), each check and its write in one read-write
 * transaction so that concurrent tabs cannot break a quota or a constraint.
 */
import {
  mergeSessionUpdate,
  sessionCreateSchema,
  sessionSourcesSchema,
  sessionUpdateSchema,
} from '@/domain/model/session-schema';
import {
  validateAddSources,
  validateRemoveSources,
  validateSessionCreate,
  validateSessionUpdate,
  updateChangesShape,
} from '@/domain/model/session-constraints';
import type { SessionShape } from '@/domain/model/session-constraints';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { notFound } from '../http/api-error';
import type { JsonObject } from '../http/body';
import type { ListQuery, Page } from '../http/paging';
import { pageByIndex } from '../http/paging-index';
import type { ServiceContext } from './context';
import { parseFields } from './parse';
import { requireMirroringProject } from './projects';
import { mirroringTables, raiseFieldProblems, raiseViolations } from './snapshot';
import { loadSnapshotFor, type SnapshotScope } from './snapshot-scope';

const WRAPPER = 'traffic_mirror_session';

async function getSession(
  ctx: ServiceContext,
  project_id: string,
  id: string,
): Promise<TrafficMirrorSession> {
  const session = await ctx.db.sessions.get(id);
  if (!session || session.project_id !== project_id) {
    throw notFound(`No mirror session has id ${id} in this project.`);
  }
  return session;
}

/**
 * What the checks of a session write read: the sessions and network of its sources and target;
 * the sessions of its target or filter only when they change (their quotas and C2 are checked
 * then); the region's count only for a new session.
 */
function scopeOf(previous: TrafficMirrorSession | undefined, candidate: SessionShape): SnapshotScope {
  const target = { type: candidate.traffic_mirror_target_type, id: candidate.traffic_mirror_target_id };
  return {
    ports: candidate.traffic_mirror_sources,
    portSessions: true,
    target,
    targetSessions:
      previous?.traffic_mirror_target_id !== target.id || previous.traffic_mirror_target_type !== target.type,
    filter: candidate.traffic_mirror_filter_id,
    filterSessions: previous?.traffic_mirror_filter_id !== candidate.traffic_mirror_filter_id,
    count: !previous,
  };
}

/** A page of the project's sessions. */
export async function listSessions(
  ctx: ServiceContext,
  project_id: string,
  query: ListQuery,
): Promise<Page<TrafficMirrorSession>> {
  await requireMirroringProject(ctx, project_id);
  return pageByIndex(ctx.db.sessions, project_id, query);
}

/** One session, or TM.0004. */
export async function showSession(ctx: ServiceContext, project_id: string, id: string) {
  await requireMirroringProject(ctx, project_id);
  return getSession(ctx, project_id, id);
}

/** Creates a session (201) after the field rules, C1-C6 and the quotas. */
export async function createSession(ctx: ServiceContext, project_id: string, body: JsonObject) {
  await requireMirroringProject(ctx, project_id);
  const draft = parseFields(sessionCreateSchema, body, WRAPPER);
  const { db } = ctx;
  return db.transaction('rw', mirroringTables(db), async () => {
    const snapshot = await loadSnapshotFor(db, project_id, scopeOf(undefined, draft));
    raiseViolations(validateSessionCreate(snapshot, draft), WRAPPER);
    const now = ctx.now();
    const session: TrafficMirrorSession = {
      ...draft,
      id: ctx.newId(),
      project_id,
      created_at: now,
      updated_at: now,
    };
    await db.sessions.add(session);
    return session;
  });
}

/** Updates name, description, filter, target, VNI, packet length, priority or enabled. */
export async function updateSession(ctx: ServiceContext, project_id: string, id: string, body: JsonObject) {
  await requireMirroringProject(ctx, project_id);
  const patch = parseFields(sessionUpdateSchema, body, WRAPPER);
  const { db } = ctx;
  return db.transaction('rw', mirroringTables(db), async () => {
    const existing = await getSession(ctx, project_id, id);
    const merged = mergeSessionUpdate(existing, patch);
    if (!merged.ok) return raiseFieldProblems(merged.problems, WRAPPER);
    if (updateChangesShape(existing, merged.value)) {
      const snapshot = await loadSnapshotFor(db, project_id, scopeOf(existing, merged.value));
      raiseViolations(validateSessionUpdate(snapshot, existing, merged.value), WRAPPER);
    }
    const session = { ...merged.value, updated_at: ctx.now() };
    await db.sessions.put(session);
    return session;
  });
}

/** Deletes a session (204). */
export async function deleteSession(ctx: ServiceContext, project_id: string, id: string): Promise<void> {
  await requireMirroringProject(ctx, project_id);
  const { db } = ctx;
  await db.transaction('rw', db.sessions, async () => {
    await getSession(ctx, project_id, id);
    await db.sessions.delete(id);
  });
}

/** Adds sources (C1-C4, duplicates, sources-per-session and sessions-per-source quotas). */
export async function addSources(ctx: ServiceContext, project_id: string, id: string, body: JsonObject) {
  await requireMirroringProject(ctx, project_id);
  const { traffic_mirror_sources: ids } = parseFields(sessionSourcesSchema, body, WRAPPER);
  const { db } = ctx;
  return db.transaction('rw', mirroringTables(db), async () => {
    const existing = await getSession(ctx, project_id, id);
    const sources = [...existing.traffic_mirror_sources, ...ids];
    const snapshot = await loadSnapshotFor(
      db,
      project_id,
      scopeOf(existing, { ...existing, traffic_mirror_sources: sources }),
    );
    raiseViolations(validateAddSources(snapshot, existing, ids), WRAPPER);
    const session = {
      ...existing,
      traffic_mirror_sources: sources,
      updated_at: ctx.now(),
    };
    await db.sessions.put(session);
    return session;
  });
}

/** Removes sources; each must be a source of the session (TM.0004). Removing all is allowed. */
export async function removeSources(ctx: ServiceContext, project_id: string, id: string, body: JsonObject) {
  await requireMirroringProject(ctx, project_id);
  const { traffic_mirror_sources: ids } = parseFields(sessionSourcesSchema, body, WRAPPER);
  const { db } = ctx;
  return db.transaction('rw', mirroringTables(db), async () => {
    const existing = await getSession(ctx, project_id, id);
    const snapshot = await loadSnapshotFor(db, project_id, { ports: ids });
    raiseViolations(validateRemoveSources(snapshot, existing, ids), WRAPPER);
    const gone = new Set(ids);
    const session = {
      ...existing,
      traffic_mirror_sources: existing.traffic_mirror_sources.filter((source) => !gone.has(source)),
      updated_at: ctx.now(),
    };
    await db.sessions.put(session);
    return session;
  });
}
