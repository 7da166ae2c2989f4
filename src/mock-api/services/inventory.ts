/** Reading the inventory (VPCs, subnets, servers, ports...) a project owns. */
import { notFound } from '../http/api-error';
import { compareRows, pageInMemory, rowMatches, type ListQuery, type Page } from '../http/paging';
import type { Owned, StoreData } from '../store/rows';
import type { ServiceContext } from './context';
import { requireProject } from './projects';

/** Tables holding inventory rows (each row has `id` and `project_id`). */
export type InventoryTable = Exclude<keyof StoreData, 'projects' | 'sessions' | 'filters' | 'rules'>;

type InventoryRow<K extends InventoryTable> = StoreData[K][number];
type Resource<K extends InventoryTable> = Omit<InventoryRow<K>, 'project_id'>;

/** The resource as the API shows it: the stored row without its `project_id`. */
export function withoutProject<T extends { project_id: string }>(row: T): Omit<T, 'project_id'> {
  const { project_id: _project, ...resource } = row;
  return resource;
}

/**
 * A page of `table`'s rows in `project_id` (TM.0004 for an unknown project), with the list's
 * filters and an optional extra condition.
 */
export async function listInventory<K extends InventoryTable>(
  ctx: ServiceContext,
  table: K,
  project_id: string,
  query: ListQuery,
  extra?: (row: InventoryRow<K>) => boolean,
): Promise<Page<Resource<K>>> {
  await requireProject(ctx, project_id);
  const rows = (await ctx.db
    .table(table)
    .where('project_id')
    .equals(project_id)
    .toArray()) as InventoryRow<K>[];
  const page = pageInMemory(rows as (InventoryRow<K> & { id: string })[], query, extra);
  return { items: page.items.map((row) => withoutProject(row) as Resource<K>), page_info: page.page_info };
}

/**
 * Every row of `table` in `project_id` that passes the list's filters, in list order, without
 * paging (for the ECS style, which pages by page number: `list-styles.ts`).
 */
export async function listAllInventory<K extends InventoryTable>(
  ctx: ServiceContext,
  table: K,
  project_id: string,
  query: ListQuery,
): Promise<Resource<K>[]> {
  await requireProject(ctx, project_id);
  const rows = (await ctx.db
    .table(table)
    .where('project_id')
    .equals(project_id)
    .toArray()) as (InventoryRow<K> & {
    id: string;
  })[];
  return rows
    .filter((row) => rowMatches(row, query.filters))
    .sort(compareRows)
    .map((row) => withoutProject(row) as Resource<K>);
}

/** One row of `table` in `project_id`, or TM.0004. */
export async function showInventory<K extends InventoryTable>(
  ctx: ServiceContext,
  table: K,
  project_id: string,
  id: string,
  label: string,
): Promise<Resource<K>> {
  await requireProject(ctx, project_id);
  const row = (await ctx.db.table(table).get(id)) as Owned<{ id: string }> | undefined;
  if (!row || row.project_id !== project_id) throw notFound(`No ${label} has id ${id} in this project.`);
  return withoutProject(row) as Resource<K>;
}
