/**
 * The rows of an import file by id and by project, built once, so that every reference and
 * constraint check of an import is a map lookup rather than a scan (20,000 sessions must be
 * checked in a moment).
 */
import { DATA_TABLES, type DataTable, type StoreData } from '../store/rows';

/** A row of `table`. */
export type RowOf<T extends DataTable> = StoreData[T][number];

/** Lists of values by key, in insertion order. */
export class Groups<T> {
  private readonly lists = new Map<string, T[]>();

  /** Appends `value` to the list of `key`. */
  add(key: string, value: T): void {
    const list = this.lists.get(key);
    if (list) list.push(value);
    else this.lists.set(key, [value]);
  }

  /** The list of `key` (shared: never change it), empty when there is none. */
  get(key: string): T[] {
    return this.lists.get(key) ?? [];
  }
}

/** One key made of several parts (ids never hold the separator). */
export const keyOf = (...parts: string[]): string => parts.join('\u0000');

/** Every row of an import by table and id (the first row of an id that is used twice). */
export class ImportIndex {
  private readonly byId = new Map<DataTable, Map<string, { id: string; project_id?: string }>>();

  constructor(readonly data: StoreData) {
    for (const table of DATA_TABLES) {
      const rows = new Map<string, { id: string; project_id?: string }>();
      for (const row of data[table] as { id: string; project_id?: string }[]) {
        if (!rows.has(row.id)) rows.set(row.id, row);
      }
      this.byId.set(table, rows);
    }
  }

  /**
   * The row of `table` with this id when it belongs to `project_id`; a row of another project
   * does not count, as the API never lets one project name another's resources.
   *
   * @example index.owned('ports', 'p-1', 'port-b')?.name // 'eni-b'
   */
  owned<T extends DataTable>(table: T, project_id: string, id: string): RowOf<T> | undefined {
    const row = this.byId.get(table)?.get(id);
    return row && row.project_id === project_id ? (row as RowOf<T>) : undefined;
  }

  /** Whether some row of `table` has this id. */
  has(table: DataTable, id: string): boolean {
    return this.byId.get(table)?.has(id) ?? false;
  }

  /** A project as messages name it: its name (the region), else its id. */
  projectName(project_id: string): string {
    const project = this.byId.get('projects')?.get(project_id) as { name?: string } | undefined;
    return project?.name || project_id;
  }
}
