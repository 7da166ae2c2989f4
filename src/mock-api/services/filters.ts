/** Mirror filters: create, list, show, update (name, description) and delete (C6). */
import { filterCreateSchema, filterUpdateSchema } from '@/domain/model/filter-schema';
import { validateFilterDelete } from '@/domain/model/filter-constraints';
import type { TrafficMirrorFilter } from '@/domain/model/types';
import { notFound } from '../http/api-error';
import type { JsonObject } from '../http/body';
import type { ListQuery, Page } from '../http/paging';
import { pageByIndex } from '../http/paging-index';
import type { FilterRow } from '../store/rows';
import type { ServiceContext } from './context';
import { loadFilters } from './filter-assembly';
import { parseFields } from './parse';
import { requireMirroringProject } from './projects';
import { raiseViolations } from './snapshot';
import { loadSnapshotFor } from './snapshot-scope';

const WRAPPER = 'traffic_mirror_filter';

async function getFilterRow(ctx: ServiceContext, project_id: string, id: string): Promise<FilterRow> {
  const row = await ctx.db.filters.get(id);
  if (!row || row.project_id !== project_id) throw notFound(`No mirror filter has id ${id} in this project.`);
  return row;
}

async function withItsRules(ctx: ServiceContext, row: FilterRow): Promise<TrafficMirrorFilter> {
  const [filter] = await loadFilters(ctx.db, [row]);
  if (!filter) throw notFound(`No mirror filter has id ${row.id}.`);
  return filter;
}

/** A page of the project's filters, each with its rules. */
export async function listFilters(
  ctx: ServiceContext,
  project_id: string,
  query: ListQuery,
): Promise<Page<TrafficMirrorFilter>> {
  await requireMirroringProject(ctx, project_id);
  const { db } = ctx;
  return db.transaction('r', db.filters, db.rules, async () => {
    const page = await pageByIndex(db.filters, project_id, query);
    return { items: await loadFilters(db, page.items), page_info: page.page_info };
  });
}

/** One filter with its rules, or TM.0004. */
export async function showFilter(ctx: ServiceContext, project_id: string, id: string) {
  await requireMirroringProject(ctx, project_id);
  return withItsRules(ctx, await getFilterRow(ctx, project_id, id));
}

/** Creates an empty filter (201). */
export async function createFilter(ctx: ServiceContext, project_id: string, body: JsonObject) {
  await requireMirroringProject(ctx, project_id);
  const fields = parseFields(filterCreateSchema, body, WRAPPER);
  const now = ctx.now();
  const row: FilterRow = { ...fields, id: ctx.newId(), project_id, created_at: now, updated_at: now };
  await ctx.db.filters.add(row);
  return { ...row, ingress_rules: [], egress_rules: [] } satisfies TrafficMirrorFilter;
}

/** Changes a filter's name or description. */
export async function updateFilter(ctx: ServiceContext, project_id: string, id: string, body: JsonObject) {
  await requireMirroringProject(ctx, project_id);
  const patch = parseFields(filterUpdateSchema, body, WRAPPER);
  const { db } = ctx;
  return db.transaction('rw', db.filters, db.rules, async () => {
    const existing = await getFilterRow(ctx, project_id, id);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const row: FilterRow = { ...existing, ...defined, updated_at: ctx.now() };
    await db.filters.put(row);
    return withItsRules(ctx, row);
  });
}

/** Deletes a filter and its rules (204); a filter a session uses cannot go (C6, TM.0006). */
export async function deleteFilter(ctx: ServiceContext, project_id: string, id: string): Promise<void> {
  await requireMirroringProject(ctx, project_id);
  const { db } = ctx;
  await db.transaction('rw', [db.meta, db.sessions, db.filters, db.rules], async () => {
    await getFilterRow(ctx, project_id, id);
    const snapshot = await loadSnapshotFor(db, project_id, { filter: id, filterSessions: true });
    raiseViolations(validateFilterDelete(snapshot, id), WRAPPER);
    await db.rules.where('traffic_mirror_filter_id').equals(id).delete();
    await db.filters.delete(id);
  });
}
