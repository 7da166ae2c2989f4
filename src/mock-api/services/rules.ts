/** Mirror filter rules: field rules and coherence (TM.0002), C5 and the rules quota. */
import { mergeRuleUpdate, ruleCreateSchema, ruleUpdateSchema } from '@/domain/model/rule-schema';
import { validateRuleCreate, validateRuleUpdate } from '@/domain/model/filter-constraints';
import type { TrafficMirrorFilterRule } from '@/domain/model/types';
import { notFound } from '../http/api-error';
import type { JsonObject } from '../http/body';
import type { ListQuery, Page } from '../http/paging';
import { pageByIndex } from '../http/paging-index';
import type { ServiceContext } from './context';
import { parseFields } from './parse';
import { requireMirroringProject } from './projects';
import { raiseFieldProblems, raiseViolations } from './snapshot';
import { loadSnapshotFor } from './snapshot-scope';

const WRAPPER = 'traffic_mirror_filter_rule';

async function getRule(
  ctx: ServiceContext,
  project_id: string,
  id: string,
): Promise<TrafficMirrorFilterRule> {
  const rule = await ctx.db.rules.get(id);
  if (!rule || rule.project_id !== project_id) {
    throw notFound(`No mirror filter rule has id ${id} in this project.`);
  }
  return rule;
}

/** A page of the project's rules (filter by `traffic_mirror_filter_id`, `direction`...). */
export async function listRules(
  ctx: ServiceContext,
  project_id: string,
  query: ListQuery,
): Promise<Page<TrafficMirrorFilterRule>> {
  await requireMirroringProject(ctx, project_id);
  return pageByIndex(ctx.db.rules, project_id, query);
}

/** One rule, or TM.0004. */
export async function showRule(ctx: ServiceContext, project_id: string, id: string) {
  await requireMirroringProject(ctx, project_id);
  return getRule(ctx, project_id, id);
}

/** Creates a rule in its filter (201): C5, 10 rules per direction, the filter must exist. */
export async function createRule(ctx: ServiceContext, project_id: string, body: JsonObject) {
  await requireMirroringProject(ctx, project_id);
  const fields = parseFields(ruleCreateSchema, body, WRAPPER);
  const { db } = ctx;
  return db.transaction('rw', [db.meta, db.filters, db.rules], async () => {
    const snapshot = await loadSnapshotFor(db, project_id, { filter: fields.traffic_mirror_filter_id });
    raiseViolations(validateRuleCreate(snapshot, fields), WRAPPER);
    const now = ctx.now();
    const rule: TrafficMirrorFilterRule = {
      ...fields,
      id: ctx.newId(),
      project_id,
      created_at: now,
      updated_at: now,
    };
    await db.rules.add(rule);
    return rule;
  });
}

/** Updates a rule (not its filter nor its direction); coherence is checked on the result. */
export async function updateRule(ctx: ServiceContext, project_id: string, id: string, body: JsonObject) {
  await requireMirroringProject(ctx, project_id);
  const patch = parseFields(ruleUpdateSchema, body, WRAPPER);
  const { db } = ctx;
  return db.transaction('rw', [db.meta, db.filters, db.rules], async () => {
    const existing = await getRule(ctx, project_id, id);
    const merged = mergeRuleUpdate(existing, patch);
    if (!merged.ok) return raiseFieldProblems(merged.problems, WRAPPER);
    const snapshot = await loadSnapshotFor(db, project_id, { filter: merged.value.traffic_mirror_filter_id });
    raiseViolations(validateRuleUpdate(snapshot, existing, merged.value), WRAPPER);
    const rule = { ...merged.value, updated_at: ctx.now() };
    await db.rules.put(rule);
    return rule;
  });
}

/** Deletes a rule (204). */
export async function deleteRule(ctx: ServiceContext, project_id: string, id: string): Promise<void> {
  await requireMirroringProject(ctx, project_id);
  const { db } = ctx;
  await db.transaction('rw', db.rules, async () => {
    await getRule(ctx, project_id, id);
    await db.rules.delete(id);
  });
}
