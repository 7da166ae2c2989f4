/**
 * Test support: fills the store behind a test API server past one page of each list, so that
 * the console's paging (`src/api`) can be tested through the API without reaching into the
 * store itself.
 */
import type { MockDb } from '../store/db';
import type { TestBackend } from './test-backend';

/** A table of the store that holds a list the console reads. */
export type ListTable = keyof MockDb &
  (
    | 'sessions'
    | 'filters'
    | 'vpcs'
    | 'subnets'
    | 'ports'
    | 'peerings'
    | 'servers'
    | 'loadBalancers'
    | 'securityGroups'
    | 'securityGroupRules'
    | 'firewalls'
    | 'routers'
    | 'attachments'
  );

type Row = { id: string; project_id?: string; name?: string; er_id?: string };

const owned = (project: string) => (row: Row) => row.project_id === undefined || row.project_id === project;

/**
 * Grows `table` to `count` rows of `project` (copies of its first row, new ids and names);
 * `extra` fields are set on the copies. With `add`, `count` copies are added whatever is there.
 */
export async function growTable(
  t: TestBackend,
  project: string,
  table: ListTable,
  count: number,
  options: { extra?: Partial<Row>; add?: boolean } = {},
): Promise<void> {
  const rows = (await t.db.table<Row>(table).toArray()).filter(owned(project));
  const template = rows[0];
  if (!template) throw new Error(`The demo data has no ${table} in the project.`);
  const copies = Array.from({ length: count - (options.add ? 0 : rows.length) }, (_, n) => ({
    ...template,
    ...options.extra,
    id: `c0ffee00-0000-4000-8000-${table.length}${String(n).padStart(11, '0')}`,
    name: `${template.name ?? table}-copy-${n}`,
  }));
  await t.db.table<Row>(table).bulkAdd(copies);
}

/** The ids of the rows of `table` that belong to `project` (every row when `project` is undefined). */
export async function rowIds(t: TestBackend, table: ListTable, project?: string): Promise<string[]> {
  const rows = await t.db.table<Row>(table).toArray();
  return rows.filter((row) => project === undefined || owned(project)(row)).map((row) => row.id);
}
